#pragma once

#include "SyncOptions.h"
#include "SyncSummary.h"
#include "net/AsioPrelude.h"
#include "net/Connection.h"
#include "wire/Message.h"

#include "ReplicaService.h"

#include <functional>
#include <memory>
#include <string>

namespace ils::client {

using net::awaitable;

// Resolves, connects, does the TLS handshake and checks the central's certificate against the
// pinned fingerprint, all within options.connectDeadlineSeconds (the handshake within the read
// deadline). Throws net::SessionError.
awaitable<std::shared_ptr<net::Connection>>
connectToCentral(const CentralAddress& central, const SyncOptions& options, net::ssl::context& tls);

// The next message, which must be a T; an Error from the central ends the session with its
// message; anything else is a protocol error.
template<typename T>
awaitable<T> expect(net::Connection& connection)
{
    protocol::Message message = co_await connection.read();
    if (auto* wanted = std::get_if<T>(&message)) {
        co_return std::move(*wanted);
    }
    if (auto* error = std::get_if<protocol::Error>(&message)) {
        throw net::SessionError(error->code, "the central closed the session: " + error->message, false);
    }
    throw net::SessionError(protocol::ErrorCode::UnexpectedMessage,
                            "expected " + std::string(protocol::messageName(protocol::Message(T {})))
                                + " from the central, got " + std::string(protocol::messageName(message)));
}

struct ReceivedSnapshot
{
    std::int64_t cursor = 0;
    std::uint64_t snapshotBytes = 0;
    std::uint64_t compressedBytes = 0;
};
// Reads SnapshotInfo and the chunks that follow into `path` (decompressed, flushed to disk);
// `progress` is told the compressed bytes received of the total.
awaitable<ReceivedSnapshot> receiveSnapshot(net::Connection& connection,
                                            const std::string& path,
                                            const std::function<void(std::uint64_t, std::uint64_t)>& progress = {});

// The node's side of a session after connecting: hello, push the outbox, pull the change
// feed, heartbeats. Counts what it did in `summary`; `progress` is told after every
// acknowledgement and page (for the backlog the desk shows).
class NodeExchange
{
public:
    NodeExchange(net::Connection& connection,
                 ReplicaService& replica,
                 const SyncOptions& options,
                 SyncSummary& summary,
                 std::function<void()> progress = {});

    // Hello → Welcome; acknowledges locally what the central already applied, which is how a
    // drop after the central's commit but before its PushAck is resumed without resending; queues
    // again what a central restored from a backup lacks (ReplicaService::resume).
    awaitable<protocol::Welcome> hello(const NodeCredentials& credentials);
    // Push everything pending, then pull everything new; a page refused because the outbox
    // filled again meanwhile is fetched again after another push.
    awaitable<void> cycle();
    awaitable<void> pushAll();
    awaitable<void> ping();
    awaitable<void> reportBacklog();

private:
    awaitable<bool> pullAll(); // false: a page waits for local changes to be pushed first
    // After the central was restored: the replica rebuilt from its snapshot. False while the
    // outbox still holds entries (they are pushed first).
    awaitable<bool> resync();

    net::Connection& m_connection;
    ReplicaService& m_replica;
    const SyncOptions& m_options;
    SyncSummary& m_summary;
    std::function<void()> m_progress;
};

} // namespace ils::client
