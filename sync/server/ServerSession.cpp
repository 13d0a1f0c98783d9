#include "ServerSession.h"

#include "LogText.h"
#include "OnWorker.h"
#include "SnapshotFile.h"
#include "wire/FrameCodec.h"
#include "wire/Messages.h"

#include "Database.h"
#include "Time.h"

#include <fstream>
#include <sstream>

namespace ils::server {

namespace {

using namespace ils::protocol;
using net::awaitable;
using net::Millis;
using net::SessionError;

constexpr std::size_t kSnapshotChunkBytes = 1024 * 1024;

Millis millis(double seconds)
{
    return Millis(static_cast<std::int64_t>(seconds * 1000));
}

std::string secondsText(double seconds)
{
    std::ostringstream out;
    out << seconds; // 10, 1.5
    return out.str();
}

std::string refusalText(const Refusal& refusal)
{
    std::string text(reasonCode(refusal.reason));
    if (!refusal.detail.empty()) {
        text += ": " + refusal.detail;
    }
    return text;
}

class Session
{
public:
    Session(std::shared_ptr<net::Connection> connection, ServerContext& context)
        : m_connection(std::move(connection))
        , m_context(context)
        , m_who(m_connection->peer())
    {
    }

    awaitable<void> run();

private:
    awaitable<void> serve();
    awaitable<void> serveNode(Hello hello);
    awaitable<void> serveEnrolment(EnrolRequest request);
    awaitable<void> push(PushBatch batch);
    awaitable<void> pull(const PullRequest& request);
    awaitable<void> streamSnapshot();
    void recordContact(std::int64_t backlog);
    // Whole lines are escaped too: peer text that reached a message cannot break a line.
    void log(const std::string& line) { m_context.log(escapeControls(m_who + ": " + line)); }

