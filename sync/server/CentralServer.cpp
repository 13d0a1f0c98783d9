#include "CentralServer.h"

#include "ServerContext.h"
#include "ServerSession.h"
#include "StoreWorkers.h"
#include "net/AsioPrelude.h"
#include "net/Connection.h"
#include "net/Tls.h"

#include "Time.h"

#include <boost/asio/signal_set.hpp>

#include <condition_variable>
#include <cstdio>
#include <future>
#include <iostream>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace ils {

namespace asio = boost::asio;
using net::awaitable;
using net::tcp;
using net::use_awaitable;

namespace {

net::Millis millis(double seconds)
{
    return net::Millis(static_cast<std::int64_t>(seconds * 1000));
}

} // namespace

// A repeated event logged at most every 10 s: a flood must not flood the log too.
struct Throttle
{
    std::chrono::steady_clock::time_point last {};
    bool logged = false;
    int unlogged = 0;
};

class CentralServer::Impl
{
public:
    explicit Impl(ServerOptions options)
        : m_options(std::move(options))
        , m_io(std::max(1, m_options.threads))
        , m_acceptor(m_io)
        , m_signals(m_io)
        , m_writer("writer", m_options.dbPath, m_clock, 1)
        , m_readers("reader", m_options.dbPath, m_clock, std::max(1, m_options.readers))
        , m_context {m_options, m_writer, m_readers, m_clock, [this](const std::string& line) { log(line); }}
    {
    }

    void start();
    void wait();
    void stop();
    void requestStop();
    std::uint16_t port() const { return m_port; }

private:
    void log(const std::string& line);
    void bind();
    awaitable<void> listen();
    static awaitable<void> session(Impl* self, std::shared_ptr<net::Connection> connection);
    // Why a connection from `address` is refused now, if it is; call with m_mutex held.
    std::optional<std::string> overLimit(const std::string& address) const;
    // At most one line per 10 s for a kind of repeated event; the line counts the ones not logged.
    void logRarely(Throttle& throttle, const std::string& line);

    ServerOptions m_options;
    SystemClock m_clock;
    asio::io_context m_io;
    std::optional<net::ssl::context> m_tls;
    tcp::acceptor m_acceptor;
    asio::signal_set m_signals;
    server::StoreWorkers m_writer;
    server::StoreWorkers m_readers;
    server::ServerContext m_context;
    std::vector<std::thread> m_threads;
    std::uint16_t m_port = 0;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<std::shared_ptr<net::Connection>, std::string> m_sessions; // with the peer's address
    std::map<std::string, int> m_perAddress; // open connections by peer address
    Throttle m_refusals;
    Throttle m_acceptFailures;
    bool m_started = false;
    bool m_stopRequested = false;
    bool m_stopped = false;
    std::mutex m_logMutex;
};

void CentralServer::Impl::log(const std::string& line)
{
    if (m_options.log) {
        m_options.log(line);
        return;
    }
    std::lock_guard lock(m_logMutex);
    std::cerr << formatUtc(fromSeconds(toSeconds(m_clock.now()))) << " " << line << std::endl;
}

void CentralServer::Impl::logRarely(Throttle& throttle, const std::string& line)
{
    const auto now = std::chrono::steady_clock::now();
    std::string text;
    {
        std::lock_guard lock(m_logMutex);
        if (throttle.logged && now - throttle.last < std::chrono::seconds(10)) {
            ++throttle.unlogged;
            return;
        }
        text = line;
        if (throttle.unlogged > 0) {
            text += " (and " + std::to_string(throttle.unlogged) + " more not logged since the last such line)";
        }
        throttle.logged = true;
        throttle.last = now;
        throttle.unlogged = 0;
    }
    log(text);
}

std::optional<std::string> CentralServer::Impl::overLimit(const std::string& address) const
{
    if (static_cast<int>(m_sessions.size()) >= m_options.maxConnections) {
        return std::to_string(m_sessions.size()) + " connections open (limit "
            + std::to_string(m_options.maxConnections) + ")";
    }
    const auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && it->second >= m_options.maxConnectionsPerAddress) {
        return std::to_string(it->second) + " connections open from that address (limit "
            + std::to_string(m_options.maxConnectionsPerAddress) + ")";
    }
    return std::nullopt;
}

void CentralServer::Impl::start()
{
    m_tls.emplace(net::serverContext(m_options.certFile, m_options.keyFile));
    // The writer prepares the database before anything else touches it.
    m_writer.start([](CentralService& central) { central.prepare(); });
    m_readers.start();
    bind();
    asio::co_spawn(m_io, listen(), asio::detached);
    if (m_options.stopOnSignals) {
        m_signals.add(SIGTERM);
        m_signals.add(SIGINT);
        m_signals.async_wait([this](const boost::system::error_code& ec, int signal) {
            if (!ec) {
                log(std::string("received ") + (signal == SIGTERM ? "SIGTERM" : "SIGINT") + "; shutting down");
                requestStop();
            }
        });
    }
    for (int i = 0; i < std::max(1, m_options.threads); ++i) {
        m_threads.emplace_back([this] { m_io.run(); });
    }
    std::lock_guard lock(m_mutex);
    m_started = true;
}

