#pragma once

#include "Result.h"
#include "SyncTypes.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ils {

class LocalStore;

struct NodeBatch
{
    NodeInfo node;
    std::vector<PushedEntry> entries;
};

struct BatchResult
{
    std::vector<ApplyOutcome> outcomes; // one per entry, in order, when applied
    std::optional<std::string> violation; // set: nothing of this batch was applied; close the session
};

// A push that breaks the protocol (a sequence number repeated or skipped, an entry under
// another node's id): the session must close the connection with this message.
class ProtocolViolation : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The central's side of replication, on the central's own database. Asio-free: the sync
// server calls it from the one thread that writes; readers (pull, snapshot) may use their
// own LocalStore on the same file. See docs/SYNC.md.
class CentralService
{
public:
    explicit CentralService(LocalStore& store);

    // Makes this database a central: installs the change-feed triggers and the central-only
    // tables. Idempotent; called by the daemon at start and by `ilsctl node add`.
    void prepare();

    // Administration.
    Result<EnrolmentToken> addNode(std::string_view library, std::string_view name, int validDays = 7);
    Result<NodeInfo> revokeNode(std::string_view nodeId);
    // After a restore from a backup older than a node keeps its acknowledged operations: accepts
    // that operations up to `seq` of the node are lost, so that it continues after them.
    Result<NodeInfo> skipLostOperations(std::string_view nodeId, std::int64_t seq);
    std::vector<NodeInfo> nodes() const;
    std::vector<ExceptionEntry> exceptions(std::int64_t afterId = 0, int limit = 1000) const;
    // The newest entries first: what the desk's exceptions page shows.
    std::vector<ExceptionEntry> latestExceptions(int limit) const;

    // Protocol.
    Result<EnrolmentGrant> enrol(std::string_view token, std::string_view nodeName);
    Result<NodeInfo> authenticate(std::string_view nodeId, std::string_view secret);
    // Applies a batch in one transaction, in order. Throws ProtocolViolation (nothing applied)
    // when the batch does not continue at lastSeq + 1.
    std::vector<ApplyOutcome> apply(const NodeInfo& node, const std::vector<PushedEntry>& entries);
    // Group commit: several nodes' batches in one transaction, each in its own savepoint, so a
    // violation in one batch costs only that batch. This is what the server's writer calls.
    std::vector<BatchResult> applyBatches(const std::vector<NodeBatch>& batches);
    ChangePage pull(std::int64_t afterCn, int limit) const;
    std::int64_t headCn() const;
    // Changes when the database is restored from a backup (docs/SYNC.md, "Backup and restore").
    std::string epoch() const;
    // Writes a consistent copy of the replicated tables to `path` (a new SQLite file) and
    // returns the change number a node bootstrapped from it continues after.
    std::int64_t writeSnapshot(const std::string& path);
    void recordContact(std::string_view nodeId, std::int64_t backlog);

private:
    LocalStore& m_store;
};

} // namespace ils
