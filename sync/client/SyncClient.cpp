#include "SyncClient.h"

#include "NodeExchange.h"
#include "net/Backoff.h"
#include "net/Tls.h"

#include "LocalStore.h"
#include "ReplicaService.h"

#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

namespace ils {

namespace asio = boost::asio;
using client::NodeExchange;
using net::awaitable;
using net::SessionError;
using net::use_awaitable;

namespace {

net::Millis millis(double seconds)
{
    return net::Millis(static_cast<std::int64_t>(seconds * 1000));
}

const char* const kNotEnrolled = "this database is not enrolled with a central (ilsctl enrol first)";

bool isFatal(const SessionError& e)
{
    // Retrying soon cannot help: the administrator must act. Retried at the longest backoff.
    return e.code() == protocol::ErrorCode::BadCredentials || e.code() == protocol::ErrorCode::UnsupportedVersion;
}

class SyncClientImpl final : public SyncClient
{
public:
    SyncClientImpl(std::string dbPath, SyncOptions options)
        : m_dbPath(std::move(dbPath))
        , m_options(std::move(options))
    {
    }
    ~SyncClientImpl() override { stop(); }

    void start() override;
    void stop() override;
    SyncStatus status() const override;
    void syncNow() override;
    void setListener(std::function<void(const SyncStatus&)> listener) override;

private:
    void run();
    awaitable<void> loop(ReplicaService& replica);
    awaitable<void> serve(NodeExchange& exchange, ReplicaService& replica, const SyncSummary& counts);
    awaitable<void> sleep(net::Millis delay); // returns early on syncNow() or stop()
    template<typename Change>
    void update(Change change);

    std::string m_dbPath;
    SyncOptions m_options;
    // A new event loop for every start(): nothing of a stopped run can resume in the next.
    std::unique_ptr<asio::io_context> m_io;
    std::unique_ptr<asio::steady_timer> m_wake;
    std::mutex m_ioMutex; // guards the two pointers above against syncNow() from other threads
    std::thread m_thread;
    std::shared_ptr<net::Connection> m_connection; // touched on the client thread only
    bool m_wakeRequested = false; // client thread only
    std::atomic<bool> m_stopping = false;
    std::mutex m_startMutex;

