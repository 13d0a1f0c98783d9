#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace central {

// Scheduled backups of the central's database, on a thread of their own: a backup reads one
// snapshot of the database through its own connection (ils::backupDatabase), so the server's
// writer thread and the syncs go on meanwhile. The first backup is due one interval after the
// newest one already in the folder (at once when there is none); the oldest beyond `keep` are
// deleted after each backup.
class BackupSchedule
{
public:
    BackupSchedule(std::string dbPath,
                   std::string folder,
                   std::int64_t everySeconds,
                   int keep,
                   std::function<void(std::string_view)> log);
    ~BackupSchedule(); // stops, after the backup in progress if any
    BackupSchedule(const BackupSchedule&) = delete;
    BackupSchedule& operator=(const BackupSchedule&) = delete;

    void start();
    void stop();

private:
    void run();
    void backupOnce();

    std::string m_dbPath;
    std::string m_folder;
    std::int64_t m_everySeconds;
    int m_keep;
    std::function<void(std::string_view)> m_log;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace central
