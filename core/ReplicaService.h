#pragma once

#include "SyncTypes.h"

#include <optional>
#include <string>
#include <vector>

namespace ils {

class LocalStore;

// A node's side of replication, on the node's database. Asio-free; the replication client
// opens its own LocalStore on the node's file (SQLite serialises the writers).
class ReplicaService
{
public:
    explicit ReplicaService(LocalStore& store);

    // nullopt when this database was never enrolled (standalone or training use).
    std::optional<NodeCredentials> credentials() const;

    std::vector<PushedEntry> pending(int limit) const;
    std::int64_t backlog() const;
    // Everything up to and including `seq` reached the central. Acknowledged entries are kept
    // for local.keep_acked_days (default 30) after their acknowledgement, then deleted.
    void acknowledge(std::int64_t seq);

    struct Resumption
    {
        std::int64_t requeued = 0; // acknowledged entries the central lacks, queued again
        bool centralRestored = false; // the central's epoch changed: the replica is rebuilt from its snapshot
    };
    // What the central said in Welcome. Acknowledges up to `lastAppliedSeq`. A central restored
    // from a backup has applied less than this node had acknowledged: the entries after
    // `lastAppliedSeq` are queued again. A new `centralEpoch` (a restore) marks the replica for
    // a rebuild from the central's snapshot once the outbox is empty (resyncNeeded,
    // replaceFromSnapshot; docs/SYNC.md, "Backup and restore"). Throws StoreError, changing
    // nothing, when the central lacks entries this node no longer keeps.
    Resumption resume(std::int64_t lastAppliedSeq, const std::string& centralEpoch);

    enum class PageResult
    {
        Applied,
        PendingLocalChanges, // nothing applied: push first
    };
    // Applies a page of the change feed and moves the cursor, in one transaction.
    PageResult applyPage(const ChangePage& page);
    std::int64_t cursor() const;
    std::string databasePath() const;
    bool resyncNeeded() const;
    // Replaces every replicated row by the snapshot's (a file written by the central's
    // writeSnapshot) and moves the cursor to `cursor`, in one transaction; the node's own
    // settings and outbox stay. Refuses while the outbox holds entries not yet at the central.
    PageResult replaceFromSnapshot(const std::string& snapshotPath, std::int64_t cursor);

    // Turns a downloaded snapshot file into a node's replica: strips what is central-only,
    // stores the credentials and the cursor. `snapshotPath` becomes the node's database.
    static void installSnapshot(const std::string& snapshotPath,
                                const EnrolmentGrant& grant,
                                const CentralAddress& central,
                                std::int64_t cursor);

private:
    LocalStore& m_store;
};

} // namespace ils
