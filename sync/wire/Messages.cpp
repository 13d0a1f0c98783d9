#include "Messages.h"

#include "FrameCodec.h"
#include "proto/replication.pb.h"

#include <google/protobuf/stubs/logging.h>

#include <limits>
#include <mutex>
#include <type_traits>

namespace ils::protocol {

namespace {

namespace pb = ils::wire; // the generated classes (package ils.wire)

// protobuf logs every string field with invalid UTF-8 to stderr; a hostile peer must not be
// able to fill the central's log that way. decode() reports the refusal itself.
void silenceProtobufLog()
{
    static std::once_flag once;
    std::call_once(once, [] { google::protobuf::SetLogHandler(nullptr); });
}

// --- to protobuf ---------------------------------------------------------------------------

void put(pb::Entry& out, const PushedEntry& in)
{
    out.set_seq(in.seq);
    out.set_uuid(in.uuid);
    out.set_type(in.type);
    out.set_payload(in.payload);
    out.set_created_at(in.createdAt);
    out.set_operator_(in.operatorName);
}

pb::Outcome::Status toProto(ApplyStatus status)
{
    switch (status) {
    case ApplyStatus::Applied:
        return pb::Outcome::APPLIED;
    case ApplyStatus::AppliedWithException:
        return pb::Outcome::APPLIED_WITH_EXCEPTION;
    case ApplyStatus::Rejected:
        return pb::Outcome::REJECTED;
    }
    return pb::Outcome::STATUS_UNSPECIFIED;
}

void put(pb::NodeInfo& out, const NodeInfo& in)
{
    out.set_node_id(in.nodeId);
    out.set_number(static_cast<std::uint32_t>(in.number));
    out.set_library(in.library);
    out.set_name(in.name);
    out.set_status(in.status);
    out.set_last_seq(in.lastSeq);
}

void put(pb::Envelope& e, const Hello& m)
{
    auto& h = *e.mutable_hello();
    h.set_protocol_version(m.protocolVersion);
    h.set_node_id(m.nodeId);
    h.set_secret(m.secret);
    h.set_software(m.software);
    h.set_backlog(m.backlog);
}

void put(pb::Envelope& e, const Welcome& m)
{
    auto& w = *e.mutable_welcome();
    w.set_protocol_version(m.protocolVersion);
    w.set_node_id(m.nodeId);
    w.set_library(m.library);
    w.set_last_applied_seq(m.lastAppliedSeq);
    w.set_head_cn(m.headCn);
    w.set_server_time(m.serverTime);
    w.set_central_epoch(m.centralEpoch);
}

void put(pb::Envelope& e, const Error& m)
{
    auto& err = *e.mutable_error();
    err.set_code(static_cast<pb::Error::Code>(m.code));
    err.set_message(m.message);
}

void put(pb::Envelope& e, const PushBatch& m)
{
    auto& b = *e.mutable_push_batch();
    b.mutable_entries()->Reserve(static_cast<int>(m.entries.size()));
    for (const auto& entry : m.entries) {
        put(*b.add_entries(), entry);
    }
}

void put(pb::Envelope& e, const PushAck& m)
{
    auto& a = *e.mutable_push_ack();
    for (const auto& outcome : m.outcomes) {
        auto& o = *a.add_outcomes();
        o.set_seq(outcome.seq);
        o.set_status(toProto(outcome.status));
        o.set_reason_code(outcome.reasonCode);
        o.set_detail(outcome.detail);
    }
}

void put(pb::Envelope& e, const PullRequest& m)
{
    auto& r = *e.mutable_pull_request();
    r.set_after_cn(m.afterCn);
    r.set_limit(m.limit);
}

void put(pb::Envelope& e, const PullPage& m)
{
    auto& p = *e.mutable_pull_page();
    p.mutable_changes()->Reserve(static_cast<int>(m.page.changes.size()));
    for (const auto& change : m.page.changes) {
        auto& c = *p.add_changes();
        c.set_cn(change.cn);
        c.set_table(change.table);
        c.set_key(change.key);
        c.set_deleted(!change.row.has_value());
        if (change.row) {
            c.set_row(*change.row);
        }
    }
    p.set_head_cn(m.page.headCn);
    p.set_more(m.page.more);
}

void put(pb::Envelope& e, const EnrolRequest& m)
{
    auto& r = *e.mutable_enrol_request();
    r.set_protocol_version(m.protocolVersion);
    r.set_token(m.token);
    r.set_node_name(m.nodeName);
    r.set_software(m.software);
}

void put(pb::Envelope& e, const EnrolGrant& m)
{
    auto& g = *e.mutable_enrol_grant();
    put(*g.mutable_node(), m.node);
    g.set_secret(m.secret);
}

void put(pb::Envelope& e, const SnapshotRequest&)
{
    e.mutable_snapshot_request();
}

void put(pb::Envelope& e, const SnapshotInfo& m)
{
    auto& s = *e.mutable_snapshot_info();
    s.set_cursor(m.cursor);
    s.set_snapshot_bytes(m.snapshotBytes);
    s.set_compressed_bytes(m.compressedBytes);
}

void put(pb::Envelope& e, const SnapshotChunk& m)
{
    auto& c = *e.mutable_snapshot_chunk();
    c.set_offset(m.offset);
    c.set_data(m.data);
    c.set_last(m.last);
}

void put(pb::Envelope& e, const Ping& m)
{
    e.mutable_ping()->set_sent_at(m.sentAt);
}

void put(pb::Envelope& e, const Pong& m)
{
    e.mutable_pong()->set_sent_at(m.sentAt);
}

void put(pb::Envelope& e, const Status& m)
{
    e.mutable_status()->set_backlog(m.backlog);
}

// --- from protobuf -------------------------------------------------------------------------

// Why a decoded message is refused; thrown inside this file only.
struct Refused
{
    std::string message;
};

PushedEntry take(pb::Entry& in)
{
    if (in.seq() <= 0) {
        throw Refused {"malformed PushBatch: sequence number " + std::to_string(in.seq()) + " is not positive"};
    }
    return PushedEntry {in.seq(),
                        std::move(*in.mutable_uuid()),
                        std::move(*in.mutable_type()),
                        std::move(*in.mutable_payload()),
                        in.created_at(),
                        std::move(*in.mutable_operator_())};
}

ApplyStatus fromProto(pb::Outcome::Status status, std::int64_t seq)
{
    switch (status) {
    case pb::Outcome::APPLIED:
        return ApplyStatus::Applied;
    case pb::Outcome::APPLIED_WITH_EXCEPTION:
        return ApplyStatus::AppliedWithException;
    case pb::Outcome::REJECTED:
        return ApplyStatus::Rejected;
    default:
        throw Refused {"malformed PushAck: the outcome of sequence number " + std::to_string(seq)
                       + " has no known status"};
    }
}

ErrorCode fromProto(pb::Error::Code code)
{
    if (code >= static_cast<int>(ErrorCode::Malformed) && code <= static_cast<int>(ErrorCode::ShuttingDown)) {
        return static_cast<ErrorCode>(code);
    }
    return ErrorCode::Internal; // a newer peer's code: the message still says what happened
}

NodeInfo take(pb::NodeInfo& in)
{
    NodeInfo node;
    node.nodeId = std::move(*in.mutable_node_id());
    node.number = static_cast<int>(std::min<std::uint32_t>(in.number(), 1u << 30));
    node.library = std::move(*in.mutable_library());
    node.name = std::move(*in.mutable_name());
    node.status = std::move(*in.mutable_status());
    node.lastSeq = in.last_seq();
    return node;
}

Message take(pb::Envelope& e)
{
    switch (e.body_case()) {
    case pb::Envelope::kHello: {
        auto& h = *e.mutable_hello();
        return Hello {h.protocol_version(),
                      std::move(*h.mutable_node_id()),
                      std::move(*h.mutable_secret()),
                      std::move(*h.mutable_software()),
                      h.backlog()};
    }
    case pb::Envelope::kWelcome: {
        auto& w = *e.mutable_welcome();
        return Welcome {w.protocol_version(),
                        std::move(*w.mutable_node_id()),
                        std::move(*w.mutable_library()),
                        w.last_applied_seq(),
                        w.head_cn(),
                        w.server_time(),
                        std::move(*w.mutable_central_epoch())};
    }
    case pb::Envelope::kError:
        return Error {fromProto(e.error().code()), std::move(*e.mutable_error()->mutable_message())};
    case pb::Envelope::kPushBatch: {
        PushBatch batch;
        batch.entries.reserve(static_cast<std::size_t>(e.push_batch().entries_size()));
        for (auto& entry : *e.mutable_push_batch()->mutable_entries()) {
            batch.entries.push_back(take(entry));
        }
        return batch;
    }
    case pb::Envelope::kPushAck: {
        PushAck ack;
        for (auto& o : *e.mutable_push_ack()->mutable_outcomes()) {
            ack.outcomes.push_back(ApplyOutcome {o.seq(),
                                                 fromProto(o.status(), o.seq()),
                                                 std::move(*o.mutable_reason_code()),
                                                 std::move(*o.mutable_detail())});
        }
        return ack;
    }
    case pb::Envelope::kPullRequest:
        return PullRequest {e.pull_request().after_cn(), e.pull_request().limit()};
    case pb::Envelope::kPullPage: {
        auto& p = *e.mutable_pull_page();
        PullPage page;
        page.page.headCn = p.head_cn();
        page.page.more = p.more();
        page.page.changes.reserve(static_cast<std::size_t>(p.changes_size()));
        for (auto& c : *p.mutable_changes()) {
            if (c.cn() <= 0) {
                throw Refused {"malformed PullPage: change number " + std::to_string(c.cn()) + " is not positive"};
            }
            if (c.deleted() != c.row().empty()) {
                throw Refused {"malformed PullPage: change " + std::to_string(c.cn())
                               + (c.deleted() ? " deletes a row but carries its image" : " has no row image")};
            }
            Change change {c.cn(), std::move(*c.mutable_table()), std::move(*c.mutable_key()), std::nullopt};
            if (!c.deleted()) {
                change.row = std::move(*c.mutable_row());
            }
            page.page.changes.push_back(std::move(change));
        }
        return page;
    }
    case pb::Envelope::kEnrolRequest: {
        auto& r = *e.mutable_enrol_request();
        return EnrolRequest {r.protocol_version(),
                             std::move(*r.mutable_token()),
                             std::move(*r.mutable_node_name()),
                             std::move(*r.mutable_software())};
    }
    case pb::Envelope::kEnrolGrant: {
        auto& g = *e.mutable_enrol_grant();
        return EnrolGrant {take(*g.mutable_node()), std::move(*g.mutable_secret())};
    }
    case pb::Envelope::kSnapshotRequest:
        return SnapshotRequest {};
    case pb::Envelope::kSnapshotInfo: {
        const auto& s = e.snapshot_info();
        return SnapshotInfo {s.cursor(), s.snapshot_bytes(), s.compressed_bytes()};
    }
    case pb::Envelope::kSnapshotChunk: {
        auto& c = *e.mutable_snapshot_chunk();
        return SnapshotChunk {c.offset(), std::move(*c.mutable_data()), c.last()};
    }
    case pb::Envelope::kPing:
        return Ping {e.ping().sent_at()};
    case pb::Envelope::kPong:
        return Pong {e.pong().sent_at()};
    case pb::Envelope::kStatus:
        return Status {e.status().backlog()};
    case pb::Envelope::BODY_NOT_SET:
        break;
    }
    throw Refused {"malformed message: the envelope carries no message this side knows"};
}

} // namespace

std::string encode(const Message& message)
{
    pb::Envelope envelope;
    std::visit([&](const auto& m) { put(envelope, m); }, message);
    return envelope.SerializeAsString();
}

std::string encodeFramed(const Message& message)
{
    return encodeFrame(encode(message));
}

Decoded decode(std::string_view body)
{
    silenceProtobufLog();
    pb::Envelope envelope;
    if (body.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())
        || !envelope.ParseFromArray(body.data(), static_cast<int>(body.size()))) {
        return {std::nullopt, "malformed message: " + std::to_string(body.size()) + " bytes that are not an Envelope"};
    }
    try {
        return {take(envelope), {}};
    } catch (const Refused& refused) {
        return {std::nullopt, refused.message};
    }
}

} // namespace ils::protocol
