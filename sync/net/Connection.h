#pragma once

#include "AsioPrelude.h"
#include "SessionError.h"
#include "wire/FrameCodec.h"
#include "wire/Message.h"

#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace ils::net {

using Millis = std::chrono::milliseconds;

// One TLS connection speaking frames of messages, for both ends. Every read and write has a
// deadline; a bad frame, a bad message, a closed connection or a passed deadline is thrown as
// a SessionError. Deadlines are absolute: a frame must be complete within the connection's
// deadline of its first byte however the peer drips it, and a cap (setCap) bounds everything
// until it is lifted (the server's login deadline). Used by one coroutine at a time (reads and writes never overlap),
// on the executor of its socket (a strand in the server).
class Connection : public std::enable_shared_from_this<Connection>
{
public:
    Connection(TlsStream stream, Millis deadline);

    TlsStream& stream() { return m_stream; }
    const std::string& peer() const { return m_peer; }
    Millis deadline() const { return m_deadline; }

    awaitable<void> handshake(ssl::stream_base::handshake_type type);
    // The next message: its first byte within `deadline` (the connection's own when zero), the
    // whole frame within the connection's deadline of its first byte.
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
    // Every operation from now on ends by `within` from now (`what` says which deadline in the
    // Timeout error), until liftCap().
    void setCap(Millis within, std::string what);
    void liftCap() { m_cap.reset(); }
    // The largest frame the peer may send from now on (the server keeps it small until login).
    void setMaxFrameBytes(std::size_t bytes) { m_decoder.setMaxFrameBytes(bytes); }

private:
    using Clock = std::chrono::steady_clock;
    void arm(Millis deadline, std::string timeoutText);
    void disarm();
    [[noreturn]] void throwIoError(const boost::system::error_code& ec, const char* what);

    TlsStream m_stream;
    Millis m_deadline;
    std::string m_peer;
    asio::steady_timer m_timer;
    std::uint64_t m_generation = 0;
    std::string m_timeoutText; // what the armed deadline was, for the Timeout error
    bool m_timedOut = false;
    std::optional<Clock::time_point> m_cap;
    std::string m_capText;
    std::optional<Clock::time_point> m_frameStarted; // first byte of the frame being received
    protocol::FrameDecoder m_decoder;
    std::array<char, 64 * 1024> m_buffer;
};

} // namespace ils::net
