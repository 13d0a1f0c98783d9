#pragma once

#include "StoreWorkers.h"
#include "net/AsioPrelude.h"
#include "net/SessionError.h"

#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace ils::server {

// Runs `work` on a database thread and resumes the calling coroutine on its own executor
// with the result (or the exception). The session never blocks a network thread on SQLite.
template<typename T, typename Work>
net::awaitable<T> onWorker(StoreWorkers& workers, Work work)
{
    auto executor = co_await net::asio::this_coro::executor;
    auto initiate = [&workers, executor, work = std::move(work)](auto handler) mutable {
        auto shared = std::make_shared<decltype(handler)>(std::move(handler));
        workers.post([shared, executor, work = std::move(work)](CentralService* central) mutable {
            std::exception_ptr error;
            std::optional<T> result;
            if (!central) {
                error = std::make_exception_ptr(
                    net::SessionError(protocol::ErrorCode::ShuttingDown, "the central is shutting down", false));
            } else {
                try {
                    result.emplace(work(*central));
                } catch (...) {
                    error = std::current_exception();
                }
            }
            net::asio::post(executor, [shared, error, result = std::move(result)]() mutable {
                (*shared)(error, std::move(result));
            });
        });
    };
    auto result = co_await net::asio::async_initiate<const net::asio::use_awaitable_t<>,
                                                     void(std::exception_ptr, std::optional<T>)>(std::move(initiate),
                                                                                                 net::use_awaitable);
    co_return std::move(*result);
}

// A push batch through the writer's group commit.
inline net::awaitable<BatchResult> applyOnWriter(StoreWorkers& writer, NodeBatch batch)
{
    auto executor = co_await net::asio::this_coro::executor;
    auto initiate = [&writer, executor, batch = std::move(batch)](auto handler) mutable {
        auto shared = std::make_shared<decltype(handler)>(std::move(handler));
        writer.postApply(std::move(batch), [shared, executor](std::exception_ptr error, BatchResult result) {
            net::asio::post(executor, [shared, error, result = std::move(result)]() mutable {
                (*shared)(error, std::move(result));
            });
        });
    };
    co_return co_await net::asio::async_initiate<const net::asio::use_awaitable_t<>,
                                                 void(std::exception_ptr, BatchResult)>(std::move(initiate),
                                                                                        net::use_awaitable);
}

} // namespace ils::server
