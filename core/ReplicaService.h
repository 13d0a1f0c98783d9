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
        bool centralRestored = false; // the central's epoch changed: its feed is pulled again
    };
    // What the central said in Welcome. Acknowledges up to `lastAppliedSeq`. A central restored
    // from a backup has applied less than this node had acknowledged: the entries after
    // `lastAppliedSeq` are queued again. A new `centralEpoch` (a restore) moves the feed cursor
    // back to the start, so the feed is pulled again once the outbox is empty (docs/SYNC.md,
    // "Backup and restore"). Throws StoreError, changing nothing, when the central lacks entries
    // this node no longer keeps.
    Resumption resume(std::int64_t lastAppliedSeq, const std::string& centralEpoch);

    enum class PageResult
    {
        Applied,
        PendingLocalChanges, // nothing applied: push first
    };
    // Applies a page of the change feed and moves the cursor, in one transaction.
    PageResult applyPage(const ChangePage& page);
    std::int64_t cursor() const;

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
