#include "Outbox.h"

#include "Database.h"

#include <cstdio>
#include <random>

namespace ils {

std::string newUuid()
{
    thread_local std::mt19937_64 generator {std::random_device {}()};
    std::uint64_t hi = generator();
    std::uint64_t lo = generator();
    hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL; // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 4122 variant
    char buffer[40];
    std::snprintf(buffer,
                  sizeof buffer,
                  "%08x-%04x-%04x-%04x-%012llx",
                  static_cast<unsigned>(hi >> 32),
                  static_cast<unsigned>((hi >> 16) & 0xFFFF),
                  static_cast<unsigned>(hi & 0xFFFF),
                  static_cast<unsigned>(lo >> 48),
                  static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
    return buffer;
}

OutboxEntry Outbox::append(std::string_view nodeId,
                           std::string_view type,
                           std::string_view payload,
                           std::string_view operatorName,
                           Timestamp now)
{
    OutboxEntry entry;
    entry.nodeId = std::string(nodeId);
    entry.uuid = newUuid();
    entry.type = std::string(type);
    entry.payload = std::string(payload);
    entry.createdAt = now;
    entry.operatorName = std::string(operatorName);
    entry.state = "pending";
    Query q(m_db, "INSERT INTO outbox(node_id, uuid, type, payload, created_at, operator) VALUES(?, ?, ?, ?, ?, ?)");
    q.bind(1, nodeId).bind(2, entry.uuid).bind(3, type).bind(4, payload).bind(5, now).bind(6, operatorName).run();
    entry.seq = m_db.lastInsertId();
    return entry;
}

std::vector<OutboxEntry> Outbox::list(std::int64_t afterSeq, int limit, bool pendingOnly) const
{
    std::vector<OutboxEntry> out;
    Query q(m_db,
            pendingOnly ? "SELECT seq, node_id, uuid, type, payload, created_at, operator, state FROM outbox "
                          "WHERE seq > ? AND state = 'pending' ORDER BY seq LIMIT ?"
                        : "SELECT seq, node_id, uuid, type, payload, created_at, operator, state FROM outbox "
                          "WHERE seq > ? ORDER BY seq LIMIT ?");
    q.bind(1, afterSeq).bind(2, limit);
    while (q.step()) {
        OutboxEntry e;
        e.seq = q.getInt(0);
        e.nodeId = q.getText(1);
        e.uuid = q.getText(2);
        e.type = q.getText(3);
        e.payload = q.getText(4);
        e.createdAt = q.getInt(5);
        e.operatorName = q.getText(6);
        e.state = q.getText(7);
        out.push_back(std::move(e));
    }
    return out;
}

std::int64_t Outbox::pendingCount() const
{
    Query q(m_db, "SELECT count(*) FROM outbox WHERE state = 'pending'");
    return q.step() ? q.getInt(0) : 0;
}

int Outbox::markAcked(std::int64_t upToSeq, Timestamp now)
{
    // A resident ID number travels to the central in its reader.add entry and nowhere else: once
    // the central has it, the node forgets it (core/ReaderPrivacy.h), bytes included.
    int scrubbed = 0;
    {
        Query find(m_db,
                   "SELECT 1 FROM outbox WHERE seq <= ? AND state = 'pending' AND type = 'reader.add' "
                   "AND json_extract(payload, '$.id_number') IS NOT NULL LIMIT 1");
        find.bind(1, upToSeq);
        if (find.step()) {
            m_db.exec("PRAGMA secure_delete = ON");
            Query scrub(
                m_db,
                "UPDATE outbox SET payload = json_remove(payload, '$.id_number') WHERE seq <= ? "
                "AND state = 'pending' AND type = 'reader.add' AND json_extract(payload, '$.id_number') IS NOT NULL");
            scrub.bind(1, upToSeq).run();
            scrubbed = m_db.changes();
        }
    }
    Query q(m_db, "UPDATE outbox SET state = 'acked', acked_at = ? WHERE seq <= ? AND state = 'pending'");
    q.bind(1, now).bind(2, upToSeq).run();
    return scrubbed;
}

std::int64_t Outbox::requeueAfter(std::int64_t seq)
{
    Query q(m_db, "UPDATE outbox SET state = 'pending', acked_at = NULL WHERE seq > ? AND state = 'acked'");
    q.bind(1, seq).run();
    return m_db.changes();
}

std::int64_t Outbox::lastSeq() const
{
    Query q(m_db, "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'outbox'");
    return q.step() ? q.getInt(0) : 0;
}

std::optional<std::int64_t> Outbox::firstAfter(std::int64_t seq) const
{
    Query q(m_db, "SELECT min(seq) FROM outbox WHERE seq > ?");
    q.bind(1, seq);
    if (q.step() && !q.isNull(0))
        return q.getInt(0);
    return std::nullopt;
}

std::int64_t Outbox::pruneAcked(Timestamp cutoff)
{
    Query q(m_db, "DELETE FROM outbox WHERE state = 'acked' AND coalesce(acked_at, created_at) < ?");
    q.bind(1, cutoff).run();
    return m_db.changes();
}

} // namespace ils
