// Replication benchmarks (DESIGN §6), over loopback TLS to a CentralServer in this process:
//
//   bootstrap   a new node enrols from the snapshot of a central of 1M items / 400k records /
//               300k readers / 5M loans: token → usable replica (target ≤ 60 s)
//   push        one node pushes 10,000 queued transactions (checkouts and check-ins), applied at
//               the central and acknowledged (target ≤ 2 s)
//   many_nodes  100 nodes push 1,000 transactions each at once: the central's apply rate (target
//               ≥ 20,000 transactions/s on 2 cores), against a plain SQLite insert of the same
//               rows in the same run
//
//   bench_sync [--quick] [--replica=PATH] [--small-replica=PATH] [--work=DIR] [--rebuild]
//              [--push=N] [--nodes=N] [--per-node=N] [--reps=N] [--batch=N] [--engine-only]
//              [Google Benchmark flags]
//
// --batch sets the client's PushBatch size (default 500), to see what batching buys.
// --engine-only makes many_nodes measure only the central's engine alone (no plain insert, no
// network): quick to repeat, and a mark on stderr tells a profiler when to attach.
#include "BenchReplica.h"

#include "CentralServer.h"
#include "CertificateFingerprint.h"
#include "Enrolment.h"
#include "SyncClient.h"

#include "CentralService.h"
#include "ChangeFeed.h"
#include "Circulation.h"
#include "Database.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "RangeStore.h"
#include "ReplicaService.h"
#include "Settings.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

struct Options
{
    bool quick = false;
    bool rebuild = false;
    std::string replica; // the big central (bootstrap, push)
    std::string smallReplica; // the central of the many-nodes benchmark
    std::string work; // scratch: copies of the centrals, node replicas
    int push = 0; // transactions queued at the node (push)
    int nodes = 0; // many_nodes
    int perNode = 0;
    int reps = 0; // repetitions of push
    int batch = 0; // SyncOptions::batchSize; 0: the client's default (500)
    bool engineOnly = false; // many_nodes: only the engine-alone figure (for profiling)
};

Options takeOwnOptions(int& argc, char** argv)
{
    Options options;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&](const char* prefix) { return arg.substr(std::string(prefix).size()); };
        if (arg == "--quick")
            options.quick = true;
        else if (arg == "--rebuild")
            options.rebuild = true;
        else if (arg.starts_with("--replica="))
            options.replica = value("--replica=");
        else if (arg.starts_with("--small-replica="))
            options.smallReplica = value("--small-replica=");
        else if (arg.starts_with("--work="))
            options.work = value("--work=");
        else if (arg.starts_with("--push="))
            options.push = std::max(2, std::stoi(value("--push=")));
        else if (arg.starts_with("--nodes="))
            options.nodes = std::max(1, std::stoi(value("--nodes=")));
        else if (arg.starts_with("--per-node="))
            options.perNode = std::max(2, std::stoi(value("--per-node=")));
        else if (arg.starts_with("--reps="))
            options.reps = std::max(1, std::stoi(value("--reps=")));
        else if (arg.starts_with("--batch="))
            options.batch = std::max(1, std::stoi(value("--batch=")));
        else if (arg == "--engine-only")
            options.engineOnly = true;
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    const std::string dir = ILS_BENCH_DIR;
    if (options.replica.empty())
        options.replica = dir + (options.quick ? "/replica-quick.db" : "/replica-1M.db");
    if (options.smallReplica.empty())
        options.smallReplica = dir + "/replica-quick.db";
    if (options.work.empty())
        options.work = dir + "/sync-work";
    if (options.push == 0)
        options.push = options.quick ? 2'000 : 10'000;
    if (options.nodes == 0)
        options.nodes = options.quick ? 20 : 100;
    if (options.perNode == 0)
        options.perNode = options.quick ? 200 : 1'000;
    if (options.reps == 0)
        options.reps = options.quick ? 2 : 5;
    return options;
}

Options options;

// What the clients put in one PushBatch; the plain insert and the engine-only figure use the same.
std::size_t pushBatchSize()
{
    return options.batch > 0 ? static_cast<std::size_t>(options.batch)
                             : static_cast<std::size_t>(ils::SyncOptions().batchSize);
}

const ils::DemoCounts bigCounts {
    .records = 400'000, .items = 1'000'000, .readers = 300'000, .loans = 5'000'000, .seed = 532622};
const ils::DemoCounts smallCounts {
    .records = 20'000, .items = 50'000, .readers = 15'000, .loans = 250'000, .seed = 532622};

constexpr const char* kCounty = "532622";

