#pragma once

#include "AsioPrelude.h"

#include <string>

namespace ils::net {

// TLS 1.2 or newer, both ends. The server loads its certificate chain and key (throws
// std::runtime_error naming the file); the client trusts no authority but pins the central's
// certificate by fingerprint after the handshake (verifyPinned).
ssl::context serverContext(const std::string& certFile, const std::string& keyFile);
ssl::context clientContext();

// Throws SessionError(BadCredentials) unless the peer's certificate has this fingerprint.
void verifyPinned(TlsStream& stream, const std::string& expectedFingerprint);

} // namespace ils::net
