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
        "item_events",
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
        // A reader's resident ID number never leaves the central: nodes get its keyed hash
        // and masked form (core/ReaderPrivacy.h).
        if (name == "readers" && q.getText(0) == "id_number")
            continue;
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
        for (const char* event : {"insert", "update", "delete"}) {
            db.exec("DROP TRIGGER IF EXISTS feed_" + name + "_" + event);
            db.exec("DROP TRIGGER IF EXISTS feed_" + name + "_" + event + "_deferred");
        }
}

void installFeedTriggers(Database& db)
{
    dropFeedTriggers(db);
    // Inside a DeferredFeed only the key is noted; the image is written once, at flush().
    const std::string direct = "NOT EXISTS (SELECT 1 FROM feed_defer)";
    const std::string deferred = "EXISTS (SELECT 1 FROM feed_defer)";
    for (const auto& name : replicatedTableNames()) {
        const auto table = describeTable(db, name);
        // Node-local settings ("local.…") never leave the database they belong to.
        const std::string onlyShared = name == "settings" ? " AND NEW.key NOT LIKE 'local.%'" : "";
        const std::string onlySharedOld = name == "settings" ? " AND OLD.key NOT LIKE 'local.%'" : "";
        const auto newKey = jsonObjectOf(table.keyColumns, "NEW");
        const auto oldKey = jsonObjectOf(table.keyColumns, "OLD");
        const auto newRow = jsonObjectOf(table.columns, "NEW");
        const auto create =
            [&](const std::string& trigger, const char* event, const std::string& when, const std::string& body) {
                db.exec("CREATE TRIGGER " + trigger + " AFTER " + event + " ON " + name + " WHEN " + when + " BEGIN "
                        + body + "; END");
            };
        const std::string image =
            "INSERT INTO changes(tbl, key, row) VALUES('" + name + "', " + newKey + ", " + newRow + ")";
        // An upsert, not INSERT OR IGNORE: a trigger's OR clause gives way to the firing
        // statement's (under an `UPDATE OR ROLLBACK` a key noted twice would fail), its ON CONFLICT
        // clause does not (checked on SQLite 3.40).
        const auto note = [&](const std::string& key) {
            return "INSERT INTO feed_dirty(tbl, key) VALUES('" + name + "', " + key + ") ON CONFLICT DO NOTHING";
        };
        create("feed_" + name + "_insert", "INSERT", direct + onlyShared, image);
        create("feed_" + name + "_update", "UPDATE", direct + onlyShared, image);
        create("feed_" + name + "_delete",
               "DELETE",
               direct + onlySharedOld,
               "INSERT INTO changes(tbl, key, row) VALUES('" + name + "', " + oldKey + ", NULL)");
        create("feed_" + name + "_insert_deferred", "INSERT", deferred + onlyShared, note(newKey));
        create("feed_" + name + "_update_deferred", "UPDATE", deferred + onlyShared, note(newKey));
        create("feed_" + name + "_delete_deferred", "DELETE", deferred + onlySharedOld, note(oldKey));
    }
}

DeferredFeed::DeferredFeed(Database& db)
    : m_db(db)
{
    m_db.exec("INSERT OR IGNORE INTO feed_defer(mark) VALUES(1)");
}

void DeferredFeed::flush()
{
    if (m_flushed)
        return;
    m_flushed = true;
    // Images of parents before children, tombstones of children before parents: a node that
    // applies a page ending anywhere in this group meets rows in an order its foreign keys accept.
    const auto& names = replicatedTableNames();
    std::vector<std::string> tombstones;
    for (const auto& name : names) {
        const auto table = describeTable(m_db, name);
        std::string match;
        for (const auto& key : table.keyColumns)
            match += std::string(match.empty() ? "" : " AND ") + "t." + key + " = json_extract(d.key, '$." + key + "')";
        m_db.exec("INSERT INTO changes(tbl, key, row) SELECT '" + name + "', d.key, " + jsonObjectOf(table.columns, "t")
                  + " FROM feed_dirty d CROSS JOIN " + name + " t WHERE d.tbl = '" + name + "' AND " + match
                  + " ORDER BY d.key");
        tombstones.push_back("INSERT INTO changes(tbl, key, row) SELECT '" + name
                             + "', d.key, NULL FROM feed_dirty d "
                               "WHERE d.tbl = '"
                             + name + "' AND NOT EXISTS (SELECT 1 FROM " + name + " t WHERE " + match
                             + ") ORDER BY d.key");
    }
    for (auto it = tombstones.rbegin(); it != tombstones.rend(); ++it)
        m_db.exec(*it);
    m_db.exec("DELETE FROM feed_dirty");
    m_db.exec("DELETE FROM feed_defer");
}

} // namespace ils