    std::shared_ptr<net::Connection> m_connection;
    ServerContext& m_context;
    std::string m_who; // "node-0001 at 10.0.0.7:51234" once known
    NodeInfo m_node;
};

awaitable<void> Session::run()
{
    std::optional<Error> failure;
    try {
        co_await serve();
    } catch (const net::ConnectionClosed&) {
        log("disconnected");
    } catch (const SessionError& e) {
        log(std::string("closed: ") + e.what());
        if (e.tellPeer()) {
            failure = Error {e.code(), e.what()};
        }
    } catch (const ProtocolViolation& e) {
        log(std::string("closed: protocol violation: ") + e.what());
        failure = Error {ErrorCode::ProtocolViolation, e.what()};
    } catch (const DiskFullError& e) {
        // The writer rolled the transaction back and goes on; the node keeps its operations and
        // sends them again, so nothing is lost while the administrator frees space.
        log(std::string("closed: THE CENTRAL'S DISK IS FULL: nothing of this request was saved and the node will "
                        "send it again; free disk space on the central (")
            + e.what() + ")");
        failure = Error {ErrorCode::Internal,
                         "the central's disk is full: nothing was lost, the node's work is sent again later"};
    } catch (const std::exception& e) {
        // The details (SQL, paths) stay in the central's log; the peer gets the id to quote.
        const std::string incident = newIncidentId();
        log("closed: internal error (incident " + incident + "): " + e.what());
        failure = Error {ErrorCode::Internal,
                         "internal error at the central (incident " + incident
                             + "); its administrator finds the details in the central's log"};
    }
    // co_await is not allowed inside a handler, hence the detour through `failure`.
    if (failure) {
        co_await m_connection->fail(*failure);
    } else {
        m_connection->close();
    }
}

awaitable<void> Session::serve()
{
    m_connection->setMaxFrameBytes(m_context.options.preLoginFrameBytes);
    const double login = m_context.options.loginSeconds;
    m_connection->setCap(millis(login), "no Hello within " + secondsText(login) + " s of connecting");
    co_await m_connection->handshake(net::ssl::stream_base::server);
    Message first = co_await m_connection->read();
    m_connection->liftCap();
    if (auto* hello = std::get_if<Hello>(&first)) {
        co_await serveNode(std::move(*hello));
    } else if (auto* request = std::get_if<EnrolRequest>(&first)) {
        co_await serveEnrolment(std::move(*request));
    } else {
        throw SessionError(ErrorCode::UnexpectedMessage,
                           "expected Hello or EnrolRequest first, got " + std::string(messageName(first)));
    }
}

awaitable<void> Session::serveNode(Hello hello)
{
    if (hello.protocolVersion != kProtocolVersion) {
        throw SessionError(ErrorCode::UnsupportedVersion, unsupportedVersion(hello.protocolVersion).message);
    }
    m_who =
        (hello.nodeId.empty() ? std::string("unnamed node") : printable(hello.nodeId)) + " at " + m_connection->peer();
    auto authenticate = [id = hello.nodeId, secret = hello.secret](CentralService& central) {
        return central.authenticate(id, secret);
    };
    auto authenticated = co_await onWorker<Result<NodeInfo>>(m_context.writer, authenticate);
    if (!authenticated) {
        throw SessionError(ErrorCode::BadCredentials,
                           "bad credentials for node " + printable(hello.nodeId) + " ("
                               + refusalText(authenticated.refusal()) + ")");
    }
    m_node = authenticated.value();
    m_connection->setMaxFrameBytes(kMaxFrameBytes); // a logged-in node sends batches up to the full size
    auto readHead = [](CentralService& central) { return std::pair(central.headCn(), central.epoch()); };
    auto [head, epoch] = co_await onWorker<std::pair<std::int64_t, std::string>>(m_context.readers, readHead);
    const Message welcome = Welcome {
        kProtocolVersion, m_node.nodeId, m_node.library, m_node.lastSeq, head, m_context.clock.now(), std::move(epoch)};
    co_await m_connection->write(welcome);
    log("connected (" + printable(hello.software) + "), last applied " + std::to_string(m_node.lastSeq) + ", backlog "
        + std::to_string(hello.backlog));
    recordContact(hello.backlog);

    const Millis idle = millis(m_context.options.idleSeconds);
    for (;;) {
        Message message = co_await m_connection->read(idle);
        if (auto* batch = std::get_if<PushBatch>(&message)) {
            co_await push(std::move(*batch));
        } else if (auto* request = std::get_if<PullRequest>(&message)) {
            co_await pull(*request);
        } else if (auto* ping = std::get_if<Ping>(&message)) {
            const Message pong = Pong {ping->sentAt};
            co_await m_connection->write(pong);
        } else if (auto* status = std::get_if<Status>(&message)) {
            recordContact(status->backlog);
        } else if (std::holds_alternative<SnapshotRequest>(message)) {
            co_await streamSnapshot();
        } else if (auto* error = std::get_if<Error>(&message)) {
            throw SessionError(error->code, "the node reported: " + printable(error->message, 500), false);
        } else {
            throw SessionError(ErrorCode::UnexpectedMessage,
                               "unexpected " + std::string(messageName(message)) + " from a node");
        }
    }
}

awaitable<void> Session::push(PushBatch batch)
{
    if (batch.entries.empty()) {
        const Message ack = PushAck {};
        co_await m_connection->write(ack);
        co_return;
    }
    const std::int64_t first = batch.entries.front().seq;
    const std::int64_t last = batch.entries.back().seq;
    NodeBatch work {m_node, std::move(batch.entries)};
    BatchResult result = co_await applyOnWriter(m_context.writer, std::move(work));
    if (result.violation) {
        throw SessionError(ErrorCode::ProtocolViolation, *result.violation);
    }
    m_node.lastSeq = last;
    const Message ack = PushAck {std::move(result.outcomes)};
    co_await m_connection->write(ack);
    if (last - first >= 99) {
        log("applied " + std::to_string(first) + "…" + std::to_string(last));
    }
}

awaitable<void> Session::pull(const PullRequest& request)
{
    const int most = std::max(1, m_context.options.maxPullLimit);
    const int limit = request.limit == 0 ? most : static_cast<int>(std::min<std::uint32_t>(request.limit, most));
    // Encoded on the database thread: a page too big for one frame is read again, smaller.
    auto readPage = [after = request.afterCn, limit](CentralService& central) {
        for (int n = limit;; n = std::max(1, n / 2)) {
            PullPage page {central.pull(after, n)};
            std::string body = encode(page);
            if (body.size() <= kMaxFrameBytes || n == 1) {
                return encodeFrame(body);
            }
        }
    };
    const std::string framed = co_await onWorker<std::string>(m_context.readers, readPage);
    co_await m_connection->writeBytes(framed);
}

awaitable<void> Session::serveEnrolment(EnrolRequest request)
{
    if (request.protocolVersion != kProtocolVersion) {
        throw SessionError(ErrorCode::UnsupportedVersion, unsupportedVersion(request.protocolVersion).message);
    }
    m_who = "enrolling \"" + printable(request.nodeName) + "\" at " + m_connection->peer();
    auto enrol = [token = request.token, name = request.nodeName](CentralService& central) {
        return central.enrol(token, name);
    };
    auto granted = co_await onWorker<Result<EnrolmentGrant>>(m_context.writer, enrol);
    if (!granted) {
        throw SessionError(ErrorCode::EnrolmentRefused, "enrolment refused: " + refusalText(granted.refusal()));
    }
    m_node = granted.value().node;
    m_connection->setMaxFrameBytes(kMaxFrameBytes);
    m_who = m_node.nodeId + " at " + m_connection->peer();
    log("enrolled for library " + m_node.library + " (" + printable(request.software) + ")");
    const Message grant = EnrolGrant {m_node, granted.value().secret};
    co_await m_connection->write(grant);
    co_await streamSnapshot();
    co_await m_connection->shutdown();
}

awaitable<void> Session::streamSnapshot()
{
    const auto started = std::chrono::steady_clock::now();
    auto prepare = [db = m_context.options.dbPath](CentralService& central) {
        return SnapshotFile::prepare(central, db);
    };
    auto snapshot = co_await onWorker<std::shared_ptr<SnapshotFile>>(m_context.readers, prepare);
    const Message info = SnapshotInfo {snapshot->cursor(), snapshot->plainBytes(), snapshot->compressedBytes()};
    co_await m_connection->write(info);
    std::ifstream in(snapshot->path(), std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read the snapshot file " + snapshot->path());
    }
    std::uint64_t offset = 0;
    std::string data(kSnapshotChunkBytes, '\0');
    for (;;) {
        in.read(data.data(), static_cast<std::streamsize>(data.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        const bool last = offset + got >= snapshot->compressedBytes();
        const Message chunk = SnapshotChunk {offset, data.substr(0, got), last};
        co_await m_connection->write(chunk);
        offset += got;
        if (last) {
            break;
        }
        if (got == 0) {
            throw std::runtime_error("the snapshot file " + snapshot->path() + " ended early");
        }
    }
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    log("sent a snapshot at change " + std::to_string(snapshot->cursor()) + ": "
        + std::to_string(snapshot->plainBytes()) + " bytes, " + std::to_string(snapshot->compressedBytes())
        + " compressed, in " + std::to_string(seconds) + " s");
}

void Session::recordContact(std::int64_t backlog)
{
    m_context.writer.post([id = m_node.nodeId, backlog](CentralService* central) {
        if (central) {
            try {
                central->recordContact(id, backlog);
            } catch (const std::exception&) {
                // Bookkeeping only: a failure here must not end the node's session.
            }
        }
    });
}

} // namespace

awaitable<void> serveSession(std::shared_ptr<net::Connection> connection, ServerContext& context)
{
    Session session(std::move(connection), context);
    co_await session.run();
}

} // namespace ils::server
