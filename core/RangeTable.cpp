// Reading a range table (DESIGN §4) and the checks each line must pass on its own. Nothing is
// ever corrected: a person fixes the file, because a guessed code range hands out wrong cards.
#include "RangeStore.h"

#include <array>
#include <cstdio>

namespace ils {

namespace {

constexpr std::array<std::string_view, 5> columns {"kind", "first", "last", "library", "description"};
constexpr std::string_view checkColumn = "check";
constexpr std::string_view bom = "\xEF\xBB\xBF";

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::vector<std::string_view> splitTabs(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos)
            return fields;
        start = tab + 1;
    }
}

std::string_view trimmed(std::string_view text)
{
    const auto begin = text.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

// One UTF-8 character at `i`: its code point and byte length; code point -1 for a bad byte.
struct Utf8Char
{
    long codePoint;
    std::size_t bytes;
};

Utf8Char decodeAt(std::string_view text, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80)
        return {lead, 1};
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || i + length > text.size())
        return {-1, 1};
    long codePoint = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80)
            return {-1, 1};
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    return {codePoint, length};
}

std::string hex(long value, int width)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%0*lX", width, value);
    return buffer;
}

// Names a character so that a person can find it, even when it is invisible on screen.
std::string describeCharacter(std::string_view text, std::size_t i, Utf8Char c)
{
    const std::string shown(text.substr(i, c.bytes));
    if (c.codePoint < 0)
        return "a byte 0x" + hex(static_cast<unsigned char>(text[i]), 2) + " that is not UTF-8";
    if (c.codePoint == ' ')
        return "a space";
    if (c.codePoint < 0x20 || c.codePoint == 0x7F)
        return "a control character (U+" + hex(c.codePoint, 4) + ")";
    if (c.codePoint < 0x80)
        return "'" + shown + "'";
    if (c.codePoint == 0xA0)
        return "a no-break space (U+00A0)";
    if (c.codePoint == 0x3000)
        return "a full-width space (U+3000)";
    if (c.codePoint >= 0xFF10 && c.codePoint <= 0xFF19)
        return "a full-width digit '" + shown + "' (U+" + hex(c.codePoint, 4) + ")";
    return "'" + shown + "' (U+" + hex(c.codePoint, 4) + ")";
}

// The first character that is not an ASCII digit, by 1-based character position.
struct BadCharacter
{
    std::size_t byteIndex = 0;
    std::size_t position = 0;
    std::string description;
    int others = 0; // further characters that are not digits
};

std::optional<BadCharacter> firstNonDigit(std::string_view code)
{
    std::optional<BadCharacter> bad;
    std::size_t position = 0;
    for (std::size_t i = 0; i < code.size();) {
        const auto c = decodeAt(code, i);
        ++position;
        if (!(c.codePoint >= '0' && c.codePoint <= '9')) {
            if (bad)
                ++bad->others;
            else
                bad = BadCharacter {i, position, describeCharacter(code, i, c), 0};
        }
        i += c.bytes;
    }
    return bad;
}

std::optional<RangeProblem> checkDigits(const std::string& code, const char* field, int line)
{
    if (code.empty())
        return RangeProblem {line, field, std::string("the ") + field + " code is empty", "a code of digits"};
    auto bad = firstNonDigit(code);
    if (!bad)
        return std::nullopt;
    std::string problem = "'" + code + "' has " + bad->description + " at position " + std::to_string(bad->position);
    if (bad->others > 0)
        problem += " (and " + std::to_string(bad->others) + " more character" + (bad->others > 1 ? "s" : "") + " that "
            + (bad->others > 1 ? "are" : "is") + " not a digit)";
    return RangeProblem {line, field, problem, "digits only"};
}

// A code as a person should see it in a message: quoted when it holds more than digits.
std::string shown(const std::string& code)
{
    return firstNonDigit(code) ? "'" + code + "'" : code;
}

std::size_t digitPrefix(std::string_view code)
{
    std::size_t n = 0;
    while (n < code.size() && isDigit(code[n]))
        ++n;
    return n;
}

// When a code has a stray character, its order against the other code can still be certain:
// if the two differ at a digit before any stray character, every reading of the code agrees.
std::optional<RangeProblem> checkOrderAroundBadCharacter(const CodeRange& range, int line)
{
    const auto clean = std::min(digitPrefix(range.first), digitPrefix(range.last));
    for (std::size_t i = 0; i < clean; ++i) {
        if (range.first[i] == range.last[i])
            continue;
        if (range.first[i] < range.last[i])
            return std::nullopt;
        return RangeProblem {line,
                             "last",
                             shown(range.last) + " is below the first code " + shown(range.first)
                                 + " (they differ at position " + std::to_string(i + 1)
                                 + ", before any character that is not a digit)",
                             "a last code >= the first code"};
    }
    return std::nullopt;
}