void CentralServer::Impl::bind()
{
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(m_options.host, ec);
    if (ec) {
        throw std::runtime_error("cannot listen on " + m_options.host + ": not an IP address");
    }
    const tcp::endpoint endpoint(address, m_options.port);
    const std::string where = m_options.host + ":" + std::to_string(m_options.port);
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec) {
        m_acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
        m_acceptor.bind(endpoint, ec);
    }
    if (!ec) {
        m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
    }
    if (ec) {
        throw std::runtime_error("cannot listen on " + where + ": " + ec.message());
    }
    m_port = m_acceptor.local_endpoint().port();
}

awaitable<void> CentralServer::Impl::listen()
{
    for (;;) {
        boost::system::error_code ec;
        auto strand = asio::make_strand(m_io); // each session on its own strand
        tcp::socket socket = co_await m_acceptor.async_accept(strand, asio::redirect_error(use_awaitable, ec));
        if (ec) {
            if (!m_acceptor.is_open() || ec == asio::error::operation_aborted) {
                co_return;
            }
            logRarely(m_acceptFailures, "accept failed: " + ec.message());
            // Out of file descriptors and the like: give the sessions a moment to end.
            asio::steady_timer pause(m_io, std::chrono::milliseconds(100));
            co_await pause.async_wait(asio::redirect_error(use_awaitable, ec));
            continue;
        }
        const auto remote = socket.remote_endpoint(ec);
        const std::string address = ec ? std::string("unknown") : remote.address().to_string();
        std::optional<std::string> refusal;
        {
            std::lock_guard lock(m_mutex);
            refusal = overLimit(address);
        }
        if (refusal) {
            // Closed before any TLS work: a flood costs the central one accept per connection.
            socket.close(ec);
            logRarely(m_refusals, "refused a connection from " + address + ": " + *refusal);
            continue;
        }
        socket.set_option(tcp::no_delay(true), ec);
        auto executor = socket.get_executor();
        auto connection = std::make_shared<net::Connection>(net::TlsStream(std::move(socket), *m_tls),
                                                            millis(m_options.readDeadlineSeconds));
        {
            std::lock_guard lock(m_mutex);
            if (m_stopRequested) {
                connection->close();
                continue;
            }
            m_sessions.emplace(connection, address);
            ++m_perAddress[address];
        }
        asio::co_spawn(executor, session(this, connection), asio::detached);
    }
}

awaitable<void> CentralServer::Impl::session(Impl* self, std::shared_ptr<net::Connection> connection)
{
    co_await server::serveSession(connection, self->m_context);
    std::lock_guard lock(self->m_mutex);
    const auto it = self->m_sessions.find(connection);
    if (it != self->m_sessions.end()) {
        if (--self->m_perAddress[it->second] <= 0) {
            self->m_perAddress.erase(it->second);
        }
        self->m_sessions.erase(it);
    }
    self->m_changed.notify_all();
}

void CentralServer::Impl::requestStop()
{
    std::lock_guard lock(m_mutex);
    m_stopRequested = true;
    m_changed.notify_all();
}

void CentralServer::Impl::wait()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopRequested || m_stopped; });
    }
    stop();
}

void CentralServer::Impl::stop()
{
    bool started = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped) {
            return;
        }
        m_stopped = true;
        m_stopRequested = true;
        started = m_started;
        m_changed.notify_all();
    }
    if (started) {
        // 1. No new sessions; the open ones are closed, which ends their reads.
        std::promise<void> closed;
        asio::post(m_io, [this, &closed] {
            boost::system::error_code ignored;
            m_acceptor.close(ignored);
            m_signals.cancel(ignored);
            std::lock_guard lock(m_mutex);
            for (const auto& [connection, address] : m_sessions) {
                connection->closeSoon();
            }
            closed.set_value();
        });
        closed.get_future().wait();
    }
    // 2. The writer finishes the transaction it is in; queued work is answered "shutting down".
    m_writer.stop();
    m_readers.stop();
    if (started) {
        // 3. Give the sessions a moment to unwind, then stop the loop.
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, std::chrono::seconds(3), [this] { return m_sessions.empty(); });
        lock.unlock();
        m_io.stop();
        for (auto& thread : m_threads) {
            thread.join();
        }
        m_threads.clear();
        const auto stats = m_writer.groupStats();
        log("stopped; applied " + std::to_string(stats.entries) + " entries of " + std::to_string(stats.batches)
            + " batches in " + std::to_string(stats.transactions) + " transactions (" + std::to_string(stats.seconds)
            + " s)");
    }
}

CentralServer::CentralServer(ServerOptions options)
    : m_impl(std::make_unique<Impl>(std::move(options)))
{
}

CentralServer::~CentralServer()
{
    m_impl->stop();
}

void CentralServer::start()
{
    m_impl->start();
}

void CentralServer::wait()
{
    m_impl->wait();
}

void CentralServer::stop()
{
    m_impl->stop();
}

std::uint16_t CentralServer::port() const
{
    return m_impl->port();
}

} // namespace ils
