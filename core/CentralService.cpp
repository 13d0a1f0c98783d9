#include "CentralService.h"

#include "Applier.h"
#include "ChangeFeed.h"
#include "Database.h"
#include "Ids.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "PrivateFiles.h"
#include "ReaderPrivacy.h"
#include "RuleStore.h"
#include "Settings.h"
#include "Sha256.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace ils {

namespace {

constexpr const char* nodeColumns = "id, number, library, name, status, last_seq, last_contact, backlog";

NodeInfo readNode(const Query& q)
{
    NodeInfo node;
    node.nodeId = q.getText(0);
    node.number = static_cast<int>(q.getInt(1));
    node.library = q.getText(2);
    node.name = q.getText(3);
    node.status = q.getText(4);
    node.lastSeq = q.getInt(5);
    if (!q.isNull(6))
        node.lastContact = q.getInt(6);
    node.backlog = q.getInt(7);
    return node;
}

std::optional<NodeInfo> findNode(Database& db, std::string_view nodeId)
{
    Query q(db, std::string("SELECT ") + nodeColumns + " FROM nodes WHERE id = ?");
    q.bind(1, nodeId);
    if (q.step())
        return readNode(q);
    return std::nullopt;
}

} // namespace

std::string_view toString(ApplyStatus status)
{
    switch (status) {
    case ApplyStatus::Applied:
        return "applied";
    case ApplyStatus::AppliedWithException:
        return "applied_with_exception";
    case ApplyStatus::Rejected:
        return "rejected";
    }
    return "?";
}

CentralService::CentralService(LocalStore& store)
    : m_store(store)
{
}

void CentralService::prepare()
{
    Transaction tx(m_store.db());
    Settings& settings = m_store.settings();
    settings.set("local.role", "central");
    settings.set("local.node_id", "central");
    settings.set("local.node_number", std::int64_t(0));
    if (!settings.get("local.epoch"))
        settings.set("local.epoch", randomHex(8));
    installFeedTriggers(m_store.db());
    // Made now, so that the first snapshot already carries it to the nodes.
    ensureIdHashKey(m_store.db());
    tx.commit();
}

Result<EnrolmentToken> CentralService::addNode(std::string_view library, std::string_view name, int validDays)
{
    Database& db = m_store.db();
    Transaction tx(db);
    if (!m_store.libraries().find(library))
        return refuse(Reason::LibraryUnknown, "library " + std::string(library) + " does not exist");
    if (validDays < 1 || validDays > 365)
        return refuse(Reason::InvalidInput, "a token is valid for 1 to 365 days");
    Query last(db, "SELECT coalesce(max(number), 0) FROM nodes");
    const int number = last.step() ? static_cast<int>(last.getInt(0)) + 1 : 1;
    if (number > maxNodeNumber)
        return refuse(Reason::RangeFull, "the county has " + std::to_string(maxNodeNumber) + " nodes already");
    char id[32];
    std::snprintf(id, sizeof id, "node-%04d", number);
    EnrolmentToken token;
    token.token = randomHex(16);
    token.expiresAt = m_store.clock().now() + static_cast<Timestamp>(validDays) * millisPerDay;
    Query q(db,
            "INSERT INTO nodes(id, number, library, name, status, token_hash, token_expires, created_at) "
            "VALUES(?, ?, ?, ?, 'pending', ?, ?, ?)");
    q.bind(1, id)
        .bind(2, number)
        .bind(3, library)
        .bind(4, name.empty() ? std::string_view(id) : name)
        .bind(5, sha256Hex(token.token))
        .bind(6, token.expiresAt)
        .bind(7, m_store.clock().now())
        .run();
    token.node = *findNode(db, id);
    tx.commit();
    return token;
}

Result<NodeInfo> CentralService::revokeNode(std::string_view nodeId)
{
    Transaction tx(m_store.db());
    auto node = findNode(m_store.db(), nodeId);
    if (!node)
        return refuse(Reason::InvalidInput, "no node " + std::string(nodeId));
    Query q(m_store.db(), "UPDATE nodes SET status = 'revoked', secret_hash = NULL, token_hash = NULL WHERE id = ?");
    q.bind(1, nodeId).run();
    tx.commit();
    node->status = "revoked";
    return *node;
}

Result<NodeInfo> CentralService::skipLostOperations(std::string_view nodeId, std::int64_t seq)
{
    Transaction tx(m_store.db());
    auto node = findNode(m_store.db(), nodeId);
    if (!node)
        return refuse(Reason::InvalidInput, "no node " + std::string(nodeId));
    if (seq <= node->lastSeq)
        return refuse(Reason::InvalidInput,
                      "node " + node->nodeId + " has its operations up to " + std::to_string(node->lastSeq)
                          + " applied already");
    Query q(m_store.db(), "UPDATE nodes SET last_seq = ? WHERE id = ?");
    q.bind(1, seq).bind(2, nodeId).run();
    tx.commit();
    node->lastSeq = seq;
    return *node;
}