double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

void removeDatabase(const std::string& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".enrolling", ".enrolling-wal", ".enrolling-shm"})
        fs::remove(path + suffix);
}

// Writes what the preparation left dirty in the page cache (an 835 MB copy of the central, a
// hundred node files) before timing starts: the kernel's writeback would otherwise land inside
// the measured commits and fsyncs.
void settleDisk()
{
    ::sync();
}

void raiseTo(std::atomic<double>& value, double candidate)
{
    for (double seen = value; seen < candidate && !value.compare_exchange_weak(seen, candidate);) {
        // `seen` was reloaded: try again while the candidate is still larger.
    }
}

double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

// A read-only SQLite connection for watching progress from another thread: no LocalStore, so
// no schema work, no write lock, nothing cached between polls.
class Watcher
{
public:
    explicit Watcher(const std::string& path)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path + " to watch it");
        sqlite3_busy_timeout(m_db, 1000);
    }
    ~Watcher() { sqlite3_close(m_db); }
    Watcher(const Watcher&) = delete;
    Watcher& operator=(const Watcher&) = delete;

    std::int64_t scalar(const char* sql)
    {
        sqlite3_stmt* stmt = nullptr;
        std::int64_t value = -1;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
};

// A county central serving on 127.0.0.1 with a certificate made for the run.
class Central
{
public:
    Central(const std::string& dbPath, const std::string& dir)
        : m_dbPath(dbPath)
    {
        const std::string cert = dir + "/cert.pem";
        const std::string key = dir + "/key.pem";
        if (!fs::exists(cert)) {
            const std::string command = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 "
                                        "-subj /CN=ils-bench -keyout '"
                + key + "' -out '" + cert + "' 2>/dev/null";
            if (std::system(command.c_str()) != 0)
                throw std::runtime_error("openssl could not make a certificate (" + command + ")");
        }
        m_fingerprint = ils::certificateFileFingerprint(cert);
        ils::ServerOptions server;
        server.dbPath = dbPath;
        server.host = "127.0.0.1";
        server.port = 0;
        server.certFile = cert;
        server.keyFile = key;
        // A hundred nodes queue behind one writer: generous deadlines, so the benchmark measures
        // throughput and not the timeouts.
        server.readDeadlineSeconds = 120;
        server.idleSeconds = 600;
        server.log = [this](std::string_view line) {
            std::lock_guard lock(m_mutex);
            if (line.find("closed: ") != std::string_view::npos && line.find("by the peer") == std::string_view::npos
                && line.find("connection closed") == std::string_view::npos)
                m_problems.emplace_back(line);
            // "sent a snapshot at change N: … compressed, in S s": the central's share of a bootstrap.
            if (const auto at = line.find("compressed, in "); at != std::string_view::npos)
                m_snapshotSeconds = std::atof(std::string(line.substr(at + 15)).c_str());
        };
        m_server = std::make_unique<ils::CentralServer>(server);
        m_server->start();
    }

    ils::CentralAddress address() const { return {"127.0.0.1", m_server->port(), m_fingerprint}; }
    const std::string& dbPath() const { return m_dbPath; }
    std::vector<std::string> problems()
    {
        std::lock_guard lock(m_mutex);
        return m_problems;
    }
    // The last snapshot the central sent: from the request to the last chunk written (making it,
    // compressing it and streaming it; the streaming waits on the node's decompression).
    double snapshotSeconds()
    {
        std::lock_guard lock(m_mutex);
        return m_snapshotSeconds;
    }

private:
    std::string m_dbPath;
    std::string m_fingerprint;
    std::unique_ptr<ils::CentralServer> m_server;
    std::mutex m_mutex;
    std::vector<std::string> m_problems;
    double m_snapshotSeconds = 0;
};

ils::SyncOptions syncOptions(const ils::CentralAddress& central)
{
    ils::SyncOptions sync;
    sync.central = central;
    sync.readDeadlineSeconds = 120;
    sync.heartbeatSeconds = 60;
    sync.syncIntervalSeconds = 600;
    sync.software = "bench_sync";
    if (options.batch > 0)
        sync.batchSize = options.batch;
    return sync;
}

std::string addNodeToken(const std::string& centralPath, const std::string& library, const std::string& name)
{
    ils::SystemClock clock;
    ils::LocalStore store(centralPath, clock);
    auto token = ils::CentralService(store).addNode(library, name);
    if (!token)
        throw std::runtime_error("addNode: " + token.refusal().detail);
    return token.value().token;
}

// ---- the big county: bootstrap and push ------------------------------------------------------

