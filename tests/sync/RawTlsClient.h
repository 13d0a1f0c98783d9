#pragma once

#include "wire/FrameCodec.h"
#include "wire/Message.h"

#include <cstdint>
#include <optional>
#include <string>

typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;

// A deliberately simple, blocking TLS client for the server tests: it sends whatever bytes a
// test wants (bad frames included) and reads what comes back, with a timeout. No Asio, so the
// tests exercise the server from outside its own machinery.
class RawTlsClient
{
public:
    RawTlsClient() = default;
    ~RawTlsClient();
    RawTlsClient(const RawTlsClient&) = delete;
    RawTlsClient& operator=(const RawTlsClient&) = delete;

    // `source`: the local address to connect from (another loopback address, say 127.0.0.2).
    bool connect(std::uint16_t port, int timeoutMs = 5000, const std::string& source = {});
    bool send(const std::string& bytes);
    bool send(const ils::protocol::Message& message);
    // The next message; nullopt at a close, a timeout, or a bad frame (see lastProblem).
    std::optional<ils::protocol::Message> read(int timeoutMs = 5000);
    // True when the server closed the connection within the timeout.
    bool closedByServer(int timeoutMs = 5000);
    // Sends the TLS close_notify: the server sees the end of the stream.
    void closeWrite();
    const std::string& lastProblem() const { return m_problem; }

private:
    // Bytes appended to the decoder; false at a close or timeout.
    bool receive(int timeoutMs);

    int m_fd = -1;
    SSL_CTX* m_context = nullptr;
    SSL* m_ssl = nullptr;
    ils::protocol::FrameDecoder m_decoder;
    bool m_closed = false;
    std::string m_problem;
};
