#pragma once

#include "Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils {

class Database;

struct OutboxEntry
{
    std::int64_t seq = 0;
    std::string nodeId;
    std::string uuid;
    std::string type; // "checkout", "checkin", "renew", "hold.place", "fee.pay", "reader.add", …
    std::string payload; // flat JSON
    Timestamp createdAt = 0;
    std::string operatorName;
    std::string state; // "pending" or "acked"
};

// The node's queue of transactions for the central (DESIGN §3). append() must run inside
// the same transaction as the change it describes: both commit, or neither does.
class Outbox
{
public:
    explicit Outbox(Database& db)
        : m_db(db)
    {
    }

    OutboxEntry append(std::string_view nodeId,
                       std::string_view type,
                       std::string_view payload,
                       std::string_view operatorName,
                       Timestamp now);
    std::vector<OutboxEntry> list(std::int64_t afterSeq = 0, int limit = 1000, bool pendingOnly = false) const;
    std::int64_t pendingCount() const;
    // Returns how many entries gave up a resident ID number (the caller may then truncate the WAL).
    int markAcked(std::int64_t upToSeq, Timestamp now);
    // Puts acknowledged entries after `seq` back in the queue (a central restored from a backup
    // lacks them); returns how many.
    std::int64_t requeueAfter(std::int64_t seq);
    // The highest sequence number ever given, pruned entries included.
    std::int64_t lastSeq() const;
    // The lowest sequence number the outbox still holds after `seq`, if any.
    std::optional<std::int64_t> firstAfter(std::int64_t seq) const;
    // Deletes entries acknowledged before `cutoff`; returns how many.
    std::int64_t pruneAcked(Timestamp cutoff);

private:
    Database& m_db;
};

std::string newUuid(); // RFC 4122 version 4

} // namespace ils
