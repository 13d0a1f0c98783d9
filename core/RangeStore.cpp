#include "RangeStore.h"

#include "Database.h"
#include "LibraryStore.h"

#include <algorithm>
#include <set>

namespace ils {

namespace {

constexpr std::string_view rangeColumns = "id, kind, first, last, library, description, check_scheme";

CodeRange readRange(const Query& q)
{
    CodeRange range;
    range.id = q.getInt(0);
    range.kind = codeKindFromString(q.getText(1)).value_or(CodeKind::Reader);
    range.first = q.getText(2);
    range.last = q.getText(3);
    range.library = q.getText(4);
    range.description = q.getText(5);
    range.checkScheme = q.getText(6);
    return range;
}

// Decimal strings of any length. A code one past the largest of its width (999 + 1) grows a
// digit; a cursor that long means its range is used up.
std::string increment(std::string code)
{
    for (auto i = code.size(); i-- > 0;) {
        if (code[i] != '9') {
            ++code[i];
            return code;
        }
        code[i] = '0';
    }
    return "1" + code;
}

// Numeric order of digit strings, whatever their widths.
int compareNumbers(std::string_view a, std::string_view b)
{
    a.remove_prefix(std::min(a.find_first_not_of('0'), a.size()));
    b.remove_prefix(std::min(b.find_first_not_of('0'), b.size()));
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
}

// last - first for digit strings of one width, first <= last.
std::string span(const std::string& first, const std::string& last)
{
    std::string difference(last.size(), '0');
    int borrow = 0;
    for (auto i = last.size(); i-- > 0;) {
        int digit = (last[i] - '0') - (first[i] - '0') - borrow;
        borrow = digit < 0 ? 1 : 0;
        difference[i] = static_cast<char>('0' + digit + 10 * borrow);
    }
    return difference;
}

bool allDigits(std::string_view code)
{
    return !code.empty() && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string codes(const CodeRange& range)
{
    return std::string(toString(range.kind)) + " " + range.first + "-" + range.last;
}

std::string withOwner(const CodeRange& range)
{
    return codes(range) + " of library " + range.library;
}

enum class Clash
{
    None, // other kinds, other widths, or codes apart
    Same,
    Partial,
    Inside, // the range lies inside the other
    Holds, // the other lies inside the range
};

Clash clashOf(const CodeRange& range, const CodeRange& other)
{
    if (range.kind != other.kind || !range.overlaps(other))
        return Clash::None;
    if (range.first == other.first && range.last == other.last)
        return Clash::Same;
    if (other.containsRange(range))
        return Clash::Inside;
    return range.containsRange(other) ? Clash::Holds : Clash::Partial;
}

std::string joined(const std::vector<RangeProblem>& problems)
{
    std::string text;
    for (const auto& problem : problems)
        text += (text.empty() ? "" : "; ") + problem.describe();
    return text;
}

} // namespace

std::vector<RangeProblem> RangeStore::checkAgainst(const std::vector<CodeRange>& candidates,
                                                   const std::vector<int>& lines,
                                                   const std::vector<CodeRange>& existing) const
{
    std::vector<RangeProblem> problems;
    std::set<std::string> unknown;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto& library = candidates[i].library;
        if (unknown.contains(library) || !m_libraries.find(library)) {
            unknown.insert(library);
            problems.push_back({lines[i],
                                "library",
                                "library " + library + " is not known",
                                "the code of a library that is already set up"});
        }
    }
    // `other` is a stored range or an earlier line; the problem goes on the line of `range`.
    auto conflict = [&](const CodeRange& range, int line, const CodeRange& other, const std::string& otherName) {
        const auto clash = clashOf(range, other);
        if (clash == Clash::Same)
            problems.push_back({line, "", "the same " + codes(range) + " as " + otherName, "each range once"});
        if (clash == Clash::Partial)
            problems.push_back({line,
                                "",
                                codes(range) + " partly overlaps " + otherName,
                                "ranges that do not overlap, or one wholly inside the other"});
        if (clash != Clash::Inside && clash != Clash::Holds)
            return;
        const auto& outer = clash == Clash::Inside ? other : range;
        const auto& inner = clash == Clash::Inside ? range : other;
        if (unknown.contains(outer.library) || unknown.contains(inner.library)
            || m_libraries.isSelfOrAncestor(outer.library, inner.library))
            return;
        const auto notUnder = inner.library + " is not " + outer.library + " or a library under it";
        if (clash == Clash::Inside)
            problems.push_back({line,
                                "library",
                                "this range lies inside " + otherName + ", but " + notUnder,
                                "a sub-range owned by " + outer.library + " or one of the libraries under it"});
        else
            problems.push_back({line,
                                "library",
                                otherName + " lies inside this range, but " + notUnder,
                                "an outer range owned by " + inner.library + " or one of the libraries above it"});
    };
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        for (const auto& stored : existing)
            conflict(candidates[i], lines[i], stored, "the stored range " + withOwner(stored));
        for (std::size_t j = 0; j < i; ++j) {
            const std::string name = lines[j] > 0
                ? "line " + std::to_string(lines[j]) + " (" + withOwner(candidates[j]) + ")"
                : withOwner(candidates[j]);
            conflict(candidates[i], lines[i], candidates[j], name);
        }
    }
    return problems;
}

