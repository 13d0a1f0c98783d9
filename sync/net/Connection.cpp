#include "Connection.h"

#include "wire/Messages.h"

namespace ils::net {

using protocol::ErrorCode;

namespace {

std::string describe(const tcp::socket& socket)
{
    boost::system::error_code ec;
    const auto endpoint = socket.remote_endpoint(ec);
    if (ec) {
        return "unknown peer";
    }
    return endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
}

std::string seconds(Millis d)
{
    if (d.count() % 1000 == 0) {
        return std::to_string(d.count() / 1000) + " s";
    }
    return std::to_string(d.count()) + " ms";
}

bool isClosedByPeer(const boost::system::error_code& ec)
{
    return ec == asio::error::eof || ec == ssl::error::stream_truncated || ec == asio::error::connection_reset
        || ec == asio::error::broken_pipe;
}

} // namespace

Connection::Connection(TlsStream stream, Millis deadline)
    : m_stream(std::move(stream))
    , m_deadline(deadline)
    , m_peer(describe(m_stream.next_layer()))
    , m_timer(m_stream.get_executor())
{
}

void Connection::setCap(Millis within, std::string what)
{
    m_cap = Clock::now() + within;
    m_capText = std::move(what);
}

void Connection::arm(Millis deadline, std::string timeoutText)
{
    m_timedOut = false;
    if (m_cap) {
        const auto left = std::chrono::duration_cast<Millis>(*m_cap - Clock::now());
        if (left <= deadline) {
            deadline = std::max(left, Millis(0));
            timeoutText = m_capText;
        }
    }
    m_timeoutText = std::move(timeoutText);
    const auto generation = ++m_generation;
    m_timer.expires_after(deadline);
    m_timer.async_wait([self = shared_from_this(), generation](const boost::system::error_code& ec) {
        if (ec || generation != self->m_generation) {
            return;
        }
        self->m_timedOut = true;
        boost::system::error_code ignored;
        self->m_stream.lowest_layer().cancel(ignored);
    });
}

void Connection::disarm()
{
    ++m_generation;
    m_timer.cancel();
}

void Connection::throwIoError(const boost::system::error_code& ec, const char* what)
{
    if (m_timedOut) {
        throw SessionError(ErrorCode::Timeout, m_timeoutText + ": the deadline passed");
    }
    if (isClosedByPeer(ec)) {
        throw SessionError(ErrorCode::Internal, "connection closed by the peer", false);
    }
    if (ec == asio::error::operation_aborted || ec == asio::error::bad_descriptor) {
        throw SessionError(ErrorCode::ShuttingDown, "connection closed", false);
    }
    throw SessionError(ErrorCode::Internal, std::string(what) + ": " + ec.message(), false);
}

awaitable<void> Connection::handshake(ssl::stream_base::handshake_type type)
{
    boost::system::error_code ec;
    arm(m_deadline, "no TLS handshake within " + seconds(m_deadline));
    co_await m_stream.async_handshake(type, asio::redirect_error(use_awaitable, ec));
    disarm();
    if (ec) {
        if (m_timedOut || isClosedByPeer(ec)) {
            throwIoError(ec, "in the TLS handshake");
        }
        throw SessionError(ErrorCode::Internal, "TLS handshake failed: " + ec.message(), false);
    }
}

awaitable<protocol::Message> Connection::read(Millis deadline)
{
    if (deadline == Millis::zero()) {
        deadline = m_deadline;
    }
    // Both deadlines are fixed when their wait begins: bytes dripped in do not extend them.
    const auto waitEnds = Clock::now() + deadline;
    for (;;) {
        if (auto body = m_decoder.next()) {
            auto decoded = protocol::decode(*body);
            if (!decoded) {
                throw SessionError(ErrorCode::Malformed, decoded.error);
            }
            co_return std::move(*decoded.message);
        }
        boost::system::error_code ec;
        if (m_frameStarted) {
            arm(std::chrono::duration_cast<Millis>(*m_frameStarted + m_deadline - Clock::now()),
                "a frame not complete within " + seconds(m_deadline) + " of its first byte");
        } else {
            arm(std::chrono::duration_cast<Millis>(waitEnds - Clock::now()),
                "nothing received for " + seconds(deadline));
        }
        const std::size_t n =
            co_await m_stream.async_read_some(asio::buffer(m_buffer), asio::redirect_error(use_awaitable, ec));
        disarm();
        if (ec && !m_timedOut && isClosedByPeer(ec)) {
            if (const auto truncated = m_decoder.finish()) {
                throw SessionError(ErrorCode::Malformed, truncated->message, false);
            }
            throw ConnectionClosed();
        }
        if (ec) {
            throwIoError(ec, "reading");
        }
        if (const auto error = m_decoder.feed(std::string_view(m_buffer.data(), n))) {
            throw SessionError(error->kind == protocol::FrameError::Kind::TooLarge ? ErrorCode::FrameTooLarge
                                                                                   : ErrorCode::Malformed,
                               error->message);
        }
        if (m_decoder.atFrameBoundary()) {
            m_frameStarted.reset();
        } else if (!m_frameStarted || m_decoder.hasFrame()) {
            m_frameStarted = Clock::now(); // the frame in progress began in these bytes
        }
    }
}

awaitable<void> Connection::write(const protocol::Message& message)
{
    co_await writeBytes(protocol::encodeFramed(message));
}

awaitable<void> Connection::writeBytes(const std::string& bytes)
{
    boost::system::error_code ec;
    arm(m_deadline, "the peer did not take " + std::to_string(bytes.size()) + " bytes within " + seconds(m_deadline));
    co_await asio::async_write(m_stream, asio::buffer(bytes), asio::redirect_error(use_awaitable, ec));
    disarm();
    if (ec) {
        throwIoError(ec, "writing");
    }
}

awaitable<void> Connection::fail(const protocol::Error& error)
{
    liftCap(); // the error is sent even when the cap is what passed
    if (isOpen()) {
        const Millis saved = m_deadline;
        m_deadline = std::min(m_deadline, Millis(2000));
        try {
            co_await write(error);
        } catch (const SessionError&) {
            // The peer is gone or not reading: closing is all that is left.
        }
        m_deadline = saved;
    }
    co_await shutdown();
}

awaitable<void> Connection::shutdown()
{
    if (!isOpen()) {
        co_return;
    }
    boost::system::error_code ec;
    arm(std::min(m_deadline, Millis(1000)), "no TLS close within 1 s");
    co_await m_stream.async_shutdown(asio::redirect_error(use_awaitable, ec));
    disarm();
    close();
}

void Connection::close()
{
    disarm();
    boost::system::error_code ignored;
    m_stream.lowest_layer().shutdown(tcp::socket::shutdown_both, ignored);
    m_stream.lowest_layer().close(ignored);
}

void Connection::closeSoon()
{
    asio::post(m_stream.get_executor(), [self = shared_from_this()] { self->close(); });
}

} // namespace ils::net
