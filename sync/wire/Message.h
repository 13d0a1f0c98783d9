#pragma once

#include "SyncTypes.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// The messages of the replication protocol as plain C++ values. The Protocol Buffers
// classes generated from proto/replication.proto stay inside Messages.cpp, so nothing that
// includes this header needs protobuf. Where core already has the type (PushedEntry,
// ApplyOutcome, ChangePage, NodeInfo), the message carries it directly.
namespace ils::protocol {

// Bumped when a change is not backward compatible (see the comment in replication.proto).
// 2: instants (created_at, server_time, the payloads' and row images' times) are milliseconds.
constexpr std::uint32_t kProtocolVersion = 2;

struct Hello
{
    std::uint32_t protocolVersion = kProtocolVersion;
    std::string nodeId;
    std::string secret;
    std::string software;
    std::int64_t backlog = 0;
};

struct Welcome
{
    std::uint32_t protocolVersion = kProtocolVersion;
    std::string nodeId;
    std::string library;
    std::int64_t lastAppliedSeq = 0;
    std::int64_t headCn = 0;
    Timestamp serverTime = 0;
    std::string centralEpoch; // changes with a restore from a backup
};

enum class ErrorCode
{
    Malformed = 1,
    FrameTooLarge = 2,
    UnsupportedVersion = 3,
    BadCredentials = 4,
    ProtocolViolation = 5,
    UnexpectedMessage = 6,
    Timeout = 7,
    EnrolmentRefused = 8,
    Internal = 9,
    ShuttingDown = 10,
};

std::string_view toString(ErrorCode code); // "unsupported_version"

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string message;
};

struct PushBatch
{
    std::vector<PushedEntry> entries;
};

struct PushAck
{
    std::vector<ApplyOutcome> outcomes;
};

struct PullRequest
{
    std::int64_t afterCn = 0;
    std::uint32_t limit = 0;
};

struct PullPage
{
    ChangePage page;
};

struct EnrolRequest
{
    std::uint32_t protocolVersion = kProtocolVersion;
    std::string token;
    std::string nodeName;
    std::string software;
};

struct EnrolGrant
{
    NodeInfo node; // nodeId, number, library, name, status, lastSeq travel
    std::string secret;
};

struct SnapshotRequest
{
};

struct SnapshotInfo
{
    std::int64_t cursor = 0;
    std::uint64_t snapshotBytes = 0;
    std::uint64_t compressedBytes = 0;
};

struct SnapshotChunk
{
    std::uint64_t offset = 0;
    std::string data;
    bool last = false;
};

struct Ping
{
    std::int64_t sentAt = 0;
};

struct Pong
{
    std::int64_t sentAt = 0;
};

struct Status
{
    std::int64_t backlog = 0;
};

using Message = std::variant<Hello,
                             Welcome,
                             Error,
                             PushBatch,
                             PushAck,
                             PullRequest,
                             PullPage,
                             EnrolRequest,
                             EnrolGrant,
                             SnapshotRequest,
                             SnapshotInfo,
                             SnapshotChunk,
                             Ping,
                             Pong,
                             Status>;

// What a central answers to a Hello or EnrolRequest of another protocol version.
Error unsupportedVersion(std::uint32_t version);

// "Hello", "PushBatch", …: for logs and for "expected X, got Y" errors.
std::string_view messageName(const Message& message);

} // namespace ils::protocol
