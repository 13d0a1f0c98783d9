#pragma once

// The one way sync/ includes Boost.Asio. Boost 1.74's asio/awaitable.hpp uses std::exchange
// without including <utility> (DESIGN §8), so <utility> comes first. Private to sync/: no
// public header includes this file, and only a few .cpp files do (each costs seconds to build).
//
// GCC 12 destroys twice a temporary aggregate or lambda created inside a co_await expression
// (`co_await write(Pong {…})` frees Pong's strings twice; checked on this toolchain). In
// sync/, name such values before awaiting: `const Message pong = Pong {…}; co_await write(pong);`.
#include <utility>

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

namespace ils::net {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = boost::asio::ip::tcp;
using boost::asio::awaitable;
using boost::asio::use_awaitable;
using TlsStream = ssl::stream<tcp::socket>;

} // namespace ils::net
