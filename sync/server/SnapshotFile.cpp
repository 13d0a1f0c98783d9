#include "SnapshotFile.h"

#include "CentralService.h"
#include "net/Zstd.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <unistd.h>

namespace ils::server {

namespace {

std::string uniqueName(const std::string& dbPath)
{
    static std::atomic<unsigned> counter {0};
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    return dbPath + ".snapshot-" + std::to_string(::getpid()) + "-" + std::to_string(now) + "-"
        + std::to_string(counter++);
}

void removeQuietly(const std::string& path)
{
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    std::filesystem::remove(path + "-journal", ignored);
    std::filesystem::remove(path + "-wal", ignored);
    std::filesystem::remove(path + "-shm", ignored);
}

} // namespace

std::shared_ptr<SnapshotFile> SnapshotFile::prepare(CentralService& central, const std::string& dbPath)
{
    const std::string base = uniqueName(dbPath);
    const std::string plain = base + ".db";
    std::shared_ptr<SnapshotFile> snapshot(new SnapshotFile());
    snapshot->m_path = base + ".zst";
    try {
        snapshot->m_cursor = central.writeSnapshot(plain);
        const auto sizes = net::compressFile(plain, snapshot->m_path);
        snapshot->m_plainBytes = sizes.plainBytes;
        snapshot->m_compressedBytes = sizes.compressedBytes;
    } catch (...) {
        removeQuietly(plain);
        throw;
    }
    removeQuietly(plain);
    return snapshot;
}

SnapshotFile::~SnapshotFile()
{
    removeQuietly(m_path);
}

} // namespace ils::server