std::vector<NodeInfo> CentralService::nodes() const
{
    std::vector<NodeInfo> out;
    Query q(m_store.db(), std::string("SELECT ") + nodeColumns + " FROM nodes ORDER BY number");
    while (q.step())
        out.push_back(readNode(q));
    return out;
}

namespace {

std::vector<ExceptionEntry> readExceptions(Query& q)
{
    std::vector<ExceptionEntry> out;
    while (q.step())
        out.push_back({q.getInt(0),
                       q.getInt(1),
                       q.getText(2),
                       q.getInt(3),
                       q.getText(4),
                       q.getText(5),
                       q.getText(6),
                       q.getText(7),
                       q.isNull(8) ? std::nullopt : std::optional(factsFromJson(q.getText(8)))});
    return out;
}

} // namespace

std::vector<ExceptionEntry> CentralService::exceptions(std::int64_t afterId, int limit) const
{
    Query q(m_store.db(),
            "SELECT id, at, node_id, seq, type, code, detail, library, facts FROM exceptions WHERE id > ? ORDER BY id "
            "LIMIT ?");
    q.bind(1, afterId).bind(2, limit);
    return readExceptions(q);
}

std::vector<ExceptionEntry> CentralService::latestExceptions(int limit) const
{
    Query q(m_store.db(),
            "SELECT id, at, node_id, seq, type, code, detail, library, facts FROM exceptions ORDER BY id DESC "
            "LIMIT ?");
    q.bind(1, limit);
    return readExceptions(q);
}

Result<EnrolmentGrant> CentralService::enrol(std::string_view token, std::string_view nodeName)
{
    Database& db = m_store.db();
    Transaction tx(db);
    Query q(db, "SELECT id, token_expires FROM nodes WHERE token_hash = ? AND status = 'pending'");
    q.bind(1, sha256Hex(token));
    if (!q.step())
        return refuse(Reason::NotAuthorised, "unknown or already used enrolment token");
    const std::string id = q.getText(0);
    if (q.getInt(1) < m_store.clock().now())
        return refuse(Reason::NotAuthorised, "the enrolment token of " + id + " has expired");
    EnrolmentGrant grant;
    grant.secret = randomHex(32);
    Query update(db,
                 "UPDATE nodes SET status = 'active', token_hash = NULL, secret_hash = ?, enrolled_at = ?, "
                 "name = CASE WHEN ? = '' THEN name ELSE ? END WHERE id = ?");
    update.bind(1, sha256Hex(grant.secret))
        .bind(2, m_store.clock().now())
        .bind(3, nodeName)
        .bind(4, nodeName)
        .bind(5, id)
        .run();
    grant.node = *findNode(db, id);
    tx.commit();
    return grant;
}

Result<NodeInfo> CentralService::authenticate(std::string_view nodeId, std::string_view secret)
{
    Query q(m_store.db(), std::string("SELECT ") + nodeColumns + ", secret_hash FROM nodes WHERE id = ?");
    q.bind(1, nodeId);
    // One answer for an unknown node and a wrong secret: the message must not help a guesser.
    const auto refused = refuse(Reason::NotAuthorised, "unknown node or wrong secret");
    if (!q.step())
        return refused;
    NodeInfo node = readNode(q);
    if (node.status == "revoked")
        return refuse(Reason::NotAuthorised, "node " + node.nodeId + " is revoked");
    if (node.status != "active" || q.isNull(8) || !constantTimeEquals(sha256Hex(secret), q.getText(8)))
        return refused;
    return node;
}

std::vector<ApplyOutcome> CentralService::apply(const NodeInfo& node, const std::vector<PushedEntry>& entries)
{
    auto results = applyBatches({NodeBatch {node, entries}});
    if (results.front().violation)
        throw ProtocolViolation(*results.front().violation);
    return results.front().outcomes;
}

