#pragma once

#include "CodeRange.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ils {
class Database;
}

namespace ils::demo {

// A code of up to 18 digits, leading zeros kept, without a heap allocation per code.
struct Code
{
    std::int64_t value = 0;
    std::uint8_t width = 0;

    std::string_view text(std::array<char, 20>& buffer) const;
    std::string str() const;
    // Text order, which for codes of one width is numeric order: the order of the primary keys.
    bool operator<(const Code& other) const;
    bool operator==(const Code&) const = default;
};

// Hands out one library's codes of one kind in the order RangeStore::allocate does: its ranges by
// width and start, from each range's cursor, jumping over sub-ranges nested inside and over codes
// already in use. commit() moves the stored cursors past every code handed out, so that allocate()
// goes on from there and never hands a code out twice.
class CodeSequence
{
public:
    CodeSequence(Database& db, CodeKind kind, std::string library);

    // Throws std::runtime_error when every range of the library is used up.
    Code next();
    std::int64_t handedOut() const { return m_handedOut; }
    void commit();

private:
    struct Span
    {
        std::int64_t first;
        std::int64_t last;
    };
    struct Cursor
    {
        std::int64_t id = 0;
        std::uint8_t width = 0;
        std::int64_t last = 0;
        std::int64_t start = 0; // the cursor as stored
        std::int64_t cursor = 0;
        std::vector<Span> holes; // nested ranges, merged and sorted
        std::vector<std::int64_t> used; // codes already in the database at or after the cursor
        std::size_t hole = 0;
        std::size_t usedIndex = 0;
    };
    Database& m_db;
    CodeKind m_kind;
    std::string m_library;
    std::vector<Cursor> m_ranges;
    std::size_t m_current = 0;
    std::int64_t m_handedOut = 0;
};

} // namespace ils::demo
