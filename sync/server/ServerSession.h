#pragma once

#include "ServerContext.h"
#include "net/Connection.h"

#include <memory>

namespace ils::server {

// One node's connection, from the TLS handshake to the close. Never throws: every failure is
// logged with the peer and node, told to the peer when it can be, and ends this session only.
net::awaitable<void> serveSession(std::shared_ptr<net::Connection> connection, ServerContext& context);

} // namespace ils::server
