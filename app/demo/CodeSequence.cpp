#include "CodeSequence.h"

#include "Database.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace ils::demo {

namespace {

constexpr int maxWidth = 18; // every code of up to 18 digits fits in an int64

std::int64_t parse(const std::string& digits)
{
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || ptr != digits.data() + digits.size())
        throw std::runtime_error("code range bound '" + digits + "' is not a number the demo can count with");
    return value;
}

} // namespace

std::string_view Code::text(std::array<char, 20>& buffer) const
{
    std::int64_t v = value;
    // A cursor one past the last code of its width grows a digit, as RangeStore's does.
    int digits = 1;
    for (std::int64_t rest = v / 10; rest > 0; rest /= 10)
        ++digits;
    const int size = std::max<int>(width, digits);
    for (int i = size - 1; i >= 0; --i) {
        buffer[static_cast<std::size_t>(i)] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
    return {buffer.data(), static_cast<std::size_t>(size)};
}

std::string Code::str() const
{
    std::array<char, 20> buffer;
    return std::string(text(buffer));
}

bool Code::operator<(const Code& other) const
{
    if (width == other.width)
        return value < other.value;
    return str() < other.str();
}

CodeSequence::CodeSequence(Database& db, CodeKind kind, std::string library)
    : m_db(db)
    , m_kind(kind)
    , m_library(std::move(library))
{
    struct Stored
    {
        std::int64_t id;
        std::string first;
        std::string last;
        std::string library;
        std::string next;
    };
    std::vector<Stored> all;
    {
        Query q(m_db,
                "SELECT id, first, last, library, next FROM code_ranges WHERE kind = ? ORDER BY length(first), first");
        q.bind(1, toString(kind));
        while (q.step())
            all.push_back({q.getInt(0), q.getText(1), q.getText(2), q.getText(3), q.getText(4)});
    }
    for (const auto& own : all) {
        if (own.library != m_library)
            continue;
        if (own.first.size() > maxWidth)
            throw std::runtime_error("range " + own.first + "-" + own.last + " is wider than the demo supports");
        Cursor c;
        c.id = own.id;
        c.width = static_cast<std::uint8_t>(own.first.size());
        c.last = parse(own.last);
        c.start = std::max(parse(own.first), own.next.size() > own.first.size() ? c.last + 1 : parse(own.next));
        c.cursor = c.start;
        for (const auto& other : all) {
            if (other.id != own.id && other.first.size() == own.first.size() && other.first >= own.first
                && other.last <= own.last)
                c.holes.push_back({parse(other.first), parse(other.last)});
        }
        std::sort(c.holes.begin(), c.holes.end(), [](const Span& a, const Span& b) { return a.first < b.first; });
        std::vector<Span> merged;
        for (const auto& hole : c.holes) {
            if (!merged.empty() && hole.first <= merged.back().last + 1)
                merged.back().last = std::max(merged.back().last, hole.last);
            else
                merged.push_back(hole);
        }
        c.holes = std::move(merged);
        if (c.cursor <= c.last) {
            std::array<char, 20> from;
            std::array<char, 20> to;
            Query used(m_db,
                       kind == CodeKind::Reader
                           ? "SELECT card FROM readers WHERE card >= ?1 AND card <= ?2 AND length(card) = length(?1) "
                             "ORDER BY card"
                           : "SELECT barcode FROM items WHERE barcode >= ?1 AND barcode <= ?2 "
                             "AND length(barcode) = length(?1) ORDER BY barcode");
            used.bind(1, Code {c.cursor, c.width}.text(from)).bind(2, Code {c.last, c.width}.text(to));
            while (used.step())
                c.used.push_back(parse(used.getText(0)));
        }
        m_ranges.push_back(std::move(c));
    }
    if (m_ranges.empty())
        throw std::runtime_error("library " + m_library + " has no " + std::string(toString(kind)) + " code range");
}

Code CodeSequence::next()
{
    while (m_current < m_ranges.size()) {
        Cursor& c = m_ranges[m_current];
        while (c.cursor <= c.last) {
            while (c.hole < c.holes.size() && c.holes[c.hole].last < c.cursor)
                ++c.hole;
            if (c.hole < c.holes.size() && c.holes[c.hole].first <= c.cursor) {
                c.cursor = c.holes[c.hole].last + 1;
                continue;
            }
            while (c.usedIndex < c.used.size() && c.used[c.usedIndex] < c.cursor)
                ++c.usedIndex;
            if (c.usedIndex < c.used.size() && c.used[c.usedIndex] == c.cursor) {
                ++c.cursor;
                continue;
            }
            ++m_handedOut;
            return Code {c.cursor++, c.width};
        }
        ++m_current;
    }
    throw std::runtime_error("library " + m_library + " has used every " + std::string(toString(m_kind))
                             + " code of its ranges; generate fewer or give it a larger range");
}

void CodeSequence::commit()
{
    for (const auto& c : m_ranges) {
        if (c.cursor == c.start)
            continue;
        Query q(m_db, "UPDATE code_ranges SET next = ? WHERE id = ?");
        q.bind(1, Code {c.cursor, c.width}.str()).bind(2, c.id).run();
    }
}

} // namespace ils::demo