struct BigCounty
{
    std::string centralPath;
    std::unique_ptr<Central> central;
    std::string nodePath;
    bench::ReplicaInfo replica;
    std::vector<std::string> usedCards;
    std::uint64_t seed = 20261124;
};

std::unique_ptr<BigCounty> big;

BigCounty& bigCounty()
{
    if (big) {
        if (!big->central) // stopped to leave the machine to another benchmark
            big->central = std::make_unique<Central>(big->centralPath, options.work);
        return *big;
    }
    big = std::make_unique<BigCounty>();
    bench::ReplicaSpec spec {options.replica, options.quick ? smallCounts : bigCounts};
    std::fprintf(stderr, "central %s: checking (building it takes ~30 s at full size)...\n", spec.path.c_str());
    big->replica = bench::ensureReplica(spec, options.rebuild);
    big->centralPath = options.work + "/central-big.db";
    removeDatabase(big->centralPath);
    const auto started = Clock::now();
    // The cached replica stays as it is (bench_circulation uses it too): the central is a copy.
    fs::copy_file(spec.path, big->centralPath);
    std::fprintf(stderr,
                 "central %s: copied %.0f MB in %.1f s\n",
                 big->centralPath.c_str(),
                 static_cast<double>(big->replica.bytes) / 1e6,
                 secondsBetween(started, Clock::now()));
    big->central = std::make_unique<Central>(big->centralPath, options.work);
    settleDisk();
    return *big;
}

struct BootstrapFigures
{
    ils::EnrolResult enrolment;
    double usableSeconds = 0; // enrolment + opening the replica + the first checkout
};

BootstrapFigures enrolBigNode(BigCounty& county, const std::string& name)
{
    const std::string path = options.work + "/" + name + ".db";
    removeDatabase(path);
    const std::string token = addNodeToken(county.centralPath, kCounty, name);
    BootstrapFigures figures;
    const auto started = Clock::now();
    figures.enrolment =
        ils::enrol(path, county.central->address(), token, name, syncOptions(county.central->address()));
    if (!figures.enrolment.ok())
        throw std::runtime_error("enrolment failed: " + figures.enrolment.error);
    // Usable: the desk opens the replica and serves its first reader.
    {
        ils::SystemClock clock;
        ils::LocalStore store(path, clock);
        const auto pairs = bench::pickPairs(store, 1, county.seed++, county.usedCards);
        if (pairs.empty() || !store.circulation().checkout(pairs[0].card, pairs[0].barcode, pairs[0].library))
            throw std::runtime_error("the new replica could not lend a book");
        figures.usableSeconds = secondsBetween(started, Clock::now());
        (void)store.circulation().checkin(pairs[0].barcode, pairs[0].library);
    }
    county.nodePath = path;
    return figures;
}

void bootstrap(benchmark::State& state)
{
    BigCounty& county = bigCounty();
    BootstrapFigures figures;
    int round = 0;
    for (auto _ : state) {
        figures = enrolBigNode(county, "bootstrap-" + std::to_string(round++));
        state.SetIterationTime(figures.enrolment.seconds);
    }
    const auto& e = figures.enrolment;
    state.counters["enrol_s"] = e.seconds;
    state.counters["central_snapshot_s"] = county.central->snapshotSeconds();
    state.counters["usable_s"] = figures.usableSeconds;
    state.counters["snapshot_MB"] = static_cast<double>(e.snapshotBytes) / 1e6;
    state.counters["compressed_MB"] = static_cast<double>(e.compressedBytes) / 1e6;
    state.counters["replica_MB"] = static_cast<double>(fs::file_size(county.nodePath)) / 1e6;
    state.counters["target_s"] = 60;
}

// Queues `count` transactions at the node: checkouts of distinct copies, then their check-ins.
std::int64_t queueTransactions(BigCounty& county, std::int64_t count)
{
    ils::SystemClock clock;
    ils::LocalStore store(county.nodePath, clock, ils::Durability::Normal);
    store.setOperator("bench");
    ils::Circulation& circulation = store.circulation();
    const std::string library = store.settings().get("local.library", kCounty);
    std::int64_t pending = store.outbox().pendingCount();
    while (pending < count) {
        const auto wanted = static_cast<std::size_t>((count - pending + 1) / 2);
        auto pairs = bench::pickPairs(store, wanted, county.seed++, county.usedCards);
        std::erase_if(pairs, [&](const bench::Pair& pair) {
            return !store.libraries().isSelfOrAncestor(library, pair.library); // the node acts for its subtree only
        });
        if (pairs.empty())
            throw std::runtime_error("no more readers and copies to pair");
        std::vector<const bench::Pair*> lent;
        for (const auto& pair : pairs) {
            if (pending + static_cast<std::int64_t>(lent.size()) * 2 + 1 > count)
                break;
            if (circulation.checkout(pair.card, pair.barcode, pair.library))
                lent.push_back(&pair);
        }
        for (const auto* pair : lent)
            (void)circulation.checkin(pair->barcode, pair->library);
        pending = store.outbox().pendingCount();
        if (pending == count - 1) {
            // One short (the pairs come two entries at a time): a registration makes up the last.
            if (!circulation.registerReader({kCounty, "读者", "adult", std::nullopt, 0}))
                throw std::runtime_error("cannot register a reader");
            pending = store.outbox().pendingCount();
        }
    }
    return pending;
}

