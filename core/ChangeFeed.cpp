#include "ChangeFeed.h"

#include "Database.h"

#include <algorithm>

namespace ils {

const std::vector<std::string>& replicatedTableNames()
{
    // Parents before children, so that a bootstrap or a long pull meets rows in an order the
    // foreign keys accept.
    static const std::vector<std::string> names = {
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
    };
    return names;
}

ReplicatedTable describeTable(Database& db, const std::string& name)
{
    ReplicatedTable table;
    table.name = name;
    Query q(db, "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid");
    q.bind(1, name);
    std::vector<std::pair<int, std::string>> keys;
    while (q.step()) {
        table.columns.push_back(q.getText(0));
        if (q.getInt(1) > 0)
            keys.emplace_back(static_cast<int>(q.getInt(1)), q.getText(0));
    }
    std::sort(keys.begin(), keys.end());
    for (auto& [position, column] : keys)
        table.keyColumns.push_back(column);
    if (table.columns.empty())
        throw StoreError("replicated table " + name + " does not exist");
    return table;
}

namespace {

std::string jsonObjectOf(const std::vector<std::string>& columns, const char* prefix)
{
    std::string sql = "json_object(";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i)
            sql += ", ";
        sql += "'" + columns[i] + "', " + prefix + "." + columns[i];
    }
    return sql + ")";
}

} // namespace

void dropFeedTriggers(Database& db)
{
    for (const auto& name : replicatedTableNames())
        for (const char* event : {"insert", "update", "delete"})
            db.exec("DROP TRIGGER IF EXISTS feed_" + name + "_" + event);
}

void installFeedTriggers(Database& db)
{
    dropFeedTriggers(db);
    for (const auto& name : replicatedTableNames()) {
        const auto table = describeTable(db, name);
        // Node-local settings ("local.…") never leave the database they belong to.
        const std::string onlyShared = name == "settings" ? " WHEN NEW.key NOT LIKE 'local.%'" : "";
        const std::string onlySharedOld = name == "settings" ? " WHEN OLD.key NOT LIKE 'local.%'" : "";
        const auto newKey = jsonObjectOf(table.keyColumns, "NEW");
        const auto newRow = jsonObjectOf(table.columns, "NEW");
        db.exec("CREATE TRIGGER feed_" + name + "_insert AFTER INSERT ON " + name + onlyShared
                + " BEGIN INSERT INTO changes(tbl, key, row) VALUES('" + name + "', " + newKey + ", " + newRow
                + "); END");
        db.exec("CREATE TRIGGER feed_" + name + "_update AFTER UPDATE ON " + name + onlyShared
                + " BEGIN INSERT INTO changes(tbl, key, row) VALUES('" + name + "', " + newKey + ", " + newRow
                + "); END");
        db.exec("CREATE TRIGGER feed_" + name + "_delete AFTER DELETE ON " + name + onlySharedOld
                + " BEGIN INSERT INTO changes(tbl, key, row) VALUES('" + name + "', "
                + jsonObjectOf(table.keyColumns, "OLD") + ", NULL); END");
    }
}

} // namespace ils
