#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ils::devices::tagdata {

// The compaction schemes of an ISO/IEC 15962 precursor (bits 7-5), in order of efficiency.
enum class Compaction : std::uint8_t
{
    ApplicationDefined = 0, // ISO 28560-2 decides per element (ISIL compaction, bit maps, codes)
    Integer = 1, // decimal digits without leading zero, as one unsigned big-endian number
    Numeric = 2, // decimal digits, 4 bits each, an odd count ends with the nibble 1111
    FiveBit = 3, // '@', 'A'-'Z', '[', '\', ']', '^' (low 5 bits of the code)
    SixBit = 4, // upper case, digits, space and most punctuation (low 6 bits of the code)
    SevenBit = 5, // printable ASCII
    Octet = 6, // ISO/IEC 8859-1
    Utf8 = 7,
};

// What expanding gave: the text (UTF-8), or what is wrong with the bytes.
struct Expanded
{
    std::string text;
    std::string problem; // empty when fine
    bool ok() const { return problem.empty(); }
};

// The most compact scheme that holds text (UTF-8); nullopt if text is not valid UTF-8.
std::optional<Compaction> chooseCompaction(std::string_view text);
// Precondition: scheme came from chooseCompaction(text) or holds every character of text.
std::vector<std::uint8_t> compact(std::string_view text, Compaction scheme);
// ApplicationDefined is not a text scheme: the caller handles it.
Expanded expand(std::span<const std::uint8_t> bytes, Compaction scheme);

} // namespace ils::devices::tagdata
