#include "ReplicatedRows.h"

#include "Database.h"

#include <algorithm>
#include <cstdint>

namespace {

// The tables a branch and the central must agree on, kept here by hand rather than taken from
// the code under test (ils::replicatedTableNames()): a table the code stops replicating, or
// starts replicating without the tests knowing, makes expectedReplicatedTables() differ from it.
const std::vector<std::string> tables = {
    "settings",
    "libraries",
    "staff",
    "code_ranges",
    "rules",
    "closed_days",
    "closed_weekdays",
    "readers",
    "records",
    "items",
    "loans",
    "holds",
    "fees",
    "fee_events",
    "exceptions",
    "item_events",
};

// Columns that stay at the central and never reach a branch (docs/SYNC.md, "Readers' resident
// ID numbers"): not part of what the two must agree on.
bool centralOnly(const std::string& table, const std::string& column)
{
    return table == "readers" && column == "id_number";
}

} // namespace

const std::vector<std::string>& expectedReplicatedTables()
{
    return tables;
}

ReplicatedRows replicatedRows(ils::Database& db)
{
    ReplicatedRows out;
    for (const auto& name : tables) {
        // Columns and primary key as SQLite itself describes the table.
        std::string columns;
        std::vector<std::pair<std::int64_t, std::string>> keys;
        {
            ils::Query info(db, "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid");
            info.bind(1, name);
            while (info.step()) {
                const auto column = info.getText(0);
                if (centralOnly(name, column))
                    continue;
                columns +=
                    (columns.empty() ? "" : " || '|' || ") + std::string("coalesce(quote(") + column + "), 'NULL')";
                if (info.getInt(1) > 0)
                    keys.emplace_back(info.getInt(1), column);
            }
        }
        auto& rows = out[name];
        if (columns.empty())
            continue; // no such table here: an empty list, which differs from a side that has rows
        std::sort(keys.begin(), keys.end());
        std::string order;
        for (const auto& key : keys)
            order += (order.empty() ? "" : ", ") + key.second;
        if (order.empty())
            order = "rowid";
        const std::string where = name == "settings" ? " WHERE key NOT LIKE 'local.%'" : "";
        ils::Query q(db, "SELECT " + columns + " FROM " + name + where + " ORDER BY " + order);
        while (q.step())
            rows.push_back(q.getText(0));
    }
    return out;
}