    mutable std::mutex m_mutex;
    SyncStatus m_status;
    std::function<void(const SyncStatus&)> m_listener;
};

template<typename Change>
void SyncClientImpl::update(Change change)
{
    SyncStatus copy;
    std::function<void(const SyncStatus&)> listener;
    {
        std::lock_guard lock(m_mutex);
        change(m_status);
        copy = m_status;
        listener = m_listener;
    }
    if (listener) {
        listener(copy);
    }
}

void SyncClientImpl::start()
{
    std::lock_guard lock(m_startMutex);
    if (m_thread.joinable()) {
        return;
    }
    m_stopping = false;
    {
        std::lock_guard ioLock(m_ioMutex);
        m_io = std::make_unique<asio::io_context>(1);
        m_wake = std::make_unique<asio::steady_timer>(*m_io);
    }
    m_thread = std::thread([this] { run(); });
}

void SyncClientImpl::stop()
{
    std::lock_guard lock(m_startMutex);
    if (!m_thread.joinable()) {
        return;
    }
    m_stopping = true;
    // Between handlers, so never inside a database transaction of this client.
    asio::post(*m_io, [this] {
        if (m_connection) {
            m_connection->close();
        }
        m_wake->cancel();
        m_io->stop();
    });
    m_thread.join();
    {
        std::lock_guard ioLock(m_ioMutex);
        m_wake.reset();
        m_io.reset();
    }
    update([](SyncStatus& s) { s.state = SyncStatus::State::Offline; });
}

SyncStatus SyncClientImpl::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

void SyncClientImpl::syncNow()
{
    std::lock_guard lock(m_ioMutex);
    if (!m_io) {
        return;
    }
    asio::post(*m_io, [this] {
        m_wakeRequested = true;
        m_wake->cancel();
    });
}

void SyncClientImpl::setListener(std::function<void(const SyncStatus&)> listener)
{
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

void SyncClientImpl::run()
{
    try {
        if (!std::filesystem::exists(m_dbPath)) {
            update([this](SyncStatus& s) {
                s.lastError = "no database at " + m_dbPath;
                s.errorCode = "no_database";
            });
            return;
        }
        SystemClock clock;
        LocalStore store(m_dbPath, clock);
        ReplicaService replica(store);
        asio::co_spawn(*m_io, loop(replica), [this](std::exception_ptr error) {
            if (!error) {
                return;
            }
            try {
                std::rethrow_exception(error);
            } catch (const std::exception& e) {
                update([&](SyncStatus& s) {
                    s.state = SyncStatus::State::Offline;
                    s.lastError = e.what();
                    s.errorCode = "connection_lost";
                });
            }
        });
        m_io->run();
        // Let the coroutine see its closed connection and end while the replica still exists.
        m_io->restart();
        m_io->poll();
        m_connection.reset();
    } catch (const std::exception& e) {
        update([&](SyncStatus& s) {
            s.state = SyncStatus::State::Offline;
            s.lastError = e.what();
            s.errorCode = "connection_lost";
        });
    }
}

awaitable<void> SyncClientImpl::sleep(net::Millis delay)
{
    m_wake->expires_after(delay);
    boost::system::error_code ignored;
    co_await m_wake->async_wait(asio::redirect_error(use_awaitable, ignored));
}

awaitable<void> SyncClientImpl::loop(ReplicaService& replica)
{
    const auto credentials = replica.credentials();
    if (!credentials) {
        update([](SyncStatus& s) {
            s.lastError = kNotEnrolled;
            s.errorCode = "not_enrolled";
        });
        co_return;
    }
    const CentralAddress central = m_options.central.value_or(credentials->central);
    auto tls = net::clientContext();
    net::Backoff backoff(millis(m_options.backoffInitialSeconds),
                         millis(m_options.backoffMaxSeconds),
                         std::hash<std::string>()(credentials->nodeId) ^ std::random_device()());
    update([&](SyncStatus& s) { s.backlog = replica.backlog(); });
    while (!m_stopping) {
        std::string error;
        std::string errorCode = "connection_lost";
        bool fatal = false;
        try {
            update([](SyncStatus& s) { s.state = SyncStatus::State::Connecting; });
            m_connection = co_await client::connectToCentral(central, m_options, tls);
            SyncSummary counts;
            NodeExchange exchange(*m_connection, replica, m_options, counts, [&] {
                const auto backlog = replica.backlog();
                update([&](SyncStatus& s) { s.backlog = backlog; });
            });
            co_await exchange.hello(*credentials);
            backoff.reset();
            co_await serve(exchange, replica, counts);
        } catch (const SessionError& e) {
            error = e.what();
            errorCode = std::string(protocol::toString(e.code()));
            fatal = isFatal(e);
        } catch (const std::exception& e) {
            error = e.what();
        }
        if (m_connection) {
            m_connection->close();
            m_connection.reset();
        }
        if (m_stopping) {
            break;
        }
        update([&](SyncStatus& s) {
            s.state = SyncStatus::State::Offline;
            s.lastError = error;
            s.errorCode = error.empty() ? std::string() : errorCode;
        });
        co_await sleep(fatal ? backoff.maximum() : backoff.next());
        m_wakeRequested = false;
    }
}

awaitable<void> SyncClientImpl::serve(NodeExchange& exchange, ReplicaService& replica, const SyncSummary& counts)
{
    using Clock = std::chrono::steady_clock;
    while (!m_stopping) {
        update([](SyncStatus& s) { s.state = SyncStatus::State::Syncing; });
        const SyncSummary before = counts;
        co_await exchange.cycle();
        co_await exchange.reportBacklog();
        const auto backlog = replica.backlog();
        update([&](SyncStatus& s) {
            s.state = SyncStatus::State::Online;
            s.backlog = backlog;
            s.lastSuccess = SystemClock().now();
            s.lastError.clear();
            s.errorCode.clear();
            s.lastPushed = counts.pushed - before.pushed;
            s.lastPulled = counts.pulled - before.pulled;
        });
        const auto synced = Clock::now();
        for (;;) {
            m_wakeRequested = false;
            co_await sleep(millis(m_options.heartbeatSeconds));
            if (m_stopping) {
                co_return;
            }
            if (m_wakeRequested || Clock::now() - synced >= millis(m_options.syncIntervalSeconds)
                || replica.backlog() > 0) {
                break;
            }
            co_await exchange.ping();
        }
    }
}

// One session for `ilsctl sync`.
awaitable<void> syncSession(ReplicaService& replica,
                            const NodeCredentials& credentials,
                            const SyncOptions& options,
                            SyncSummary& summary)
{
    auto tls = net::clientContext();
    const CentralAddress central = options.central.value_or(credentials.central);
    auto connection = co_await client::connectToCentral(central, options, tls);
    NodeExchange exchange(*connection, replica, options, summary);
    co_await exchange.hello(credentials);
    co_await exchange.cycle();
    co_await exchange.reportBacklog();
    co_await connection->shutdown();
}

} // namespace

std::unique_ptr<SyncClient> SyncClient::create(std::string dbPath, SyncOptions options)
{
    return std::make_unique<SyncClientImpl>(std::move(dbPath), std::move(options));
}

SyncSummary syncOnce(const std::string& dbPath, const SyncOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    SyncSummary summary;
    try {
        if (!std::filesystem::exists(dbPath)) {
            summary.error = "no database at " + dbPath;
            return summary;
        }
        SystemClock clock;
        LocalStore store(dbPath, clock);
        ReplicaService replica(store);
        const auto credentials = replica.credentials();
        if (!credentials) {
            summary.error = kNotEnrolled;
            return summary;
        }
        asio::io_context io;
        asio::co_spawn(io, syncSession(replica, *credentials, options, summary), [&](std::exception_ptr error) {
            if (!error) {
                return;
            }
            try {
                std::rethrow_exception(error);
            } catch (const std::exception& e) {
                summary.error = e.what();
            }
        });
        io.run();
        summary.cursor = replica.cursor();
        summary.backlog = replica.backlog();
    } catch (const std::exception& e) {
        summary.error = e.what();
    }
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

} // namespace ils
