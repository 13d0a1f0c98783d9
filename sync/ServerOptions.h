#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace ils {

struct ServerOptions
{
    std::string dbPath; // the central's database (`ilsctl init` first)
    std::string host = "0.0.0.0";
    std::uint16_t port = 7443; // 0: any free port (tests), see CentralServer::port()
    std::string certFile; // PEM certificate chain
    std::string keyFile; // PEM private key

    // A frame from its first byte to its last (however slowly it drips in), a write, the first
    // byte of the first message.
    double readDeadlineSeconds = 30;
    double loginSeconds = 10; // from the connection to the Hello or EnrolRequest read, all told
    double idleSeconds = 90; // between a node's requests (nodes ping every 15 s)
    int threads = 2; // network threads; plus one writer and `readers` database readers
    int readers = 2;
    // The largest frame a peer may send before its Hello or EnrolRequest is accepted; after,
    // protocol::kMaxFrameBytes. A stranger cannot make the central hold 16 MiB per connection.
    std::size_t preLoginFrameBytes = 64 * 1024;
    // Open connections, all told and from one IP address; over either, a new connection is
    // closed at once (one log line per 10 s says how many were).
    int maxConnections = 1000;
    int maxConnectionsPerAddress = 64;
    int maxPullLimit = 5000; // changes per page, whatever a node asks for
    bool stopOnSignals = false; // SIGTERM and SIGINT stop the server (the daemon)

    // One line per event (no trailing newline), from any thread; stderr when empty.
    std::function<void(std::string_view line)> log;
};

} // namespace ils
