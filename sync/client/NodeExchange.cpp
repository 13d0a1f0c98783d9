#include "NodeExchange.h"

#include "net/Tls.h"
#include "net/Zstd.h"
#include "wire/FrameCodec.h"
#include "wire/Messages.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace ils::client {

using namespace ils::protocol;
namespace asio = boost::asio;
using net::Millis;
using net::SessionError;
using net::tcp;
using net::use_awaitable;

namespace {

// A batch stays well under the frame limit even with large payloads (catalogue edits).
constexpr std::size_t kBatchByteBudget = 4 * 1024 * 1024;
// A desk that keeps writing while we pull: give up this cycle after so many rounds.
constexpr int kMaxPushPullRounds = 10;

Millis millis(double seconds)
{
    return Millis(static_cast<std::int64_t>(seconds * 1000));
}

std::vector<std::vector<PushedEntry>> intoBatches(std::vector<PushedEntry> entries, std::size_t batchSize)
{
    std::vector<std::vector<PushedEntry>> batches;
    std::size_t bytes = 0;
    for (auto& entry : entries) {
        const std::size_t size = entry.payload.size() + entry.uuid.size() + entry.type.size() + 64;
        if (batches.empty() || batches.back().size() >= batchSize || bytes + size > kBatchByteBudget) {
            batches.emplace_back();
            bytes = 0;
        }
        bytes += size;
        batches.back().push_back(std::move(entry));
    }
    return batches;
}

std::int64_t nowMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

awaitable<std::shared_ptr<net::Connection>>
connectToCentral(const CentralAddress& central, const SyncOptions& options, net::ssl::context& tls)
{
    auto executor = co_await asio::this_coro::executor;
    const std::string where = central.host + ":" + std::to_string(central.port);
    tcp::resolver resolver(executor);
    tcp::socket socket(executor);
    asio::steady_timer deadline(executor, millis(options.connectDeadlineSeconds));
    bool timedOut = false;
    // The handler may run after this coroutine moved on (a timer that fired just as the
    // connection was made): `finished` tells it not to touch the frame then.
    auto finished = std::make_shared<bool>(false);
    deadline.async_wait([&, finished](const boost::system::error_code& ec) {
        if (ec || *finished) {
            return;
        }
        timedOut = true;
        resolver.cancel();
        boost::system::error_code ignored;
        socket.close(ignored);
    });
    boost::system::error_code ec;
    const auto endpoints = co_await resolver.async_resolve(
        central.host, std::to_string(central.port), asio::redirect_error(use_awaitable, ec));
    if (!ec) {
        co_await asio::async_connect(socket, endpoints, asio::redirect_error(use_awaitable, ec));
    }
    *finished = true;
    deadline.cancel();
    if (ec) {
        throw SessionError(ErrorCode::Timeout,
                           timedOut ? "cannot connect to the central at " + where + ": no answer within "
                                   + std::to_string(static_cast<int>(options.connectDeadlineSeconds)) + " s"
                                    : "cannot connect to the central at " + where + ": " + ec.message(),
                           false);
    }
    socket.set_option(tcp::no_delay(true), ec);
    auto connection =
        std::make_shared<net::Connection>(net::TlsStream(std::move(socket), tls), millis(options.readDeadlineSeconds));
    co_await connection->handshake(net::ssl::stream_base::client);
    net::verifyPinned(connection->stream(), central.fingerprint);
    co_return connection;
}

NodeExchange::NodeExchange(net::Connection& connection,
                           ReplicaService& replica,
                           const SyncOptions& options,
                           SyncSummary& summary,
                           std::function<void()> progress)
    : m_connection(connection)
    , m_replica(replica)
    , m_options(options)
    , m_summary(summary)
    , m_progress(std::move(progress))
{
}

awaitable<Welcome> NodeExchange::hello(const NodeCredentials& credentials)
{
    const Message hello =
        Hello {kProtocolVersion, credentials.nodeId, credentials.secret, m_options.software, m_replica.backlog()};
    co_await m_connection.write(hello);
    Welcome welcome = co_await expect<Welcome>(m_connection);
    if (welcome.protocolVersion != kProtocolVersion) {
        throw SessionError(ErrorCode::UnsupportedVersion,
                           "the central speaks protocol version " + std::to_string(welcome.protocolVersion)
                               + "; this node speaks " + std::to_string(kProtocolVersion));
    }
    const auto resumed = m_replica.resume(welcome.lastAppliedSeq, welcome.centralEpoch);
    m_summary.requeued += resumed.requeued;
    m_summary.centralRestored = m_summary.centralRestored || resumed.centralRestored;
    co_return welcome;
}

awaitable<ReceivedSnapshot> receiveSnapshot(net::Connection& connection,
                                            const std::string& path,
                                            const std::function<void(std::uint64_t, std::uint64_t)>& progress)
{
    const SnapshotInfo info = co_await expect<SnapshotInfo>(connection);
    // The county's data arrives here: the file is the node's owner's alone, like the database.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(fd < 0 ? nullptr : ::fdopen(fd, "wb"), &std::fclose);
    if (fd >= 0 && !file) {
        ::close(fd);
    }
    if (!file) {
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    }
    net::Decompressor decompressor(file.get());
    std::uint64_t offset = 0;
    if (progress) {
        progress(0, info.compressedBytes);
    }
    for (;;) {
        const SnapshotChunk chunk = co_await expect<SnapshotChunk>(connection);
        if (chunk.offset != offset || offset + chunk.data.size() > info.compressedBytes) {
            throw SessionError(ErrorCode::ProtocolViolation,
                               "snapshot chunk of " + std::to_string(chunk.data.size()) + " bytes at offset "
                                   + std::to_string(chunk.offset) + " does not continue at " + std::to_string(offset)
                                   + " of " + std::to_string(info.compressedBytes));
        }
        decompressor.feed(chunk.data);
        offset += chunk.data.size();
        if (progress) {
            progress(offset, info.compressedBytes);
        }
        if (chunk.last) {
            break;
        }
    }
    decompressor.finish();
    if (offset != info.compressedBytes || decompressor.written() != info.snapshotBytes) {
        throw SessionError(ErrorCode::ProtocolViolation,
                           "the snapshot arrived as " + std::to_string(decompressor.written()) + " bytes ("
                               + std::to_string(offset) + " compressed); the central announced "
                               + std::to_string(info.snapshotBytes) + " (" + std::to_string(info.compressedBytes)
                               + ")");
    }
    if (std::fflush(file.get()) != 0 || ::fsync(::fileno(file.get())) != 0) {
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    }
    co_return ReceivedSnapshot {info.cursor, info.snapshotBytes, info.compressedBytes};
}

awaitable<void> NodeExchange::cycle()
{
    for (int round = 0; round < kMaxPushPullRounds; ++round) {
        co_await pushAll();
        if (m_replica.resyncNeeded() && !co_await resync()) {
            continue;
        }
        if (co_await pullAll()) {
            co_return;
        }
    }
}

awaitable<void> NodeExchange::pushAll()
{
    const int batchSize = std::max(1, m_options.batchSize);
    const int window = batchSize * std::max(1, m_options.batchesInFlight);
    for (;;) {
        auto pending = m_replica.pending(window);
        if (pending.empty()) {
            co_return;
        }
        const bool more = static_cast<int>(pending.size()) >= window;
        const auto batches = intoBatches(std::move(pending), static_cast<std::size_t>(batchSize));
        // Pipelined: all batches of the window go out before the first acknowledgement is read.
        std::string out;
        for (const auto& batch : batches) {
            appendFrame(out, encode(PushBatch {batch}));
        }
        co_await m_connection.writeBytes(out);
        for (const auto& batch : batches) {
            const PushAck ack = co_await expect<PushAck>(m_connection);
            if (ack.outcomes.size() != batch.size() || ack.outcomes.front().seq != batch.front().seq
                || ack.outcomes.back().seq != batch.back().seq) {
                throw SessionError(ErrorCode::ProtocolViolation,
                                   "the central acknowledged " + std::to_string(ack.outcomes.size())
                                       + " outcomes for a batch of " + std::to_string(batch.size()) + " entries ("
                                       + std::to_string(batch.front().seq) + "…" + std::to_string(batch.back().seq)
                                       + ")");
            }
            m_replica.acknowledge(batch.back().seq);
            for (const auto& outcome : ack.outcomes) {
                ++m_summary.pushed;
                switch (outcome.status) {
                case ApplyStatus::Applied:
                    ++m_summary.applied;
                    break;
                case ApplyStatus::AppliedWithException:
                    ++m_summary.exceptions;
                    break;
                case ApplyStatus::Rejected:
                    ++m_summary.rejected;
                    break;
                }
            }
            if (m_progress) {
                m_progress();
            }
        }
        if (!more) {
            co_return;
        }
    }
}

awaitable<bool> NodeExchange::resync()
{
    if (m_replica.backlog() > 0) {
        co_return false;
    }
    const Message request = SnapshotRequest {};
    co_await m_connection.write(request);
    const std::string path = m_replica.databasePath() + ".resync";
    const auto removeCopy = [&path] {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            std::filesystem::remove(path + suffix, ignored);
        }
    };
    removeCopy();
    try {
        const ReceivedSnapshot snapshot = co_await receiveSnapshot(m_connection, path);
        const bool replaced =
            m_replica.replaceFromSnapshot(path, snapshot.cursor) == ReplicaService::PageResult::Applied;
        removeCopy();
        co_return replaced;
    } catch (...) {
        removeCopy();
        throw;
    }
}

awaitable<bool> NodeExchange::pullAll()
{
    for (;;) {
        const Message request =
            PullRequest {m_replica.cursor(), static_cast<std::uint32_t>(std::max(1, m_options.pullLimit))};
        co_await m_connection.write(request);
        PullPage page = co_await expect<PullPage>(m_connection);
        if (m_replica.applyPage(page.page) == ReplicaService::PageResult::PendingLocalChanges) {
            co_return false;
        }
        m_summary.pulled += static_cast<std::int64_t>(page.page.changes.size());
        if (m_progress) {
            m_progress();
        }
        if (!page.page.more) {
            co_return true;
        }
    }
}

awaitable<void> NodeExchange::ping()
{
    const std::int64_t sent = nowMillis();
    const Message ping = Ping {sent};
    co_await m_connection.write(ping);
    const Pong pong = co_await expect<Pong>(m_connection);
    if (pong.sentAt != sent) {
        throw SessionError(ErrorCode::ProtocolViolation, "the central answered a different Ping");
    }
}

awaitable<void> NodeExchange::reportBacklog()
{
    const Message status = Status {m_replica.backlog()};
    co_await m_connection.write(status);
}

} // namespace ils::client
