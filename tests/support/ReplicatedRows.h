#pragma once

#include <map>
#include <string>
#include <vector>

namespace ils {
class Database;
}

// Every replicated row of a database as text, keyed by table (an empty table is still a key):
// what "the same state" means when a test compares a node with the central row by row. Node-local
// settings (local.*) are left out; they are not replicated.
using ReplicatedRows = std::map<std::string, std::vector<std::string>>;
ReplicatedRows replicatedRows(ils::Database& db);

// The replicated tables as the tests know them, independent of the code under test.
const std::vector<std::string>& expectedReplicatedTables();