RangeImportReport RangeStore::importTable(std::string_view text)
{
    RangeImportReport report;
    auto parsed = parseRangeTable(text);
    report.problems = std::move(parsed.problems);
    // The write lock is taken before the checks so that no other writer slips in between.
    Transaction tx(m_db);
    for (auto& problem : checkAgainst(parsed.ranges, parsed.lines, list()))
        report.problems.push_back(std::move(problem));
    if (!report.problems.empty()) {
        std::stable_sort(report.problems.begin(), report.problems.end(), [](const auto& a, const auto& b) {
            return a.line < b.line;
        });
        return report;
    }
    for (auto& range : parsed.ranges)
        range.id = insert(range);
    tx.commit();
    report.imported = std::move(parsed.ranges);
    return report;
}

Result<CodeRange> RangeStore::add(const CodeRange& range)
{
    if (auto problems = checkRangeFields(range, 0); !problems.empty())
        return refuse(Reason::InvalidInput, joined(problems));
    Transaction tx(m_db);
    if (!m_libraries.find(range.library))
        return refuse(Reason::LibraryUnknown, "library " + range.library + " is not known");
    if (auto problems = checkAgainst({range}, {0}, list()); !problems.empty())
        return refuse(Reason::InvalidInput, joined(problems));
    CodeRange stored = range;
    stored.id = insert(stored);
    tx.commit();
    return stored;
}

