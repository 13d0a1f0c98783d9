#pragma once

#include "ServerOptions.h"

#include <cstdint>
#include <memory>

namespace ils {

// The county central's replication server: TLS, one coroutine per node session, one writer
// thread that applies pushes from all sessions in group commits, readers for pulls and
// snapshots. The Asio machinery is inside the .cpp files.
class CentralServer
{
public:
    explicit CentralServer(ServerOptions options);
    ~CentralServer(); // stops
    CentralServer(const CentralServer&) = delete;
    CentralServer& operator=(const CentralServer&) = delete;

    // Prepares the database (CentralService::prepare), loads the certificate, binds and starts
    // serving. Throws std::runtime_error with a clear message when any of that fails.
    void start();
    // Blocks until stop() is called, or SIGTERM/SIGINT with stopOnSignals; then shuts down.
    void wait();
    // Stops accepting, closes the sessions, lets the writer finish its transaction, joins.
    void stop();
    // The bound port (useful with port 0); 0 before start().
    std::uint16_t port() const;

    class Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace ils