std::vector<BatchResult> CentralService::applyBatches(const std::vector<NodeBatch>& batches)
{
    Database& db = m_store.db();
    Applier applier(m_store);
    std::vector<BatchResult> results(batches.size());
    // The next sequence number of each node, as the batches before in this group leave it (one
    // node may have two batches here when it reconnected while its old session was waiting).
    std::map<std::string, std::int64_t, std::less<>> next;
    Transaction tx(db);
    DeferredFeed feed(db);
    // Nodes cannot change rules (rule.* is the central's own), and nothing else writes while
    // this transaction holds the lock: one lookup per combination serves the whole group.
    RuleStore::CachedLookups rules(m_store.rules());
    for (std::size_t b = 0; b < batches.size(); ++b) {
        const NodeBatch& batch = batches[b];
        auto known = next.find(batch.node.nodeId);
        if (known == next.end()) {
            std::int64_t expected = 0;
            Query last(db, "SELECT last_seq FROM nodes WHERE id = ? AND status = 'active'");
            last.bind(1, batch.node.nodeId);
            if (last.step())
                expected = last.getInt(0) + 1;
            known = next.emplace(batch.node.nodeId, expected).first;
        }
        std::int64_t expected = known->second;
        if (expected == 0) {
            results[b].violation = "node " + batch.node.nodeId + " is not an active node";
            continue;
        }
        // Checked before anything is applied, so that a bad batch needs no savepoint of its own:
        // a savepoint around a whole batch keeps every page the batch touches in SQLite's
        // in-memory sub-journal, which each later statement then walks (docs/PERFORMANCE.md).
        for (std::size_t i = 0; i < batch.entries.size(); ++i) {
            const std::int64_t seq = batch.entries[i].seq;
            const std::int64_t wanted = expected + static_cast<std::int64_t>(i);
            if (seq != wanted) {
                results[b].violation = "sequence number " + std::to_string(seq)
                    + (seq < wanted ? " was already applied" : " skips ahead") + "; the central expects "
                    + std::to_string(wanted) + " from " + batch.node.nodeId;
                break;
            }
        }
        if (results[b].violation)
            continue; // nothing of this batch was applied
        for (const PushedEntry& entry : batch.entries) {
            ApplyOutcome outcome = applier.apply(batch.node, entry);
            Query record(db,
                         "INSERT INTO applied(node_id, seq, uuid, type, status, reason, detail, applied_at) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
            record.bind(1, batch.node.nodeId)
                .bind(2, entry.seq)
                .bind(3, entry.uuid)
                .bind(4, entry.type)
                .bind(5, toString(outcome.status))
                .bind(6, outcome.reasonCode)
                .bind(7, outcome.detail)
                .bind(8, m_store.clock().now())
                .run();
            results[b].outcomes.push_back(std::move(outcome));
            ++expected;
        }
        known->second = expected;
        Query update(db, "UPDATE nodes SET last_seq = ?, last_contact = ? WHERE id = ?");
        update.bind(1, expected - 1).bind(2, m_store.clock().now()).bind(3, batch.node.nodeId).run();
    }
    feed.flush();
    tx.commit();
    return results;
}

ChangePage CentralService::pull(std::int64_t afterCn, int limit) const
{
    ChangePage page;
    limit = std::clamp(limit, 1, 10000);
    Query q(m_store.db(), "SELECT cn, tbl, key, row FROM changes WHERE cn > ? ORDER BY cn LIMIT ?");
    q.bind(1, afterCn).bind(2, limit + 1);
    while (q.step()) {
        if (static_cast<int>(page.changes.size()) == limit) {
            page.more = true;
            break;
        }
        page.changes.push_back({q.getInt(0), q.getText(1), q.getText(2), q.getOptionalText(3)});
    }
    page.headCn = headCn();
    return page;
}

std::int64_t CentralService::headCn() const
{
    Query q(m_store.db(), "SELECT coalesce(max(cn), 0) FROM changes");
    return q.step() ? q.getInt(0) : 0;
}

std::string CentralService::epoch() const
{
    return m_store.settings().get("local.epoch", "");
}

std::int64_t CentralService::writeSnapshot(const std::string& path)
{
    // Row images are idempotent: a change both in the copy and after the cursor is applied
    // twice, harmlessly, so the cursor may be read before the copy is made.
    const std::int64_t cursor = headCn();
    {
        createPrivateFile(path); // VACUUM INTO would create it readable by everyone
        Query vacuum(m_store.db(), "VACUUM INTO ?");
        vacuum.bind(1, path).run();
    }
    Database copy(path, Durability::Normal);
    copy.exec("BEGIN");
    dropFeedTriggers(copy);
    // A node holds no clear resident ID numbers (core/ReaderPrivacy.h): the hash and the
    // masked form go, the number does not.
    copy.exec("DELETE FROM nodes; DELETE FROM applied; DELETE FROM changes; DELETE FROM outbox; "
              "DELETE FROM record_versions; DELETE FROM staff_lockouts; "
              "DELETE FROM sqlite_sequence WHERE name IN ('outbox', 'changes'); "
              "DELETE FROM settings WHERE key LIKE 'local.%'; "
              "UPDATE readers SET id_number = NULL WHERE id_number IS NOT NULL;");
    copy.exec("COMMIT");
    // What was deleted or nulled above is still in the copy's free space: rewrite the file.
    copy.exec("VACUUM");
    truncateWal(copy);
    return cursor;
}

void CentralService::recordContact(std::string_view nodeId, std::int64_t backlog)
{
    Query q(m_store.db(), "UPDATE nodes SET last_contact = ?, backlog = ? WHERE id = ?");
    q.bind(1, m_store.clock().now()).bind(2, backlog).bind(3, nodeId).run();
}

} // namespace ils