std::int64_t RangeStore::insert(const CodeRange& range)
{
    Query q(m_db,
            "INSERT INTO code_ranges(kind, first, last, library, description, check_scheme, next) "
            "VALUES(?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, toString(range.kind))
        .bind(2, range.first)
        .bind(3, range.last)
        .bind(4, range.library)
        .bind(5, range.description)
        .bind(6, range.checkScheme)
        .bind(7, range.first)
        .run();
    return m_db.lastInsertId();
}

std::vector<CodeRange> RangeStore::list() const
{
    std::vector<CodeRange> ranges;
    Query q(m_db,
            "SELECT " + std::string(rangeColumns)
                + " FROM code_ranges ORDER BY kind, length(first), first, length(last) DESC, last DESC");
    while (q.step())
        ranges.push_back(readRange(q));
    return ranges;
}

std::optional<Resolution> RangeStore::resolve(std::string_view code) const
{
    if (!allDigits(code))
        return std::nullopt;
    // Equal widths make text order numeric order, so the index on (kind, first) bounds the
    // scan; the few ranges left are the nested ranges holding the code, and the narrowest wins.
    Query q(m_db,
            "SELECT r.id, r.kind, r.first, r.last, r.library, r.description, r.check_scheme, l.name "
            "FROM code_ranges r LEFT JOIN libraries l ON l.code = r.library "
            "WHERE r.kind IN ('item', 'reader') AND r.first <= ?1 AND length(r.first) = length(?1) "
            "AND r.last >= ?1 ORDER BY r.kind, r.first");
    q.bind(1, code);
    std::optional<Resolution> best;
    std::string bestSpan;
    while (q.step()) {
        auto range = readRange(q);
        auto width = span(range.first, range.last);
        if (!best || compareNumbers(width, bestSpan) < 0) {
            best = Resolution {std::move(range), q.getText(7)};
            bestSpan = std::move(width);
        }
    }
    return best;
}

std::optional<std::string> RangeStore::nestedEnd(const CodeRange& range, const std::string& code) const
{
    Query q(m_db,
            "SELECT last FROM code_ranges WHERE kind = ?1 AND id <> ?2 AND first <= ?3 AND last >= ?3 "
            "AND length(first) = length(?3) AND first >= ?4 AND last <= ?5 ORDER BY last DESC LIMIT 1");
    q.bind(1, toString(range.kind)).bind(2, range.id).bind(3, code).bind(4, range.first).bind(5, range.last);
    if (q.step())
        return q.getText(0);
    return std::nullopt;
}

std::string RangeStore::skipUsed(CodeKind kind, std::string code, const std::string& last) const
{
    // Codes in use sit in a primary key: walk the run that starts at `code` in one scan.
    Query q(m_db,
            kind == CodeKind::Reader
                ? "SELECT card FROM readers WHERE card >= ?1 AND card <= ?2 AND length(card) = length(?1) ORDER BY card"
                : "SELECT barcode FROM items WHERE barcode >= ?1 AND barcode <= ?2 AND length(barcode) = length(?1) "
                  "ORDER BY barcode");
    q.bind(1, code).bind(2, last);
    while (q.step() && q.getText(0) == code)
        code = increment(code);
    return code;
}

Result<std::string> RangeStore::allocate(CodeKind kind, std::string_view library)
{
    struct Candidate
    {
        CodeRange range;
        std::string next;
    };
    std::vector<Candidate> own;
    {
        Query q(m_db,
                "SELECT " + std::string(rangeColumns)
                    + ", next FROM code_ranges WHERE kind = ? AND library = ? ORDER BY length(first), first");
        q.bind(1, toString(kind)).bind(2, library);
        while (q.step())
            own.push_back({readRange(q), q.getText(7)});
    }
    const std::string kindName(toString(kind));
    if (own.empty()) {
        if (!m_libraries.find(library))
            return refuse(Reason::LibraryUnknown, "library " + std::string(library) + " is not known");
        return refuse(Reason::NoRange, "library " + std::string(library) + " has no " + kindName + " code range");
    }
    std::string ranges;
    for (auto& [range, next] : own) {
        ranges += (ranges.empty() ? "" : ", ") + range.first + "-" + range.last;
        std::string cursor = compareNumbers(next, range.first) < 0 ? range.first : next;
        // A sub-range inside this one is jumped over whole, whoever owns it: each code is handed
        // out only by the innermost range holding it, so a library's own sub-range is used on
        // its own turn and never twice.
        for (;;) {
            if (cursor.size() > range.last.size() || cursor > range.last)
                break;
            if (auto end = nestedEnd(range, cursor)) {
                cursor = increment(*end);
                continue;
            }
            auto free = skipUsed(kind, cursor, range.last);
            if (free != cursor) {
                cursor = std::move(free);
                continue;
            }
            setNext(range.id, increment(cursor));
            return cursor;
        }
        if (cursor != next)
            setNext(range.id, cursor);
    }
    std::string owner(library);
    if (auto found = m_libraries.find(library))
        owner += " (" + found->name + ")";
    return refuse(Reason::RangeFull,
                  "library " + owner + " has used every " + kindName + " code of its range"
                      + (own.size() > 1 ? "s " : " ") + ranges);
}

void RangeStore::setNext(std::int64_t id, const std::string& next)
{
    Query q(m_db, "UPDATE code_ranges SET next = ? WHERE id = ?");
    q.bind(1, next).bind(2, id).run();
}

void RangeStore::observe(CodeKind kind, std::string_view code)
{
    const auto resolution = resolve(code);
    if (!resolution || resolution->range.kind != kind)
        return;
    Query q(m_db, "UPDATE code_ranges SET next = ?1 WHERE id = ?2 AND length(next) = length(?1) AND next < ?1");
    q.bind(1, increment(std::string(code))).bind(2, resolution->range.id).run();
}

} // namespace ils
