#pragma once

#include "CodeRange.h"
#include "Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils {

class Database;
class LibraryStore;

// One thing wrong with one line of a range table: where, what, and what was expected.
struct RangeProblem
{
    int line = 0; // 1-based line number in the file; 0 for problems between stored ranges
    std::string field; // "kind", "first", "last", "library", "description" or "" for the whole line
    std::string problem;
    std::string expected;

    std::string describe() const; // "line 3, field first: … (expected …)"
};

struct RangeImportReport
{
    std::vector<CodeRange> imported; // empty unless problems is empty
    std::vector<RangeProblem> problems;
    bool ok() const { return problems.empty(); }
};

struct Resolution
{
    CodeRange range; // the innermost range holding the code
    std::string libraryName;
};

// Parses a range table (TSV, header `kind first last library description`) and checks each
// line on its own: digits only, equal lengths, first <= last, a known kind.
struct ParsedRangeTable
{
    std::vector<CodeRange> ranges;
    std::vector<int> lines; // source line of each range
    std::vector<RangeProblem> problems;
};
ParsedRangeTable parseRangeTable(std::string_view text);
// The checks parseRangeTable makes of each line, for a range built in code (kind excepted,
// which the type already guarantees); `line` goes into every problem.
std::vector<RangeProblem> checkRangeFields(const CodeRange& range, int line);

// The code ranges of DESIGN §4: import, resolution to an owner, allocation of new codes.
class RangeStore
{
public:
    RangeStore(Database& db, LibraryStore& libraries)
        : m_db(db)
        , m_libraries(libraries)
    {
    }

    // All or nothing: on any problem nothing is stored and every problem is reported.
    // Both open their own transaction.
    RangeImportReport importTable(std::string_view text);
    Result<CodeRange> add(const CodeRange& range);
    std::vector<CodeRange> list() const;
    std::optional<Resolution> resolve(std::string_view code) const;
    // The next unused code of the library's own ranges of this kind; skips sub-ranges handed
    // to other libraries and codes already in use; never hands out a code twice. Call it inside
    // the transaction that stores the new reader or item.
    Result<std::string> allocate(CodeKind kind, std::string_view library);
    // A code handed out elsewhere (a node, offline) was used: move the cursor of the innermost
    // range holding it past it, so the central never hands it out again.
    void observe(CodeKind kind, std::string_view code);

private:
    std::vector<RangeProblem> checkAgainst(const std::vector<CodeRange>& candidates,
                                           const std::vector<int>& lines,
                                           const std::vector<CodeRange>& existing) const;
    std::int64_t insert(const CodeRange& range);
    // The end of the outermost other range nested in `range` that holds `code`, if any.
    std::optional<std::string> nestedEnd(const CodeRange& range, const std::string& code) const;
    // The first code from `code` on that no reader or item uses yet.
    std::string skipUsed(CodeKind kind, std::string code, const std::string& last) const;
    void setNext(std::int64_t id, const std::string& next);
    Database& m_db;
    LibraryStore& m_libraries;
};

} // namespace ils
