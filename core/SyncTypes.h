#pragma once

#include "Result.h"
#include "Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ils {

// What crosses the boundary between core and the replication layer (sync/), in plain
// types: the wire format is sync's business, the meaning is core's. See docs/SYNC.md.

// One outbox entry as pushed by a node.
struct PushedEntry
{
    std::int64_t seq = 0;
    std::string uuid;
    std::string type;
    std::string payload; // flat JSON
    Timestamp createdAt = 0;
    std::string operatorName;
};

enum class ApplyStatus
{
    Applied,
    AppliedWithException, // recorded, and an entry is in the exceptions report
    Rejected, // not applied; an entry is in the exceptions report
};

std::string_view toString(ApplyStatus status);

struct ApplyOutcome
{
    std::int64_t seq = 0;
    ApplyStatus status = ApplyStatus::Applied;
    std::string reasonCode; // empty when simply applied
    std::string detail;
};

// One row image of the central's change feed.
struct Change
{
    std::int64_t cn = 0; // change number, strictly increasing
    std::string table;
    std::string key; // the row's key as JSON (an object of the key columns)
    std::optional<std::string> row; // the whole row as a JSON object; nullopt: the row was deleted
};

struct ChangePage
{
    std::vector<Change> changes;
    std::int64_t headCn = 0; // the newest change number at the central when the page was read
    bool more = false;
};

struct NodeInfo
{
    std::string nodeId; // "node-0001"
    int number = 0; // 1…8191; the central is 0
    std::string library;
    std::string name;
    std::string status; // "pending" (token issued), "active", "revoked"
    std::int64_t lastSeq = 0; // highest sequence number applied
    std::optional<Timestamp> lastContact;
    std::int64_t backlog = 0; // what the node reported as waiting at its last contact
};

struct EnrolmentToken
{
    NodeInfo node;
    std::string token; // shown once; only its hash is stored
    Timestamp expiresAt = 0;
};

struct EnrolmentGrant
{
    NodeInfo node;
    std::string secret; // the node's lasting credential; only its hash is stored centrally
};

struct ExceptionEntry
{
    std::int64_t id = 0;
    Timestamp at = 0; // when the central recorded it
    std::string nodeId;
    std::int64_t seq = 0;
    std::string type; // the operation
    std::string code; // e.g. "reader_blocked", "item_lent_twice"
    std::string detail;
    std::string library; // the acting library
    std::optional<RefusalFacts> facts; // the specifics as data; none in rows recorded before schema version 5
};

// Where and how a node reaches its central, kept in the node's settings.
struct CentralAddress
{
    std::string host;
    std::uint16_t port = 0;
    std::string fingerprint; // SHA-256 of the central's certificate, hex
};

struct NodeCredentials
{
    std::string nodeId;
    std::string secret;
    CentralAddress central;
    std::string library;
    int number = 0;
};

} // namespace ils
