#include "FaultyProxy.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ils::test {

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void fail(const char* what)
{
    throw std::runtime_error(std::string("FaultyProxy: ") + what + ": " + std::strerror(errno));
}

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    // The peers disable Nagle themselves; a proxy that batched small TLS records would add
    // delays the real network path does not have.
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

// close() after SO_LINGER {1, 0} sends an RST instead of a FIN: an abrupt drop.
void closeAbruptly(int fd)
{
    const linger hard {1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    ::close(fd);
}

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}

// One direction of a connection: bytes read from `from` wait in `buffer` until `to` takes them.
struct Flow
{
    int from = -1;
    int to = -1;
    std::atomic<std::uint64_t>* total = nullptr;
    std::vector<char> buffer = std::vector<char>(64 * 1024);
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint64_t bytes = 0; // read from `from` so far
    bool eof = false; // `from` closed its sending side
    bool shut = false; // and that was passed on to `to`

    bool pending() const { return begin < end; }
};

} // namespace

std::string FaultPlan::describe() const
{
    const char* towards = direction == Direction::ToServer ? "to the server" : "to the client";
    switch (kind) {
    case Kind::Clean:
        return "clean";
    case Kind::Cut:
        return std::string(reset ? "RST" : "FIN") + " after " + std::to_string(atByte) + " bytes " + towards;
    case Kind::Stall:
        return "stall " + std::to_string(stall.count()) + " ms after " + std::to_string(atByte) + " bytes " + towards;
    }
    return "?";
}

