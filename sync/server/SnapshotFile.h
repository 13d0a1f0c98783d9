#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace ils {
class CentralService;
}

namespace ils::server {

// A compressed snapshot of the central, ready to stream to a new node; the file is removed
// when the last session that streams it lets go.
class SnapshotFile
{
public:
    // Writes the snapshot next to the central's database (CentralService::writeSnapshot), then
    // compresses it with zstd. Runs on a database thread; throws on failure.
    static std::shared_ptr<SnapshotFile> prepare(CentralService& central, const std::string& dbPath);
    ~SnapshotFile();
    SnapshotFile(const SnapshotFile&) = delete;
    SnapshotFile& operator=(const SnapshotFile&) = delete;

    const std::string& path() const { return m_path; }
    std::int64_t cursor() const { return m_cursor; }
    std::uint64_t plainBytes() const { return m_plainBytes; }
    std::uint64_t compressedBytes() const { return m_compressedBytes; }

private:
    SnapshotFile() = default;

    std::string m_path;
    std::int64_t m_cursor = 0;
    std::uint64_t m_plainBytes = 0;
    std::uint64_t m_compressedBytes = 0;
};

} // namespace ils::server