std::string headerText()
{
    std::string text;
    for (auto column : columns)
        text += std::string(text.empty() ? "" : ", ") + std::string(column);
    return text;
}

// Returns the number of columns of a valid header (5, or 6 with `check`), or 0.
std::size_t headerColumns(std::string_view line)
{
    const auto fields = splitTabs(line);
    if (fields.size() != columns.size() && fields.size() != columns.size() + 1)
        return 0;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (trimmed(fields[i]) != columns[i])
            return 0;
    if (fields.size() > columns.size() && trimmed(fields.back()) != checkColumn)
        return 0;
    return fields.size();
}

std::optional<RangeProblem> checkFieldCount(std::string_view line, std::size_t fields, std::size_t header, int number)
{
    // Without a check column every line has five fields; with one, the check may be left off.
    if (fields == header || (header > columns.size() && fields == columns.size()))
        return std::nullopt;
    std::string problem = "the line has " + std::to_string(fields) + " field" + (fields == 1 ? "" : "s");
    if (line.find('\t') == std::string_view::npos)
        problem += " (there is no tab in it: are the columns separated by spaces?)";
    std::string expected = std::to_string(columns.size()) + " tab-separated fields: " + headerText();
    if (header > columns.size())
        expected += " and an optional check";
    return RangeProblem {number, "", problem, expected};
}

} // namespace

std::string RangeProblem::describe() const
{
    std::string text;
    if (line > 0)
        text = "line " + std::to_string(line);
    if (!field.empty())
        text += (text.empty() ? "field " : ", field ") + field;
    text += (text.empty() ? "" : ": ") + problem;
    if (!expected.empty())
        text += " (expected " + expected + ")";
    return text;
}

std::vector<RangeProblem> checkRangeFields(const CodeRange& range, int line)
{
    std::vector<RangeProblem> problems;
    auto firstProblem = checkDigits(range.first, "first", line);
    auto lastProblem = checkDigits(range.last, "last", line);
    if (firstProblem)
        problems.push_back(*firstProblem);
    if (lastProblem)
        problems.push_back(*lastProblem);
    if (!firstProblem && !lastProblem) {
        if (range.first.size() != range.last.size()) {
            const auto digits = std::to_string(range.first.size());
            problems.push_back({line,
                                "last",
                                range.last + " has " + std::to_string(range.last.size()) + " digits but the first code "
                                    + range.first + " has " + digits,
                                "a last code of " + digits + " digits like the first (leading zeros count)"});
        } else if (range.last < range.first) {
            problems.push_back({line,
                                "last",
                                range.last + " is below the first code " + range.first,
                                "a last code >= the first code"});
        }
    } else if (!range.first.empty() && !range.last.empty()) {
        if (auto order = checkOrderAroundBadCharacter(range, line))
            problems.push_back(*order);
    }
    if (range.library.empty())
        problems.push_back(
            {line, "library", "the owner library is empty", "the code of the library that owns the range"});
    return problems;
}

ParsedRangeTable parseRangeTable(std::string_view text)
{
    ParsedRangeTable table;
    if (text.starts_with(bom))
        text.remove_prefix(bom.size());
    std::size_t header = 0;
    int number = 0;
    for (std::size_t start = 0; start < text.size();) {
        const auto end = text.find('\n', start);
        auto line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        start = end == std::string_view::npos ? text.size() : end + 1;
        ++number;
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (trimmed(line).empty())
            continue;
        if (header == 0) {
            header = headerColumns(line);
            if (header != 0)
                continue;
            // Without the header the columns mean nothing for certain; stop here.
            table.problems.push_back({number,
                                      "",
                                      "the first line is '" + std::string(line.substr(0, 80)) + "', not the header",
                                      "the header " + headerText() + " (tab-separated), optionally followed by check"});
            return table;
        }
        const auto fields = splitTabs(line);
        if (auto problem = checkFieldCount(line, fields.size(), header, number)) {
            table.problems.push_back(*problem);
            continue;
        }
        CodeRange range;
        const auto before = table.problems.size();
        if (auto kind = codeKindFromString(fields[0]))
            range.kind = *kind;
        else
            table.problems.push_back(
                {number, "kind", "unknown kind '" + std::string(fields[0]) + "'", "reader or item"});
        range.first = std::string(fields[1]);
        range.last = std::string(fields[2]);
        range.library = std::string(fields[3]);
        range.description = std::string(fields[4]);
        if (fields.size() > columns.size())
            range.checkScheme = std::string(fields[5]);
        for (auto& problem : checkRangeFields(range, number))
            table.problems.push_back(std::move(problem));
        if (table.problems.size() == before) {
            table.ranges.push_back(std::move(range));
            table.lines.push_back(number);
        }
    }
    if (header == 0)
        table.problems.push_back({0, "", "the table is empty", "the header " + headerText() + " (tab-separated)"});
    return table;
}

} // namespace ils
