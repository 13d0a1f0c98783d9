#include "RawTlsClient.h"

#include "wire/Messages.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

RawTlsClient::~RawTlsClient()
{
    if (m_ssl) {
        SSL_free(m_ssl);
    }
    if (m_context) {
        SSL_CTX_free(m_context);
    }
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

bool RawTlsClient::connect(std::uint16_t port, int timeoutMs, const std::string& source)
{
    // A write to a connection the server closed is a failed write here, not a SIGPIPE death.
    ::signal(SIGPIPE, SIG_IGN);
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (!source.empty()) {
        sockaddr_in local {};
        local.sin_family = AF_INET;
        if (::inet_pton(AF_INET, source.c_str(), &local.sin_addr) != 1
            || ::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
            m_problem = "cannot bind to " + source;
            return false;
        }
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        m_problem = "connect failed";
        return false;
    }
    timeval tv {timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    m_context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_verify(m_context, SSL_VERIFY_NONE, nullptr);
    m_ssl = SSL_new(m_context);
    SSL_set_fd(m_ssl, m_fd);
    if (SSL_connect(m_ssl) != 1) {
        m_problem = "TLS handshake failed";
        return false;
    }
    return true;
}

bool RawTlsClient::send(const std::string& bytes)
{
    std::size_t written = 0;
    while (written < bytes.size()) {
        const int n = SSL_write(m_ssl, bytes.data() + written, static_cast<int>(bytes.size() - written));
        if (n <= 0) {
            m_problem = "write failed";
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

bool RawTlsClient::send(const ils::protocol::Message& message)
{
    return send(ils::protocol::encodeFramed(message));
}

bool RawTlsClient::receive(int timeoutMs)
{
    if (m_closed) {
        return false;
    }
    if (SSL_pending(m_ssl) == 0) {
        pollfd p {m_fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0) {
            m_problem = "timeout";
            return false;
        }
    }
    char buffer[16384];
    const int n = SSL_read(m_ssl, buffer, sizeof buffer);
    if (n <= 0) {
        m_closed = true;
        m_problem = "closed";
        return false;
    }
    if (const auto error = m_decoder.feed(std::string_view(buffer, static_cast<std::size_t>(n)))) {
        m_problem = error->message;
        return false;
    }
    return true;
}

std::optional<ils::protocol::Message> RawTlsClient::read(int timeoutMs)
{
    for (;;) {
        if (auto body = m_decoder.next()) {
            auto decoded = ils::protocol::decode(*body);
            if (!decoded) {
                m_problem = decoded.error;
                return std::nullopt;
            }
            return std::move(*decoded.message);
        }
        if (!receive(timeoutMs)) {
            return std::nullopt;
        }
    }
}

bool RawTlsClient::closedByServer(int timeoutMs)
{
    while (!m_closed) {
        m_decoder.next();
        if (!receive(timeoutMs)) {
            return m_closed;
        }
    }
    return true;
}

void RawTlsClient::closeWrite()
{
    SSL_shutdown(m_ssl);
}
