#include "StoreWorkers.h"

#include "LocalStore.h"

#include <chrono>
#include <stdexcept>

namespace ils::server {

namespace {

// A group commit bounded so that one transaction stays short even under a flood.
constexpr std::size_t kMaxEntriesPerGroup = 50'000;

} // namespace

StoreWorkers::StoreWorkers(std::string name, std::string dbPath, const Clock& clock, int threads)
    : m_name(std::move(name))
    , m_dbPath(std::move(dbPath))
    , m_clock(clock)
    , m_threadCount(std::max(1, threads))
{
}

StoreWorkers::~StoreWorkers()
{
    stop();
}

void StoreWorkers::start(const std::function<void(CentralService&)>& onOpen)
{
    for (int i = 0; i < m_threadCount; ++i) {
        std::promise<void> opened;
        auto ready = opened.get_future();
        m_threads.emplace_back([this, onOpen, &opened] { run(onOpen, &opened); });
        try {
            ready.get(); // one at a time: opening may upgrade the schema
        } catch (...) {
            stop();
            throw;
        }
    }
}

void StoreWorkers::post(Job job)
{
    std::unique_lock lock(m_mutex);
    if (m_stopping) {
        lock.unlock();
        job(nullptr);
        return;
    }
    m_queue.push_back(Task {std::move(job), {}, {}});
    lock.unlock();
    m_wake.notify_one();
}

void StoreWorkers::postApply(NodeBatch batch, ApplyDone done)
{
    std::unique_lock lock(m_mutex);
    Task task {{}, std::move(batch), std::move(done)};
    if (m_stopping) {
        lock.unlock();
        abandon(task);
        return;
    }
    m_queue.push_back(std::move(task));
    lock.unlock();
    m_wake.notify_one();
}

void StoreWorkers::abandon(Task& task)
{
    if (task.done) {
        task.done(std::make_exception_ptr(std::runtime_error("the central is shutting down")), {});
    } else if (task.job) {
        task.job(nullptr);
    }
}

void StoreWorkers::run(std::function<void(CentralService&)> onOpen, std::promise<void>* opened)
{
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<CentralService> central;
    try {
        store = std::make_unique<LocalStore>(m_dbPath, m_clock);
        central = std::make_unique<CentralService>(*store);
        if (onOpen) {
            onOpen(*central);
        }
        opened->set_value();
    } catch (...) {
        opened->set_exception(std::current_exception());
        return;
    }
    for (;;) {
        std::vector<Task> group;
        Task single;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping) {
                return;
            }
            if (m_queue.front().done) {
                // Every push batch waiting now goes into one transaction.
                std::size_t entries = 0;
                for (auto it = m_queue.begin(); it != m_queue.end() && entries < kMaxEntriesPerGroup;) {
                    if (it->done) {
                        entries += it->batch.entries.size();
                        group.push_back(std::move(*it));
                        it = m_queue.erase(it);
                    } else {
                        ++it;
                    }
                }
            } else {
                single = std::move(m_queue.front());
                m_queue.pop_front();
            }
        }
        if (!group.empty()) {
            applyGroup(*central, group);
        } else {
            single.job(central.get());
        }
    }
}

void StoreWorkers::applyGroup(CentralService& central, std::vector<Task>& group)
{
    std::vector<NodeBatch> batches;
    batches.reserve(group.size());
    for (auto& task : group) {
        batches.push_back(std::move(task.batch));
    }
    std::vector<BatchResult> results;
    const auto started = std::chrono::steady_clock::now();
    try {
        results = central.applyBatches(batches);
        std::lock_guard lock(m_mutex);
        ++m_stats.transactions;
        m_stats.batches += batches.size();
        for (const auto& batch : batches) {
            m_stats.entries += batch.entries.size();
        }
        m_stats.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    } catch (...) {
        const auto error = std::current_exception();
        for (auto& task : group) {
            task.done(error, {});
        }
        return;
    }
    for (std::size_t i = 0; i < group.size(); ++i) {
        if (i < results.size()) {
            group[i].done(nullptr, std::move(results[i]));
        } else {
            group[i].done(std::make_exception_ptr(std::logic_error("applyBatches returned too few results")), {});
        }
    }
}

StoreWorkers::GroupStats StoreWorkers::groupStats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void StoreWorkers::stop()
{
    std::deque<Task> left;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        left.swap(m_queue);
    }
    m_wake.notify_all();
    for (auto& thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
    m_threads.clear();
    for (auto& task : left) {
        abandon(task);
    }
}

} // namespace ils::server