FaultyProxy::FaultyProxy(std::uint16_t targetPort)
    : m_targetPort(targetPort)
{
    if (::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        fail("pipe");
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listener < 0)
        fail("socket");
    const int on = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address = loopback(0);
    if (::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        fail("bind");
    if (::listen(m_listener, 128) != 0)
        fail("listen");
    socklen_t length = sizeof address;
    if (::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        fail("getsockname");
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FaultyProxy::~FaultyProxy()
{
    stop();
    ::close(m_wake[0]);
    ::close(m_wake[1]);
}

void FaultyProxy::setPlanner(Planner planner)
{
    std::lock_guard lock(m_mutex);
    m_planner = std::move(planner);
}

void FaultyProxy::stop()
{
    if (m_stopping.exchange(true))
        return;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(m_wake[1], &byte, 1);
    if (m_acceptor.joinable())
        m_acceptor.join();
    ::close(m_listener);
    std::list<Worker> workers;
    {
        std::lock_guard lock(m_mutex);
        workers.swap(m_workers);
    }
    for (auto& worker : workers)
        worker.thread.join();
}

FaultyProxy::Counts FaultyProxy::counts() const
{
    return {m_connections, m_cuts, m_stalls, m_bytesToServer, m_bytesToClient};
}

void FaultyProxy::resetCounts()
{
    m_connections = 0;
    m_cuts = 0;
    m_stalls = 0;
    m_bytesToServer = 0;
    m_bytesToClient = 0;
}

void FaultyProxy::reapFinished()
{
    std::list<Worker> finished;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_workers.begin(); it != m_workers.end();) {
            if (*it->done) {
                finished.splice(finished.end(), m_workers, it++);
            } else {
                ++it;
            }
        }
    }
    for (auto& worker : finished)
        worker.thread.join();
}

void FaultyProxy::acceptLoop()
{
    while (!m_stopping) {
        std::array<pollfd, 2> fds {{{m_listener, POLLIN, 0}, {m_wake[0], POLLIN, 0}}};
        if (::poll(fds.data(), fds.size(), 500) < 0 && errno != EINTR)
            return;
        reapFinished();
        if (m_stopping || fds[1].revents)
            return;
        if (!(fds[0].revents & POLLIN))
            continue;
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        ++m_connections;
        FaultPlan plan;
        auto done = std::make_shared<std::atomic<bool>>(false);
        std::lock_guard lock(m_mutex);
        if (m_planner)
            plan = m_planner();
        m_workers.push_back({std::thread([this, client, plan, done] {
                                 serve(client, plan);
                                 *done = true;
                             }),
                             done});
    }
}

void FaultyProxy::serve(int client, FaultPlan plan)
{
    const int upstream = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in target = loopback(m_targetPort);
    if (upstream < 0 || ::connect(upstream, reinterpret_cast<const sockaddr*>(&target), sizeof target) != 0) {
        if (upstream >= 0)
            ::close(upstream);
        closeAbruptly(client);
        return;
    }
    setNonBlocking(client);
    setNonBlocking(upstream);

    std::array<Flow, 2> flows;
    flows[0].from = client;
    flows[0].to = upstream;
    flows[0].total = &m_bytesToServer;
    flows[1].from = upstream;
    flows[1].to = client;
    flows[1].total = &m_bytesToClient;
    Flow& planned = flows[plan.direction == FaultPlan::Direction::ToServer ? 0 : 1];
    bool triggerArmed = plan.kind != FaultPlan::Kind::Clean;
    Clock::time_point stalledUntil {};
    bool abort = false;

    // Moves what is buffered towards `to`; false when `to` is gone.
    const auto flush = [](Flow& flow) {
        while (flow.pending()) {
            const auto n = ::send(flow.to, flow.buffer.data() + flow.begin, flow.end - flow.begin, MSG_NOSIGNAL);
            if (n < 0)
                return wouldBlock();
            flow.begin += static_cast<std::size_t>(n);
        }
        return true;
    };

    while (!m_stopping && !abort) {
        if (triggerArmed && planned.bytes >= plan.atByte && !planned.pending()) {
            triggerArmed = false;
            if (plan.kind == FaultPlan::Kind::Cut) {
                ++m_cuts;
                if (plan.reset) {
                    closeAbruptly(client);
                    closeAbruptly(upstream);
                } else {
                    ::close(client);
                    ::close(upstream);
                }
                return;
            }
            ++m_stalls;
            stalledUntil = Clock::now() + plan.stall;
        }
        const auto now = Clock::now();
        if (now < stalledUntil) {
            // A black hole: nothing is read or written, the peers' timers run.
            pollfd wake {m_wake[0], POLLIN, 0};
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(stalledUntil - now).count();
            ::poll(&wake, 1, static_cast<int>(std::max<std::int64_t>(1, left)));
            continue;
        }
        if (flows[0].shut && flows[1].shut)
            break;

        std::array<pollfd, 3> fds {{{client, 0, 0}, {upstream, 0, 0}, {m_wake[0], POLLIN, 0}}};
        std::array<bool, 2> reading {};
        for (std::size_t i = 0; i < flows.size(); ++i) {
            Flow& flow = flows[i];
            reading[i] = !flow.eof && !flow.pending();
            if (reading[i])
                fds[i].events |= POLLIN; // flows[i].from is fds[i]
            if (flow.pending())
                fds[1 - i].events |= POLLOUT; // flows[i].to is the other socket
        }
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[2].revents)
            break;
        for (std::size_t i = 0; i < flows.size() && !abort; ++i) {
            Flow& flow = flows[i];
            const short events = fds[i].revents;
            if (reading[i] && (events & (POLLIN | POLLHUP | POLLERR))) {
                std::size_t room = flow.buffer.size();
                if (triggerArmed && &flow == &planned)
                    room = static_cast<std::size_t>(std::min<std::uint64_t>(room, plan.atByte - flow.bytes));
                const auto n = ::recv(flow.from, flow.buffer.data(), room, 0);
                if (n > 0) {
                    flow.begin = 0;
                    flow.end = static_cast<std::size_t>(n);
                    flow.bytes += static_cast<std::uint64_t>(n);
                    *flow.total += static_cast<std::uint64_t>(n);
                } else if (n == 0) {
                    flow.eof = true;
                } else if (!wouldBlock()) {
                    abort = true; // reset by the peer: pass the reset on
                    break;
                }
            } else if (!reading[i] && flow.eof && (events & (POLLHUP | POLLERR)) && !flows[1 - i].pending()) {
                // Both directions of this socket are gone and nothing is left to send to it.
                abort = true;
                break;
            }
            if (!flush(flow)) {
                abort = true;
                break;
            }
            if (flow.eof && !flow.pending() && !flow.shut) {
                ::shutdown(flow.to, SHUT_WR);
                flow.shut = true;
            }
        }
    }
    if (abort) {
        closeAbruptly(client);
        closeAbruptly(upstream);
    } else {
        ::close(client);
        ::close(upstream);
    }
}

} // namespace ils::test
