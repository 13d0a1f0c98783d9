#pragma once

#include <string_view>
#include <vector>

// Code 128 (ISO/IEC 15417) for card numbers and barcodes on labels, encoded by libzint (which
// picks the code sets: digits in pairs in code set C, so a 15-digit card stays narrow).
class Code128
{
public:
    struct Bar
    {
        double left = 0; // in modules from the start of the symbol
        double width = 0;
    };
    struct Symbol
    {
        int modules = 0; // the symbol's width, without the quiet zones the painter leaves white
        std::vector<Bar> bars;
    };

    // Empty (no modules) when the text is empty or has a character outside printable ASCII
    // (32-126): a keyboard-wedge scanner types nothing else, so a label must carry nothing else.
    static Symbol encode(std::string_view text);
    // Bar and space widths in modules, starting with a bar, for the whole symbol.
    static std::vector<int> modules(std::string_view text);
};
