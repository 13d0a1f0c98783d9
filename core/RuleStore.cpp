#include "RuleStore.h"

#include "Database.h"

namespace ils {

namespace {

constexpr const char* ruleColumns = "loan_days, max_loans, renewals, renewal_days, daily_fine_fen, grace_days, "
                                    "fine_cap_fen, holds_allowed, max_holds";

Rule readRule(const Query& q, int first)
{
    Rule r;
    r.loanDays = static_cast<int>(q.getInt(first + 0));
    r.maxLoans = static_cast<int>(q.getInt(first + 1));
    r.renewals = static_cast<int>(q.getInt(first + 2));
    r.renewalDays = static_cast<int>(q.getInt(first + 3));
    r.dailyFineFen = q.getInt(first + 4);
    r.graceDays = static_cast<int>(q.getInt(first + 5));
    r.fineCapFen = q.getInt(first + 6);
    r.holdsAllowed = q.getInt(first + 7) != 0;
    r.maxHolds = static_cast<int>(q.getInt(first + 8));
    return r;
}

} // namespace

void RuleStore::set(const RuleRow& row)
{
    if (m_cache)
        m_cache->clear();
    Query q(m_db,
            std::string("INSERT OR REPLACE INTO rules(reader_type, item_type, level, ") + ruleColumns
                + ") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const Rule& r = row.rule;
    q.bind(1, row.readerType)
        .bind(2, row.itemType)
        .bind(3, row.level)
        .bind(4, r.loanDays)
        .bind(5, r.maxLoans)
        .bind(6, r.renewals)
        .bind(7, r.renewalDays)
        .bind(8, r.dailyFineFen)
        .bind(9, r.graceDays)
        .bind(10, r.fineCapFen)
        .bind(11, r.holdsAllowed ? 1 : 0)
        .bind(12, r.maxHolds)
        .run();
}

Rule RuleStore::lookup(std::string_view readerType, std::string_view itemType, LibraryLevel level) const
{
    if (!m_cache)
        return read(readerType, itemType, level);
    Key key {readerType, itemType, level};
    auto found = m_cache->find(key);
    if (found == m_cache->end())
        found = m_cache->emplace(std::move(key), read(readerType, itemType, level)).first;
    return found->second;
}

RuleStore::CachedLookups::CachedLookups(RuleStore& rules)
    : m_rules(rules)
    , m_owner(!rules.m_cache)
{
    if (m_owner)
        m_rules.m_cache.emplace();
}

RuleStore::CachedLookups::~CachedLookups()
{
    if (m_owner)
        m_rules.m_cache.reset();
}

Rule RuleStore::read(std::string_view readerType, std::string_view itemType, LibraryLevel level) const
{
    Query q(m_db,
            std::string("SELECT ") + ruleColumns
                + " FROM rules WHERE reader_type IN (?1, '*') AND item_type IN (?2, '*') AND level IN (?3, '*') "
                  "ORDER BY (item_type <> '*') * 4 + (reader_type <> '*') * 2 + (level <> '*') DESC LIMIT 1");
    q.bind(1, readerType).bind(2, itemType).bind(3, toString(level));
    if (q.step())
        return readRule(q, 0);
    return Rule {};
}

std::vector<RuleRow> RuleStore::list() const
{
    std::vector<RuleRow> out;
    Query q(m_db,
            std::string("SELECT reader_type, item_type, level, ") + ruleColumns
                + " FROM rules ORDER BY reader_type, item_type, level");
    while (q.step()) {
        RuleRow row;
        row.readerType = q.getText(0);
        row.itemType = q.getText(1);
        row.level = q.getText(2);
        row.rule = readRule(q, 3);
        out.push_back(row);
    }
    return out;
}

} // namespace ils
