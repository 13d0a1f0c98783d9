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
    std::vector<std::string> columns; // all that replicate, keys included (not readers.id_number)
};

const std::vector<std::string>& replicatedTableNames();
ReplicatedTable describeTable(Database& db, const std::string& name);

// Creates (again) the triggers that write a row image into `changes` on every insert, update
// and delete of a replicated table (or, inside a DeferredFeed, note the row's key). Dropped and
// created each time, so a schema upgrade that adds a column is followed.
void installFeedTriggers(Database& db);
void dropFeedTriggers(Database& db);

// The feed of one group commit at the central. From construction to flush(), inside the
// caller's write transaction, the triggers only note which rows changed (`feed_dirty`); flush()
// then writes one row image per changed row, its state at that moment, or a tombstone when the
// row is gone, and must come before the commit. A copy lent and returned ten times in a group
// costs one image instead of twenty (docs/SYNC.md, "The change feed"). The mark that switches
// the triggers (`feed_defer`) lives only inside the uncommitted transaction, so every other
// connection (ilsctl, a second writer) keeps writing images as before; a rollback takes the
// mark and the noted keys with it.
class DeferredFeed
{
public:
    explicit DeferredFeed(Database& db);
    DeferredFeed(const DeferredFeed&) = delete;
    DeferredFeed& operator=(const DeferredFeed&) = delete;

    void flush();

private:
    Database& m_db;
    bool m_flushed = false;
};

} // namespace ils
