#include "ReplicaService.h"

#include "ChangeFeed.h"
#include "Database.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "ReaderPrivacy.h"
#include "Settings.h"

#include <algorithm>
#include <map>

namespace ils {

namespace {

// The SQL that applies one replicated table's row images, built once per table from the
// columns this database has (a node one schema version behind still applies what it knows).
struct TableSql
{
    std::string upsert;
    std::string remove;
};

TableSql sqlFor(Database& db, const std::string& name)
{
    const auto table = describeTable(db, name);
    std::string columns, values, where;
    for (const auto& column : table.columns) {
        columns += (columns.empty() ? "" : ", ") + column;
        values += std::string(values.empty() ? "" : ", ") + "json_extract(?1, '$." + column + "')";
    }
    for (const auto& key : table.keyColumns) {
        where += std::string(where.empty() ? "" : " AND ") + key + " = json_extract(?1, '$." + key + "')";
    }
    TableSql sql;
    // REPLACE, not an upsert: a row that blocks the central's row on another unique index (an
    // open loan of the same copy, say) is a local row the central has since changed, and its
    // central version comes later in the feed; until then it must make room.
    sql.upsert = "INSERT OR REPLACE INTO " + name + "(" + columns + ") SELECT " + values;
    sql.remove = "DELETE FROM " + name + " WHERE " + where;
    return sql;
}

bool isReplicated(const std::string& table)
{
    const auto& names = replicatedTableNames();
    return std::find(names.begin(), names.end(), table) != names.end();
}

} // namespace

ReplicaService::ReplicaService(LocalStore& store)
    : m_store(store)
{
}

std::optional<NodeCredentials> ReplicaService::credentials() const
{
    Settings& settings = m_store.settings();
    auto secret = settings.get("local.secret");
    if (!secret)
        return std::nullopt;
    NodeCredentials credentials;
    credentials.nodeId = settings.nodeId();
    credentials.secret = *secret;
    credentials.library = settings.get("local.library", "");
    credentials.number = settings.nodeNumber();
    credentials.central.host = settings.get("local.central_host", "");
    credentials.central.port = static_cast<std::uint16_t>(settings.getInt("local.central_port", 0));
    credentials.central.fingerprint = settings.get("local.central_fingerprint", "");
    return credentials;
}

std::vector<PushedEntry> ReplicaService::pending(int limit) const
{
    std::vector<PushedEntry> out;
    for (auto& entry : m_store.outbox().list(0, limit, true))
        out.push_back({entry.seq,
                       std::move(entry.uuid),
                       std::move(entry.type),
                       std::move(entry.payload),
                       entry.createdAt,
                       std::move(entry.operatorName)});
    return out;
}

std::int64_t ReplicaService::backlog() const
{
    return m_store.outbox().pendingCount();
}

namespace {

constexpr std::int64_t kKeepAckedDays = 30;

} // namespace

void ReplicaService::acknowledge(std::int64_t seq)
{
    Transaction tx(m_store.db());
    const Timestamp now = m_store.clock().now();
    const int scrubbed = m_store.outbox().markAcked(seq, now);
    const std::int64_t days =
        std::max<std::int64_t>(0, m_store.settings().getInt("local.keep_acked_days", kKeepAckedDays));
    m_store.outbox().pruneAcked(now - days * millisPerDay);
    tx.commit();
    // The WAL still holds the pages as they were, clear number included, until cut.
    if (scrubbed > 0)
        truncateWal(m_store.db());
}

ReplicaService::Resumption ReplicaService::resume(std::int64_t lastAppliedSeq, const std::string& centralEpoch)
{
    Resumption result;
    Transaction tx(m_store.db());
    Outbox& outbox = m_store.outbox();
    if (lastAppliedSeq > 0)
        outbox.markAcked(lastAppliedSeq, m_store.clock().now());
    result.requeued = outbox.requeueAfter(lastAppliedSeq);
    const std::int64_t last = outbox.lastSeq();
    if (last > lastAppliedSeq) {
        const std::int64_t first = outbox.firstAfter(lastAppliedSeq).value_or(last + 1);
        if (first != lastAppliedSeq + 1)
            throw StoreError("the central has applied this node's operations up to " + std::to_string(lastAppliedSeq)
                             + " only (restored from an older backup?), and this node no longer keeps operations "
                             + std::to_string(lastAppliedSeq + 1) + " to " + std::to_string(first - 1)
                             + " (local.keep_acked_days): they cannot be sent again. At the central, `ilsctl node skip "
                             + m_store.settings().nodeId() + " --to " + std::to_string(first - 1)
                             + "` accepts their loss");
    }
    Settings& settings = m_store.settings();
    const std::string known = settings.get("local.central_epoch", "");
    if (!centralEpoch.empty() && known != centralEpoch) {
        if (!known.empty()) {
            // This node may hold rows of the replaced central that the restored one lacks or
            // has older: the feed cannot say so (it never lists a row the central does not
            // have), the central's snapshot can.
            settings.set("local.resync_needed", std::int64_t(1));
            result.centralRestored = true;
        }
        settings.set("local.central_epoch", centralEpoch);
    }
    tx.commit();
    return result;
}

std::int64_t ReplicaService::cursor() const
{
    return m_store.settings().getInt("local.feed_cursor", 0);
}

std::string ReplicaService::databasePath() const
{
    return m_store.db().path();
}

bool ReplicaService::resyncNeeded() const
{
    return m_store.settings().getInt("local.resync_needed", 0) != 0;
}

ReplicaService::PageResult ReplicaService::replaceFromSnapshot(const std::string& snapshotPath, std::int64_t cursor)
{
    Database& db = m_store.db();
    // ATTACH is refused inside a transaction: attached first, detached after the commit.
    Query(db, "ATTACH DATABASE ? AS snapshot").bind(1, snapshotPath).run();
    struct Detach
    {
        Database& db;
        ~Detach()
        {
            try {
                db.exec("DETACH DATABASE snapshot");
            } catch (const StoreError&) {
                // Still attached only if a statement is open; the connection closes it in time.
            }
        }
    } detach {db};
    Transaction tx(db);
    if (m_store.outbox().pendingCount() > 0)
        return PageResult::PendingLocalChanges;
    db.exec("PRAGMA defer_foreign_keys = ON");
    for (const std::string& table : replicatedTableNames()) {
        std::string columns;
        {
            Query q(db, "SELECT name FROM pragma_table_info(?, 'main')");
            q.bind(1, table);
            while (q.step())
                columns += (columns.empty() ? "" : ", ") + q.getText(0);
        }
        // The node's own settings (local.…) are not the central's to replace.
        const std::string shared = table == "settings" ? " WHERE key NOT LIKE 'local.%'" : "";
        db.exec("DELETE FROM main." + table + shared);
        db.exec("INSERT INTO main." + table + "(" + columns + ") SELECT " + columns + " FROM snapshot." + table
                + shared);
    }
    m_store.settings().set("local.feed_cursor", cursor);
    db.exec("DELETE FROM settings WHERE key = 'local.resync_needed'");
    tx.commit();
    return PageResult::Applied;
}

ReplicaService::PageResult ReplicaService::applyPage(const ChangePage& page)
{
    Database& db = m_store.db();
    Transaction tx(db);
    // Checked inside the write transaction: no desk operation can slip in between.
    if (m_store.outbox().pendingCount() > 0)
        return PageResult::PendingLocalChanges;
    db.exec("PRAGMA defer_foreign_keys = ON");
    std::map<std::string, TableSql> sql;
    const auto applyOne = [&](const Change& change) {
        if (!isReplicated(change.table))
            throw StoreError("change " + std::to_string(change.cn) + " names table '" + change.table
                             + "', which does not replicate");
        auto found = sql.find(change.table);
        if (found == sql.end())
            found = sql.emplace(change.table, sqlFor(db, change.table)).first;
        Query q(db, change.row ? found->second.upsert : found->second.remove);
        q.bind(1, change.row ? *change.row : change.key).run();
    };
    for (const Change& change : page.changes)
        applyOne(change);
    if (!page.changes.empty())
        m_store.settings().set("local.feed_cursor", page.changes.back().cn);
    tx.commit();
    return PageResult::Applied;
}

void ReplicaService::installSnapshot(const std::string& snapshotPath,
                                     const EnrolmentGrant& grant,
                                     const CentralAddress& central,
                                     std::int64_t cursor)
{
    Database db(snapshotPath);
    Transaction tx(db);
    const auto set = [&](const char* key, const std::string& value) {
        Query q(db, "INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
        q.bind(1, key).bind(2, value).run();
    };
    set("local.role", "node");
    set("local.node_id", grant.node.nodeId);
    set("local.node_number", std::to_string(grant.node.number));
    set("local.library", grant.node.library);
    set("local.secret", grant.secret);
    set("local.central_host", central.host);
    set("local.central_port", std::to_string(central.port));
    set("local.central_fingerprint", central.fingerprint);
    set("local.feed_cursor", std::to_string(cursor));
    tx.commit();
}

} // namespace ils
