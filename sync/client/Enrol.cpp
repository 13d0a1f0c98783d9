#include "Enrolment.h"

#include "CertificateFingerprint.h"
#include "NodeExchange.h"
#include "net/Backoff.h"
#include "net/Tls.h"

#include "ReplicaService.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>
#include <unistd.h>

namespace ils {

namespace asio = boost::asio;
using namespace ils::protocol;
using client::expect;
using net::awaitable;

namespace {

// Downloads that break are fetched again with the new credentials, this many times.
constexpr int kSnapshotAttempts = 4;

void removeFile(const std::string& path)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        std::filesystem::remove(path + suffix, ignored);
    }
}

// One enrolment: the grant, then the snapshot, fetched again after a drop.
class Enrolment
{
public:
    Enrolment(const std::string& partPath,
              CentralAddress central,
              const SyncOptions& options,
              const EnrolProgressFunction& progress,
              EnrolResult& result)
        : m_partPath(partPath)
        , m_central(std::move(central))
        , m_options(options)
        , m_progress(progress)
        , m_result(result)
        , m_tls(net::clientContext())
    {
    }

    awaitable<void> run(const std::string& token, const std::string& nodeName);
    const std::string& secret() const { return m_secret; }

private:
    awaitable<void> receiveSnapshot(net::Connection& connection);
    awaitable<void> fetchAgain(int attempt);
    void report(EnrolProgress::Stage stage, std::uint64_t received = 0, std::uint64_t total = 0)
    {
        if (m_progress)
            m_progress(EnrolProgress {stage, m_attempt, received, total});
    }

    std::string m_partPath;
    CentralAddress m_central;
    const SyncOptions& m_options;
    const EnrolProgressFunction& m_progress;
    EnrolResult& m_result;
    net::ssl::context m_tls;
    std::string m_secret;
    int m_attempt = 1; // of the snapshot download
};

awaitable<void> Enrolment::run(const std::string& token, const std::string& nodeName)
{
    report(EnrolProgress::Stage::Connecting);
    auto connection = co_await client::connectToCentral(m_central, m_options, m_tls);
    const Message request = EnrolRequest {kProtocolVersion, token, nodeName, m_options.software};
    co_await connection->write(request);
    EnrolGrant grant = co_await expect<EnrolGrant>(*connection);
    m_result.node = grant.node;
    m_secret = grant.secret;
    std::string lastError;
    try {
        co_await receiveSnapshot(*connection);
        co_await connection->shutdown();
        co_return;
    } catch (const std::exception& e) {
        lastError = e.what();
    }
    connection->close();
    // The token is spent: from here on the node's own credentials fetch the snapshot.
    net::Backoff backoff(std::chrono::milliseconds(static_cast<std::int64_t>(m_options.backoffInitialSeconds * 1000)),
                         std::chrono::milliseconds(static_cast<std::int64_t>(m_options.backoffMaxSeconds * 1000)),
                         std::random_device()());
    auto executor = co_await asio::this_coro::executor;
    for (int attempt = 1; attempt < kSnapshotAttempts; ++attempt) {
        asio::steady_timer pause(executor, backoff.next());
        co_await pause.async_wait(net::use_awaitable);
        try {
            co_await fetchAgain(attempt + 1);
            co_return;
        } catch (const std::exception& e) {
            lastError = e.what();
        }
    }
    throw std::runtime_error("the central granted " + m_result.node.nodeId + " but the snapshot download failed "
                             + std::to_string(kSnapshotAttempts) + " times (" + lastError
                             + "); ask the administrator for a new token");
}

awaitable<void> Enrolment::fetchAgain(int attempt)
{
    m_attempt = attempt;
    report(EnrolProgress::Stage::Connecting);
    auto connection = co_await client::connectToCentral(m_central, m_options, m_tls);
    const Message hello = Hello {kProtocolVersion, m_result.node.nodeId, m_secret, m_options.software, 0};
    co_await connection->write(hello);
    co_await expect<Welcome>(*connection);
    const Message request = SnapshotRequest {};
    co_await connection->write(request);
    co_await receiveSnapshot(*connection);
    co_await connection->shutdown();
}

awaitable<void> Enrolment::receiveSnapshot(net::Connection& connection)
{
    const auto received =
        co_await client::receiveSnapshot(connection, m_partPath, [this](std::uint64_t done, std::uint64_t total) {
            report(EnrolProgress::Stage::Downloading, done, total);
        });
    m_result.cursor = received.cursor;
    m_result.snapshotBytes = received.snapshotBytes;
    m_result.compressedBytes = received.compressedBytes;
}

} // namespace

EnrolResult enrol(const std::string& dbPath,
                  const CentralAddress& central,
                  const std::string& token,
                  const std::string& nodeName,
                  const SyncOptions& options,
                  const EnrolProgressFunction& progress)
{
    const auto started = std::chrono::steady_clock::now();
    EnrolResult result;
    const auto fingerprint = normaliseFingerprint(central.fingerprint);
    if (!fingerprint) {
        result.error =
            "\"" + central.fingerprint + "\" is not a SHA-256 certificate fingerprint (64 hex digits, colons allowed)";
        return result;
    }
    if (std::filesystem::exists(dbPath)) {
        result.error = dbPath + " already exists; enrolment creates a new replica";
        return result;
    }
    CentralAddress pinned = central;
    pinned.fingerprint = *fingerprint;
    const std::string partPath = dbPath + ".enrolling";
    removeFile(partPath);
    try {
        asio::io_context io;
        Enrolment enrolment(partPath, pinned, options, progress, result);
        std::exception_ptr failure;
        asio::co_spawn(io, enrolment.run(token, nodeName), [&](std::exception_ptr error) { failure = error; });
        io.run();
        if (failure) {
            std::rethrow_exception(failure);
        }
        if (progress)
            progress(EnrolProgress {EnrolProgress::Stage::Building, 1, result.compressedBytes, result.compressedBytes});
        ReplicaService::installSnapshot(
            partPath, EnrolmentGrant {result.node, enrolment.secret()}, pinned, result.cursor);
        if (std::filesystem::exists(partPath + "-wal") && std::filesystem::file_size(partPath + "-wal") > 0) {
            throw std::runtime_error("the installed snapshot " + partPath + " still has a write-ahead log");
        }
        // link() refuses to replace: a database that appeared meanwhile is never overwritten.
        if (::link(partPath.c_str(), dbPath.c_str()) != 0) {
            throw std::runtime_error("cannot create " + dbPath + ": " + std::strerror(errno));
        }
        removeFile(partPath);
    } catch (const std::exception& e) {
        removeFile(partPath);
        result.error = e.what();
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace ils
