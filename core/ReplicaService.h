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
    // Everything up to and including `seq` reached the central.
    void acknowledge(std::int64_t seq);

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
