#pragma once

namespace ils {

class Database;

struct SchemaUpgrade
{
    int from = 0;
    int to = 0;
};

// Brings a database to the current schema one step at a time, each step in its own
// transaction; a database newer than this program is refused rather than damaged.
class SchemaManager
{
public:
    static constexpr int currentVersion = 8;
    static SchemaUpgrade upgrade(Database& db);
    // Up to `target` only: tests build the databases of earlier programs with it.
    static SchemaUpgrade upgrade(Database& db, int target);
    static int versionOf(Database& db);
};

} // namespace ils
