#pragma once

#include <string>
#include <vector>

namespace ils {

class Database;

// The tables whose rows replicate from the central to every node, and the SQL that feeds and
// applies their row images (docs/SYNC.md).
struct ReplicatedTable
{
    std::string name;
    std::vector<std::string> keyColumns;
    std::vector<std::string> columns; // all, keys included
};

const std::vector<std::string>& replicatedTableNames();
ReplicatedTable describeTable(Database& db, const std::string& name);

// Creates (again) the triggers that write a row image into `changes` on every insert, update
// and delete of a replicated table. Dropped and created each time, so a schema upgrade that
// adds a column is followed.
void installFeedTriggers(Database& db);
void dropFeedTriggers(Database& db);

} // namespace ils