struct PushFigures
{
    double acked = 0; // syncOnce start → the node's outbox all acknowledged
    double applied = 0; // → the central's last_seq at the end of the queue
    double session = 0; // the whole syncOnce, incl. pulling the rows the push changed
    std::int64_t pushed = 0;
    std::int64_t pulled = 0;
    std::int64_t notApplied = 0; // exceptions + rejections
};

void push(benchmark::State& state)
{
    BigCounty& county = bigCounty();
    if (county.nodePath.empty())
        enrolBigNode(county, "push-node");
    std::vector<PushFigures> runs;
    for (auto _ : state) {
        const std::int64_t queued = queueTransactions(county, options.push);
        settleDisk();
        std::int64_t lastSeq = 0;
        std::string nodeId;
        {
            ils::SystemClock clock;
            ils::LocalStore store(county.nodePath, clock);
            nodeId = store.settings().nodeId();
            Watcher node(county.nodePath);
            lastSeq = node.scalar("SELECT max(seq) FROM outbox");
        }
        // Watches both ends while the session runs: when the central has applied the last entry,
        // and when the node has recorded every acknowledgement.
        PushFigures figures;
        std::atomic<bool> sessionOver = false;
        const auto started = Clock::now();
        std::thread watch([&] {
            Watcher node(county.nodePath);
            Watcher central(county.centralPath);
            const std::string lastSeqSql = "SELECT last_seq FROM nodes WHERE id = '" + nodeId + "'";
            while (figures.acked == 0 || figures.applied == 0) {
                const bool over = sessionOver;
                if (figures.applied == 0 && central.scalar(lastSeqSql.c_str()) >= lastSeq)
                    figures.applied = secondsBetween(started, Clock::now());
                if (figures.acked == 0 && node.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'") == 0)
                    figures.acked = secondsBetween(started, Clock::now());
                if (over)
                    break;
                std::this_thread::sleep_for(std::chrono::microseconds(500));
            }
        });
        const auto summary = ils::syncOnce(county.nodePath, syncOptions(county.central->address()));
        figures.session = secondsBetween(started, Clock::now());
        sessionOver = true;
        watch.join();
        if (!summary.ok()) {
            state.SkipWithError(("syncOnce: " + summary.error).c_str());
            break;
        }
        if (summary.pushed != queued || summary.backlog != 0) {
            state.SkipWithError(("pushed " + std::to_string(summary.pushed) + " of " + std::to_string(queued)).c_str());
            break;
        }
        figures.pushed = summary.pushed;
        figures.pulled = summary.pulled;
        figures.notApplied = summary.exceptions + summary.rejected;
        state.SetIterationTime(figures.acked > 0 ? figures.acked : figures.session);
        runs.push_back(figures);
    }
    if (runs.empty())
        return;
    const auto median = [&](double PushFigures::*field) {
        std::vector<double> values;
        for (const auto& run : runs)
            values.push_back(run.*field);
        std::sort(values.begin(), values.end());
        return values[(values.size() - 1) / 2];
    };
    const auto maximum = [&](double PushFigures::*field) {
        double value = 0;
        for (const auto& run : runs)
            value = std::max(value, run.*field);
        return value;
    };
    state.counters["transactions"] = static_cast<double>(runs.back().pushed);
    state.counters["acked_s_median"] = median(&PushFigures::acked);
    state.counters["acked_s_max"] = maximum(&PushFigures::acked);
    state.counters["applied_s_median"] = median(&PushFigures::applied);
    state.counters["session_s_median"] = median(&PushFigures::session);
    state.counters["session_s_max"] = maximum(&PushFigures::session);
    state.counters["pulled"] = static_cast<double>(runs.back().pulled);
    state.counters["not_applied"] = static_cast<double>(runs.back().notApplied);
    state.counters["tx_per_s"] = static_cast<double>(runs.back().pushed) / median(&PushFigures::acked);
    state.counters["target_s"] = 2;
}

// ---- many nodes at once ------------------------------------------------------------------------

struct Node
{
    std::string path;
    std::string nodeId;
    std::int64_t queued = 0;
};

// Nodes of the small county, each with `perNode` queued transactions of its own copies and
// readers, so that no two nodes touch the same copy: the central applies, it does not arbitrate.
std::vector<Node> prepareNodes(const std::string& centralPath, int count, int perNode)
{
    ils::SystemClock systemClock;
    const std::string templatePath = options.work + "/node-template.db";
    removeDatabase(templatePath);
    std::int64_t cursor = 0;
    std::vector<bench::Pair> pairs;
    constexpr std::size_t pairsPerNode = 50;
    {
        ils::LocalStore store(centralPath, systemClock);
        ils::CentralService service(store);
        service.prepare();
        std::vector<std::string> used;
        pairs = bench::pickPairs(store, pairsPerNode * static_cast<std::size_t>(count) * 2, 7, used);
        cursor = service.writeSnapshot(templatePath);
    }
    {
        // A desk needs the catalogue, the readers and what is open; not three years of history.
        // 100 full copies would write gigabytes for nothing the benchmark measures.
        ils::Database db(templatePath, ils::Durability::Normal);
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec(
            "DELETE FROM fee_events WHERE fee_id IN (SELECT id FROM fees WHERE amount_fen <= paid_fen + waived_fen);"
            "DELETE FROM fees WHERE amount_fen <= paid_fen + waived_fen;"
            "DELETE FROM loans WHERE returned_at IS NOT NULL;"
            "DELETE FROM holds WHERE status NOT IN ('pending', 'in_transit', 'ready');");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        db.exec("VACUUM");
    }
    // Group the pairs by library and give each node 50 pairs of one library.
    std::map<std::string, std::vector<bench::Pair>> byLibrary;
    for (auto& pair : pairs)
        byLibrary[pair.library].push_back(std::move(pair));
    std::vector<std::vector<bench::Pair>> chunks;
    for (auto& [library, list] : byLibrary)
        for (std::size_t i = 0; i + pairsPerNode <= list.size(); i += pairsPerNode)
            chunks.emplace_back(list.begin() + static_cast<std::ptrdiff_t>(i),
                                list.begin() + static_cast<std::ptrdiff_t>(i + pairsPerNode));
    if (chunks.size() < static_cast<std::size_t>(count))
        throw std::runtime_error("not enough readers and copies for " + std::to_string(count) + " nodes");

    std::vector<Node> nodes;
    ils::LocalStore central(centralPath, systemClock);
    ils::CentralService service(central);
    for (int k = 0; k < count; ++k) {
        const auto& chunk = chunks[static_cast<std::size_t>(k)];
        const std::string library = chunk.front().library;
        const std::string name = "desk-" + std::to_string(k);
        auto token = service.addNode(library, name);
        if (!token)
            throw std::runtime_error("addNode: " + token.refusal().detail);
        auto grant = service.enrol(token.value().token, name);
        if (!grant)
            throw std::runtime_error("enrol: " + grant.refusal().detail);
        Node node;
        node.path = options.work + "/" + name + ".db";
        node.nodeId = grant.value().node.nodeId;
        removeDatabase(node.path);
        fs::copy_file(templatePath, node.path);
        ils::ReplicaService::installSnapshot(node.path, grant.value(), {"127.0.0.1", 1, "00"}, cursor);
        // A desk's day: each copy lent and returned again and again, a couple of seconds apart.
        ils::ManualClock clock(systemClock.now());
        ils::LocalStore store(node.path, clock, ils::Durability::Normal);
        store.setOperator(name);
        ils::Circulation& circulation = store.circulation();
        std::int64_t made = 0;
        for (int round = 0; made < perNode; ++round) {
            for (const auto& pair : chunk) {
                if (made >= perNode)
                    break;
                clock.advanceSeconds(2);
                if (circulation.checkout(pair.card, pair.barcode, pair.library))
                    ++made;
            }
            for (const auto& pair : chunk) {
                if (made >= perNode)
                    break;
                clock.advanceSeconds(2);
                if (circulation.checkin(pair.barcode, pair.library))
                    ++made;
            }
            if (round > 2 * perNode)
                throw std::runtime_error("the engine refuses the benchmark's checkouts");
        }
        node.queued = store.outbox().pendingCount();
        nodes.push_back(std::move(node));
    }
    removeDatabase(templatePath);
    return nodes;
}

// The same rows as the nodes pushed, inserted into a plain table: one transaction per PushBatch
// (500 rows), WAL, synchronous=FULL as the central commits. Rows per second.
double plainInsertRate(const std::vector<Node>& nodes)
{
    struct Row
    {
        std::string node;
        std::int64_t seq;
        std::string uuid;
        std::string type;
        std::string payload;
        std::int64_t createdAt;
        std::string operatorName;
    };
    std::vector<Row> rows;
    for (const auto& node : nodes) {
        ils::Database db(node.path);
        ils::Query q(db, "SELECT seq, uuid, type, payload, created_at, operator FROM outbox ORDER BY seq");
        while (q.step())
            rows.push_back(
                {node.nodeId, q.getInt(0), q.getText(1), q.getText(2), q.getText(3), q.getInt(4), q.getText(5)});
    }
    const std::string path = options.work + "/plain-insert.db";
    removeDatabase(path);
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    const auto exec = [&](const char* sql) {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("plain insert: ") + sqlite3_errmsg(db));
    };
    exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    exec("CREATE TABLE entries(node TEXT NOT NULL, seq INTEGER NOT NULL, uuid TEXT NOT NULL, type TEXT NOT NULL, "
         "payload TEXT NOT NULL, created_at INTEGER NOT NULL, operator TEXT NOT NULL, PRIMARY KEY (node, seq)) "
         "WITHOUT ROWID");
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO entries VALUES(?, ?, ?, ?, ?, ?, ?)", -1, &insert, nullptr);
    const auto started = Clock::now();
    const std::size_t batch = pushBatchSize();
    for (std::size_t i = 0; i < rows.size(); i += batch) {
        exec("BEGIN");
        for (std::size_t j = i; j < std::min(rows.size(), i + batch); ++j) {
            const Row& row = rows[j];
            sqlite3_bind_text(insert, 1, row.node.data(), static_cast<int>(row.node.size()), SQLITE_STATIC);
            sqlite3_bind_int64(insert, 2, row.seq);
            sqlite3_bind_text(insert, 3, row.uuid.data(), static_cast<int>(row.uuid.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 4, row.type.data(), static_cast<int>(row.type.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 5, row.payload.data(), static_cast<int>(row.payload.size()), SQLITE_STATIC);
            sqlite3_bind_int64(insert, 6, row.createdAt);
            sqlite3_bind_text(
                insert, 7, row.operatorName.data(), static_cast<int>(row.operatorName.size()), SQLITE_STATIC);
            if (sqlite3_step(insert) != SQLITE_DONE)
                throw std::runtime_error(std::string("plain insert: ") + sqlite3_errmsg(db));
            sqlite3_reset(insert);
        }
        exec("COMMIT");
    }
    const double seconds = secondsBetween(started, Clock::now());
    sqlite3_finalize(insert);
    sqlite3_close(db);
    removeDatabase(path);
    return static_cast<double>(rows.size()) / seconds;
}

// The central's engine alone, without network, TLS or clients: the nodes' entries applied with
// CentralService::applyBatches on a copy of the central, grouped as the server's writer groups
// them (every node's next PushBatch in one transaction). With `feed` false the change-feed
// triggers are dropped first, to show what writing the feed costs. Transactions per second, and
// the CPU the applying thread used per transaction, which the other sessions' compilers on this
// shared machine disturb less than the wall time.
struct EngineFigures
{
    double txPerSecond = 0;
    double cpuMicrosPerTx = 0;
};

EngineFigures engineOnlyRate(const std::string& centralPath, const std::vector<Node>& nodes, bool feed)
{
    const std::string path = options.work + (feed ? "/engine.db" : "/engine-nofeed.db");
    removeDatabase(path);
    fs::copy_file(centralPath, path);
    ils::SystemClock clock;
    std::vector<std::vector<ils::PushedEntry>> queues;
    for (const auto& node : nodes) {
        ils::LocalStore store(node.path, clock);
        queues.push_back(ils::ReplicaService(store).pending(static_cast<int>(node.queued)));
    }
    ils::LocalStore store(path, clock);
    ils::CentralService central(store);
    central.prepare();
    if (!feed)
        ils::dropFeedTriggers(store.db());
    std::map<std::string, ils::NodeInfo> infos;
    for (const auto& info : central.nodes())
        infos[info.nodeId] = info;
    const std::size_t batch = pushBatchSize();
    std::size_t applied = 0;
    // A mark a profiler attached from outside can wait for (`perf record -p`).
    std::fprintf(stderr, "engine only (%s): applying\n", feed ? "feed" : "no feed");
    const double cpuBefore = cpuSeconds(RUSAGE_THREAD);
    const auto started = Clock::now();
    for (std::size_t offset = 0;; offset += batch) {
        std::vector<ils::NodeBatch> group;
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            const auto& queue = queues[k];
            if (offset >= queue.size())
                continue;
            const auto end = std::min(queue.size(), offset + batch);
            group.push_back({infos.at(nodes[k].nodeId),
                             {queue.begin() + static_cast<std::ptrdiff_t>(offset),
                              queue.begin() + static_cast<std::ptrdiff_t>(end)}});
            applied += end - offset;
        }
        if (group.empty())
            break;
        for (const auto& result : central.applyBatches(group))
            if (result.violation)
                throw std::runtime_error("engine only: " + *result.violation);
    }
    const double seconds = secondsBetween(started, Clock::now());
    const double cpu = cpuSeconds(RUSAGE_THREAD) - cpuBefore;
    removeDatabase(path);
    return {static_cast<double>(applied) / seconds, cpu * 1e6 / static_cast<double>(applied)};
}

void manyNodes(benchmark::State& state)
{
    if (big)
        big->central.reset(); // its threads idle, but its memory and page cache are better spent here
    bench::ReplicaSpec spec {options.smallReplica, smallCounts};
    const auto replica = bench::ensureReplica(spec, options.rebuild && options.smallReplica != options.replica);
    const std::string centralPath = options.work + "/central-small.db";
    for (auto _ : state) {
        removeDatabase(centralPath);
        fs::copy_file(spec.path, centralPath);
        const auto prepared = Clock::now();
        std::vector<Node> nodes = prepareNodes(centralPath, options.nodes, options.perNode);
        std::int64_t total = 0;
        for (const auto& node : nodes)
            total += node.queued;
        std::fprintf(stderr,
                     "many_nodes: %zu nodes with %lld queued transactions prepared in %.1f s\n",
                     nodes.size(),
                     static_cast<long long>(total),
                     secondsBetween(prepared, Clock::now()));
        if (options.engineOnly) {
            const auto engine = engineOnlyRate(centralPath, nodes, true);
            state.SetIterationTime(static_cast<double>(total) / engine.txPerSecond);
            state.counters["engine_only_tx_per_s"] = engine.txPerSecond;
            state.counters["engine_cpu_us_per_tx"] = engine.cpuMicrosPerTx;
            continue;
        }
        const double plainRate = plainInsertRate(nodes);
        const auto engine = engineOnlyRate(centralPath, nodes, true);
        const auto engineNoFeed = engineOnlyRate(centralPath, nodes, false);

        Central central(centralPath, options.work);
        Watcher watcher(centralPath);
        settleDisk();
        const std::string appliedSql = "SELECT coalesce(sum(last_seq), 0) FROM nodes WHERE name LIKE 'desk-%'";
        std::vector<std::unique_ptr<ils::SyncClient>> clients;
        std::vector<std::unique_ptr<std::atomic<bool>>> acked;
        for (const auto& node : nodes) {
            clients.push_back(ils::SyncClient::create(node.path, syncOptions(central.address())));
            acked.push_back(std::make_unique<std::atomic<bool>>(false));
            auto* flag = acked.back().get();
            clients.back()->setListener([flag](const ils::SyncStatus& status) {
                if (status.backlog == 0 && status.state != ils::SyncStatus::State::Offline)
                    *flag = true;
            });
        }
        const double cpuBefore = cpuSeconds();
        const auto started = Clock::now();
        for (auto& client : clients)
            client->start();
        // A node that has pushed everything goes on to pull what the others pushed, a different
        // workload: it is stopped as soon as its outbox is acknowledged. Eight stoppers, because
        // stop() waits for the page the client is applying and one slow stop must not keep the
        // next node pulling.
        std::atomic<double> lastAcked = 0;
        std::vector<std::thread> stoppers;
        for (std::size_t first = 0; first < 8; ++first) {
            stoppers.emplace_back([&, first] {
                std::vector<std::size_t> mine;
                for (std::size_t i = first; i < clients.size(); i += 8)
                    mine.push_back(i);
                while (!mine.empty() && secondsBetween(started, Clock::now()) < 900) {
                    for (auto it = mine.begin(); it != mine.end();) {
                        if (*acked[*it]) {
                            raiseTo(lastAcked, secondsBetween(started, Clock::now()));
                            clients[*it]->stop();
                            it = mine.erase(it);
                        } else {
                            ++it;
                        }
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
            });
        }
        double firstApplied = 0;
        double allApplied = 0;
        while (secondsBetween(started, Clock::now()) < 900) {
            const std::int64_t applied = watcher.scalar(appliedSql.c_str());
            const double now = secondsBetween(started, Clock::now());
            if (applied > 0 && firstApplied == 0)
                firstApplied = now;
            if (applied >= total) {
                allApplied = now;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        const double cpu = cpuSeconds() - cpuBefore;
        for (auto& stopper : stoppers)
            stopper.join();
        const double allAcked = lastAcked;
        for (auto& client : clients)
            client->stop();
        if (allApplied == 0) {
            state.SkipWithError("the central did not apply everything within 900 s");
            break;
        }
        const std::int64_t notApplied = watcher.scalar("SELECT count(*) FROM applied WHERE status != 'applied'");
        const double rate = static_cast<double>(total) / allApplied;
        state.SetIterationTime(allApplied);
        state.counters["nodes"] = static_cast<double>(nodes.size());
        state.counters["central_MB"] = static_cast<double>(replica.bytes) / 1e6;
        state.counters["transactions"] = static_cast<double>(total);
        state.counters["applied_s"] = allApplied;
        state.counters["first_applied_s"] = firstApplied;
        state.counters["acked_s"] = allAcked;
        state.counters["apply_tx_per_s"] = rate;
        state.counters["apply_tx_per_s_from_first"] = static_cast<double>(total) / (allApplied - firstApplied);
        state.counters["plain_insert_rows_per_s"] = plainRate;
        state.counters["engine_only_tx_per_s"] = engine.txPerSecond;
        state.counters["engine_cpu_us_per_tx"] = engine.cpuMicrosPerTx;
        state.counters["engine_no_feed_tx_per_s"] = engineNoFeed.txPerSecond;
        state.counters["engine_no_feed_cpu_us_per_tx"] = engineNoFeed.cpuMicrosPerTx;
        state.counters["ratio_to_plain_insert"] = rate / plainRate;
        state.counters["cpu_cores_busy"] = cpu / allApplied;
        state.counters["not_applied"] = static_cast<double>(notApplied);
        state.counters["target_tx_per_s"] = 20'000;
        for (const auto& problem : central.problems())
            std::fprintf(stderr, "central: %s\n", problem.c_str());
    }
    for (int k = 0; k < options.nodes; ++k)
        removeDatabase(options.work + "/desk-" + std::to_string(k) + ".db");
    removeDatabase(centralPath);
}

} // namespace

int main(int argc, char** argv)
{
    options = takeOwnOptions(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    fs::create_directories(options.work);
    benchmark::AddCustomContext("load_before", loadAverage());
    benchmark::AddCustomContext("central_replica", options.replica);
    benchmark::AddCustomContext("small_replica", options.smallReplica);
    benchmark::AddCustomContext("push_transactions", std::to_string(options.push));
    benchmark::AddCustomContext("nodes", std::to_string(options.nodes));
    benchmark::AddCustomContext("per_node", std::to_string(options.perNode));
    benchmark::AddCustomContext("batch", options.batch > 0 ? std::to_string(options.batch) : "500 (default)");

    const auto add = [](const char* name, auto function, int iterations) {
        benchmark::RegisterBenchmark(name, function)
            ->UseManualTime()
            ->Iterations(iterations)
            ->Unit(benchmark::kMillisecond);
    };
    add("bootstrap", bootstrap, 1);
    add("push", push, options.reps);
    add("many_nodes", manyNodes, 1);
    int status = 0;
    try {
        benchmark::RunSpecifiedBenchmarks();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_sync: %s\n", e.what());
        status = 1;
    }
    benchmark::Shutdown();
    if (big) {
        std::fprintf(stderr,
                     "replica: %s (%s, generated in %.1f s%s)\n",
                     options.replica.c_str(),
                     big->replica.spec.c_str(),
                     big->replica.generationSeconds,
                     big->replica.generated ? ", this run" : ", cached");
        big->central.reset();
        removeDatabase(big->centralPath);
        big.reset();
    }
    // What this run made, and nothing else of a directory the caller may have chosen.
    for (const auto& entry : fs::directory_iterator(options.work))
        if (entry.path().extension() == ".db")
            removeDatabase(entry.path().string());
    for (const char* made : {"cert.pem", "key.pem"})
        fs::remove(options.work + "/" + made);
    if (fs::is_empty(options.work))
        fs::remove(options.work);
    std::fprintf(stderr, "load average after: %s\n", loadAverage().c_str());
    return status;
}
