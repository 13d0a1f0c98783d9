#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace ils::test {

// What the network does to one TCP connection.
struct FaultPlan
{
    enum class Kind
    {
        Clean, // every byte passes, both directions, until one side closes
        Cut, // after `atByte` bytes in `direction` the connection is closed (FIN or RST)
        Stall, // after `atByte` bytes in `direction` nothing moves either way for `stall`
    };
    enum class Direction
    {
        ToServer,
        ToClient,
    };

    Kind kind = Kind::Clean;
    Direction direction = Direction::ToServer;
    std::uint64_t atByte = 0;
    bool reset = false; // Cut: an RST (SO_LINGER 0) instead of an orderly FIN
    std::chrono::milliseconds stall {0};

    std::string describe() const;
};

// A TCP proxy on 127.0.0.1 between the sync client and the central, for fault tests. Each
// accepted connection asks the planner for its FaultPlan and is served by its own thread with
// non-blocking sockets, so a cut lands on exactly the planned byte whatever the TLS records
// and frames around it are. The proxy knows nothing of TLS or of the protocol.
class FaultyProxy
{
public:
    using Planner = std::function<FaultPlan()>;

    // Listens on 127.0.0.1, any free port, and forwards to 127.0.0.1:targetPort.
    explicit FaultyProxy(std::uint16_t targetPort);
    ~FaultyProxy();
    FaultyProxy(const FaultyProxy&) = delete;
    FaultyProxy& operator=(const FaultyProxy&) = delete;

    std::uint16_t port() const { return m_port; }
    // Called on the accepting thread for every new connection; Clean when never set.
    void setPlanner(Planner planner);
    // Closes the listener and every connection, joins all threads.
    void stop();

    struct Counts
    {
        std::uint64_t connections = 0;
        std::uint64_t cuts = 0; // cuts that happened (a connection may end before its planned byte)
        std::uint64_t stalls = 0;
        std::uint64_t bytesToServer = 0;
        std::uint64_t bytesToClient = 0;
    };
    Counts counts() const;
    void resetCounts();

private:
    void acceptLoop();
    void serve(int client, FaultPlan plan);
    void reapFinished();

    std::uint16_t m_targetPort;
    std::uint16_t m_port = 0;
    int m_listener = -1;
    int m_wake[2] = {-1, -1}; // a pipe: written once by stop(), wakes every poll()
    std::atomic<bool> m_stopping = false;
    std::thread m_acceptor;

    std::mutex m_mutex; // guards the planner and the connection threads
    Planner m_planner;
    struct Worker
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    std::list<Worker> m_workers;

    std::atomic<std::uint64_t> m_connections = 0;
    std::atomic<std::uint64_t> m_cuts = 0;
    std::atomic<std::uint64_t> m_stalls = 0;
    std::atomic<std::uint64_t> m_bytesToServer = 0;
    std::atomic<std::uint64_t> m_bytesToClient = 0;
};

} // namespace ils::test
