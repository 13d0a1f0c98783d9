#include "ReplicatedRows.h"

#include "ChangeFeed.h"
#include "Database.h"

ReplicatedRows replicatedRows(ils::Database& db)
{
    ReplicatedRows out;
    for (const auto& name : ils::replicatedTableNames()) {
        const auto table = ils::describeTable(db, name);
        std::string columns;
        for (const auto& column : table.columns)
            columns += (columns.empty() ? "" : " || '|' || ") + std::string("coalesce(quote(") + column + "), 'NULL')";
        std::string order;
        for (const auto& key : table.keyColumns)
            order += (order.empty() ? "" : ", ") + key;
        const std::string where = name == "settings" ? " WHERE key NOT LIKE 'local.%'" : "";
        ils::Query q(db, "SELECT " + columns + " FROM " + name + where + " ORDER BY " + order);
        auto& rows = out[name];
        while (q.step())
            rows.push_back(q.getText(0));
    }
    return out;
}
