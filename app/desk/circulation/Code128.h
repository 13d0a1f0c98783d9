#pragma once

#include <string_view>
#include <vector>

// Code 128 (ISO/IEC 15417), written from the public symbol table: card numbers and barcodes on
// labels. Digits go in code set C (two per symbol, so a 15-digit card stays narrow); anything
// else in code set B.
class Code128
{
public:
    // The symbol values: start, data, check, stop. Empty when a character is outside ASCII
    // 32-126 or the text is empty.
    static std::vector<int> values(std::string_view text);
    // Bar and space widths in modules, starting with a bar, for the whole symbol (without the
    // quiet zones, which the painter leaves white).
    static std::vector<int> modules(std::string_view text);

    static constexpr int startB = 104;
    static constexpr int startC = 105;
    static constexpr int codeB = 100;
    static constexpr int stop = 106;
};
