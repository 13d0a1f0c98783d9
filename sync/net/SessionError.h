#pragma once

#include "wire/Message.h"

#include <stdexcept>
#include <string>

namespace ils::net {

// Why a session ends. Thrown inside a session and caught once at its edge, where it becomes
// the log line, the Error sent to the peer (when `tellPeer`) and the client's lastError.
class SessionError : public std::runtime_error
{
public:
    SessionError(protocol::ErrorCode code, const std::string& message, bool tellPeer = true)
        : std::runtime_error(message)
        , m_code(code)
        , m_tellPeer(tellPeer)
    {
    }
    protocol::ErrorCode code() const { return m_code; }
    // False when the connection is already gone or the peer itself reported the error.
    bool tellPeer() const { return m_tellPeer; }

private:
    protocol::ErrorCode m_code;
    bool m_tellPeer;
};

// The peer closed the connection between two messages: the ordinary end of a session.
class ConnectionClosed : public SessionError
{
public:
    ConnectionClosed()
        : SessionError(protocol::ErrorCode::Internal, "connection closed by the peer", false)
    {
    }
};

} // namespace ils::net
