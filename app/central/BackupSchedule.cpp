#include "BackupSchedule.h"

#include "Backup.h"
#include "Database.h"
#include "PrivateFiles.h"
#include "Time.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <stdexcept>

namespace central {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPrefix = "central";

// The newest backup in the folder, by its modification time; nullopt when there is none.
std::optional<std::chrono::system_clock::time_point> newestBackup(const std::string& folder)
{
    std::optional<fs::file_time_type> newest;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with(std::string(kPrefix) + "-") || !name.ends_with(".db")) {
            continue;
        }
        const auto written = entry.last_write_time(error);
        if (!error && (!newest || written > *newest)) {
            newest = written;
        }
    }
    if (!newest) {
        return std::nullopt;
    }
    // Its age, on the system clock: file_clock and system_clock need not share an epoch.
    const auto age = fs::file_time_type::clock::now() - *newest;
    return std::chrono::system_clock::now() - std::chrono::duration_cast<std::chrono::system_clock::duration>(age);
}

} // namespace

BackupSchedule::BackupSchedule(std::string dbPath,
                               std::string folder,
                               std::int64_t everySeconds,
                               int keep,
                               std::function<void(std::string_view)> log)
    : m_dbPath(std::move(dbPath))
    , m_folder(std::move(folder))
    , m_everySeconds(everySeconds)
    , m_keep(keep)
    , m_log(std::move(log))
{
}

BackupSchedule::~BackupSchedule()
{
    stop();
}

void BackupSchedule::start()
{
    try {
        ils::createPrivateFolder(m_folder); // backups hold the whole county's data
    } catch (const ils::StoreError& error) {
        throw std::runtime_error(std::string("cannot create the backup folder: ") + error.what());
    }
    m_log("scheduled backups into " + m_folder + " every " + std::to_string(m_everySeconds) + " s, keeping "
          + std::to_string(m_keep));
    m_thread = std::thread([this] { run(); });
}

void BackupSchedule::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void BackupSchedule::run()
{
    using Clock = std::chrono::system_clock;
    const auto every = std::chrono::seconds(m_everySeconds);
    const auto newest = newestBackup(m_folder);
    auto due = newest ? *newest + every : Clock::now();
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_wake.wait_until(lock, due, [this] { return m_stopping; })) {
            return;
        }
        lock.unlock();
        backupOnce();
        lock.lock();
        due = Clock::now() + every;
    }
}

void BackupSchedule::backupOnce()
{
    const auto started = std::chrono::steady_clock::now();
    const std::string path = (fs::path(m_folder) / ils::backupFileName(kPrefix, ils::SystemClock().now())).string();
    try {
        const auto result = ils::backupDatabase(m_dbPath, path);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        char figures[96];
        std::snprintf(figures,
                      sizeof figures,
                      "%.1f MB in %.1f s",
                      static_cast<double>(result.bytes) / (1024.0 * 1024.0),
                      seconds);
        m_log("backup written: " + path + " (" + figures + ", up to change " + std::to_string(result.headCn) + ")");
        for (const auto& old : ils::pruneBackups(m_folder, kPrefix, m_keep)) {
            m_log("old backup deleted: " + old);
        }
    } catch (const std::exception& e) {
        m_log("backup FAILED: " + path + ": " + e.what());
    }
}

} // namespace central
