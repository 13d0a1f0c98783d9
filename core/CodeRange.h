#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ils {

enum class CodeKind
{
    Reader,
    Item,
};

std::string_view toString(CodeKind kind);
std::optional<CodeKind> codeKindFromString(std::string_view text);

// A block of reader card numbers or item barcodes owned by one library (DESIGN §4).
// Codes are decimal digit strings of equal length; leading zeros matter.
struct CodeRange
{
    std::int64_t id = 0;
    CodeKind kind = CodeKind::Reader;
    std::string first;
    std::string last;
    std::string library;
    std::string description;
    std::string checkScheme; // empty: none

    bool contains(std::string_view code) const;
    bool containsRange(const CodeRange& other) const;
    bool overlaps(const CodeRange& other) const;
};

} // namespace ils
