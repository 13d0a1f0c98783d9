#pragma once

#include "CentralService.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ils {
class Clock;
}

namespace ils::server {

// Threads that each own a connection to the central's database (a LocalStore and a
// CentralService over it) and run jobs for the sessions. SQLite has one writer, so the
// server has one StoreWorkers of one thread for everything that writes, and a few more for
// pulls and snapshots.
//
// Push batches are special: a writer thread takes every batch queued at that moment, from all
// sessions, and applies them in ONE CentralService::applyBatches transaction (group commit):
// one fsync for a hundred nodes instead of a hundred.
class StoreWorkers
{
public:
    // Called with nullptr when the workers stop before running the job: it must still answer.
    using Job = std::function<void(CentralService*)>;
    using ApplyDone = std::function<void(std::exception_ptr, BatchResult)>;

    StoreWorkers(std::string name, std::string dbPath, const Clock& clock, int threads);
    ~StoreWorkers();
    StoreWorkers(const StoreWorkers&) = delete;
    StoreWorkers& operator=(const StoreWorkers&) = delete;

    // Opens the database on every thread and runs `onOpen` there; rethrows the first failure.
    void start(const std::function<void(CentralService&)>& onOpen = {});
    void post(Job job);
    void postApply(NodeBatch batch, ApplyDone done);
    // Lets each thread finish its current job (a transaction in progress commits), answers
    // the jobs still queued with nullptr / an error, joins.
    void stop();

    // Group commits so far, for the log: how well pushes from many nodes were combined.
    struct GroupStats
    {
        std::uint64_t transactions = 0;
        std::uint64_t batches = 0;
        std::uint64_t entries = 0;
        double seconds = 0;
    };
    GroupStats groupStats() const;

private:
    struct Task
    {
        Job job;
        NodeBatch batch;
        ApplyDone done; // set for a push batch
    };

    void run(std::function<void(CentralService&)> onOpen, std::promise<void>* opened);
    void applyGroup(CentralService& central, std::vector<Task>& group);
    static void abandon(Task& task);

    std::string m_name;
    std::string m_dbPath;
    const Clock& m_clock;
    int m_threadCount;
    std::vector<std::thread> m_threads;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    GroupStats m_stats;
    std::deque<Task> m_queue;
    bool m_stopping = false;
};

} // namespace ils::server
