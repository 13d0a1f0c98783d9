#pragma once

#include "Rules.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace ils {

class Database;

// The county's rule matrix: reader type × item type × library level, with "*" defaults.
// The most specific row wins; item type outranks reader type, which outranks level.
class RuleStore
{
public:
    explicit RuleStore(Database& db)
        : m_db(db)
    {
    }

    void set(const RuleRow& row);
    Rule lookup(std::string_view readerType, std::string_view itemType, LibraryLevel level) const;
    std::vector<RuleRow> list() const;

    // While one is alive, each combination is read from the table once and then answered from
    // memory. For a stretch of work inside one write transaction that changes no rule other
    // than through set(): the central's group commit, where the matrix query was ~15% of the
    // engine's time (docs/PERFORMANCE.md). set() empties the memory.
    class CachedLookups
    {
    public:
        explicit CachedLookups(RuleStore& rules);
        ~CachedLookups();
        CachedLookups(const CachedLookups&) = delete;
        CachedLookups& operator=(const CachedLookups&) = delete;

    private:
        RuleStore& m_rules;
        bool m_owner;
    };

private:
    using Key = std::tuple<std::string, std::string, LibraryLevel>;

    Rule read(std::string_view readerType, std::string_view itemType, LibraryLevel level) const;

    Database& m_db;
    mutable std::optional<std::map<Key, Rule, std::less<>>> m_cache;
};

} // namespace ils
