#pragma once

#include "AsioPrelude.h"
#include "SessionError.h"
#include "wire/FrameCodec.h"
#include "wire/Message.h"

#include <array>
#include <chrono>
#include <memory>
#include <string>

namespace ils::net {

using Millis = std::chrono::milliseconds;

// One TLS connection speaking frames of messages, for both ends. Every read and write has a
// deadline; a bad frame, a bad message, a closed connection or a passed deadline is thrown as
// a SessionError. Used by one coroutine at a time (reads and writes never overlap), on the
// executor of its socket (a strand in the server).
class Connection : public std::enable_shared_from_this<Connection>
{
public:
    Connection(TlsStream stream, Millis deadline);

    TlsStream& stream() { return m_stream; }
    const std::string& peer() const { return m_peer; }
    Millis deadline() const { return m_deadline; }

    awaitable<void> handshake(ssl::stream_base::handshake_type type);
    // The next message, within `deadline` (the connection's own when zero).
    awaitable<protocol::Message> read(Millis deadline = Millis::zero());
    awaitable<void> write(const protocol::Message& message);
    // Already framed bytes (several messages at once, or a test's raw bytes).
    awaitable<void> writeBytes(const std::string& bytes);
    // Best effort, within a short deadline: send the error, close the TLS session, close.
    awaitable<void> fail(const protocol::Error& error);
    // A clean end: TLS close_notify (briefly awaited), then close.
    awaitable<void> shutdown();
    // Closes the socket now; pending operations end with an error. Call on the executor.
    void close();
    // Thread-safe: close() on the connection's executor.
    void closeSoon();
    bool isOpen() const { return m_stream.lowest_layer().is_open(); }
    // The largest frame the peer may send from now on (the server keeps it small until login).
    void setMaxFrameBytes(std::size_t bytes) { m_decoder.setMaxFrameBytes(bytes); }

private:
    void arm(Millis deadline);
    void disarm();
    [[noreturn]] void throwIoError(const boost::system::error_code& ec, const char* what);

    TlsStream m_stream;
    Millis m_deadline;
    std::string m_peer;
    asio::steady_timer m_timer;
    std::uint64_t m_generation = 0;
    Millis m_armedFor {0};
    bool m_timedOut = false;
    protocol::FrameDecoder m_decoder;
    std::array<char, 64 * 1024> m_buffer;
};

} // namespace ils::net
