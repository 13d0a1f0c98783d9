// The desk, scan to screen (DESIGN §6: p99 <= 10 ms): an item scanned at the circulation screen,
// through CirculationController::scan (classification, the engine's transaction with its commit
// at synchronous=FULL, the reader panel reloaded), the signals drawn by the widgets, and a forced
// repaint of the whole visible screen (offscreen). On a copy of the 1M-item replica, so that the
// benchmark's loans never reach the replica other benchmarks share.
//
//   bench_desk [--quick] [--ops=N] [--replica=PATH] [--rebuild] [Google Benchmark flags]
#include "BenchLatency.h"
#include "BenchReplica.h"
#include "Circulation.h"
#include "CirculationController.h"
#include "CirculationView.h"
#include "DeskSession.h"
#include "LocalStore.h"

#include <QApplication>

#include <fcntl.h>
#include <unistd.h>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// One desk: the circulation screen, shown offscreen, on the copy of the replica.
struct Desk
{
    ils::SystemClock clock;
    std::unique_ptr<ils::LocalStore> store;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<CirculationView> view;
    std::vector<bench::Pair> pairs;
    std::size_t nextPair = 0;
    std::vector<std::string> usedCards;
    std::uint64_t seed = 20260302;
    std::deque<bench::Pair> lent; // by the checkout benchmark, for the check-in one
    std::string lastProblem;

    void open(const std::string& path)
    {
        store = std::make_unique<ils::LocalStore>(path, clock, ils::Durability::Full);
        store->setOperator("bench");
        // The desk stands where the first copy chosen is; every scan happens there (lending and
        // returning anywhere is the county's rule, so copies of other libraries are lent too).
        pairs = bench::pickPairs(*store, 2000, seed++, usedCards);
        const std::string library = pairs.empty() ? std::string() : pairs.front().library;
        session.reset(new DeskSession {*store,
                                       QString::fromStdString(library),
                                       QStringLiteral("desk"),
                                       {},
                                       {},
                                       ils::StaffRole::Circulation,
                                       false,
                                       {}});
        view = std::make_unique<CirculationView>(*session);
        view->resize(1280, 800);
        view->show();
        QObject::connect(&view->controller(), &CirculationController::refused, [this](const Problem& p) {
            lastProblem = p.detail.toStdString();
        });
        QApplication::processEvents();
    }

    const bench::Pair* next()
    {
        if (nextPair == pairs.size()) {
            pairs = bench::pickPairs(*store, 2000, seed++, usedCards);
            nextPair = 0;
            if (pairs.empty())
                return nullptr;
        }
        return &pairs[nextPair++];
    }

    // What the librarian waits for: the scan handled and the screen drawn.
    void scanToScreen(const std::string& code)
    {
        view->controller().scan(QString::fromStdString(code));
        QApplication::processEvents();
        view->repaint();
    }
};

Desk desk;

bench::LatencyTable latencies;

// A reader's card, then one book: the book's scan is timed (lend, panel, pile, repaint).
void checkout(benchmark::State& state)
{
    std::vector<double> micros;
    auto& controller = desk.view->controller();
    for (int i = 0; i < 20; ++i) { // untimed: statements prepared, first WAL frames written
        if (const auto* pair = desk.next()) {
            desk.scanToScreen(pair->card);
            desk.scanToScreen(pair->barcode);
            desk.lent.push_back(*pair);
        }
    }
    for (auto _ : state) {
        const auto* pair = desk.next();
        if (!pair) {
            state.SkipWithError("no more readers in good standing or available copies to pair");
            break;
        }
        desk.scanToScreen(pair->card);
        const std::size_t before = controller.pile().size();
        const auto start = bench::Clock::now();
        desk.scanToScreen(pair->barcode);
        const double us = bench::microsSince(start);
        if (controller.pile().size() != before + 1) {
            state.SkipWithError(("checkout refused: " + desk.lastProblem).c_str());
            break;
        }
        state.SetIterationTime(us / 1e6);
        micros.push_back(us);
        desk.lent.push_back(*pair);
    }
    latencies.report(state, "checkout", std::move(micros));
}

// No reader loaded: a returned book, routed, the banner drawn.
void checkin(benchmark::State& state)
{
    std::vector<double> micros;
    auto& controller = desk.view->controller();
    // Returns what the checkout benchmark lent; when run alone, lends what it needs first.
    while (desk.lent.size() < static_cast<std::size_t>(state.max_iterations)) {
        const auto* pair = desk.next();
        if (!pair)
            break;
        if (desk.store->circulation().checkout(pair->card, pair->barcode, desk.session->library.toStdString()))
            desk.lent.push_back(*pair);
    }
    desk.view->endReader();
    for (auto _ : state) {
        if (desk.lent.empty()) {
            state.SkipWithError("nothing on loan to check in");
            break;
        }
        const bench::Pair pair = desk.lent.front();
        desk.lent.pop_front();
        const auto start = bench::Clock::now();
        desk.scanToScreen(pair.barcode);
        const double us = bench::microsSince(start);
        const auto& last = controller.lastCheckin();
        if (!last || last->barcode != pair.barcode) {
            state.SkipWithError(("checkin failed for " + pair.barcode + ": " + desk.lastProblem).c_str());
            break;
        }
        state.SetIterationTime(us / 1e6);
        micros.push_back(us);
    }
    latencies.report(state, "checkin", std::move(micros));
}

// A reader's card: the reader panel loaded (reader, loans with titles, holds, fees) and drawn.
void reader(benchmark::State& state)
{
    std::vector<double> micros;
    for (auto _ : state) {
        const auto* pair = desk.next();
        if (!pair) {
            state.SkipWithError("no more readers");
            break;
        }
        const auto start = bench::Clock::now();
        desk.scanToScreen(pair->card);
        micros.push_back(bench::microsSince(start));
        state.SetIterationTime(micros.back() / 1e6);
    }
    desk.view->endReader();
    latencies.report(state, "reader card", std::move(micros));
}

void removeDatabase(const std::string& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(path + suffix);
}

// The copy's 800 MB are dirty in the page cache until the kernel writes them back; a commit's
// fdatasync waiting behind that writeback would be measured as the desk's. Written out first.
void flushToDisk(const std::string& path)
{
    for (const std::string& file : {path, path + "-wal"}) {
        const int fd = ::open(file.c_str(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

int main(int argc, char** argv)
{
    // Drawn offscreen and silent unless told otherwise: the benchmark measures the desk, not a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("ILS_DESK_SILENT", "1");
    QApplication app(argc, argv);
    const bench::ReplicaOptions options = bench::takeReplicaOptions(argc, argv, 1000, 200);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    bench::ReplicaSpec spec;
    if (options.quick)
        spec.counts = {.records = 20'000, .items = 50'000, .readers = 15'000, .loans = 250'000, .seed = 532622};
    else
        spec.counts = {.records = 400'000, .items = 1'000'000, .readers = 300'000, .loans = 5'000'000, .seed = 532622};
    spec.path = !options.replica.empty()
        ? options.replica
        : std::string(ILS_BENCH_DIR) + (options.quick ? "/replica-quick.db" : "/replica-1M.db");
    std::fprintf(stderr, "replica %s: checking (building it takes ~30 s at full size)...\n", spec.path.c_str());
    const auto replica = bench::ensureReplica(spec, options.rebuild);
    const std::string copy = (fs::path(spec.path).parent_path() / "desk-replica.db").string();
    removeDatabase(copy);
    fs::copy_file(spec.path, copy);
    if (fs::exists(spec.path + "-wal"))
        fs::copy_file(spec.path + "-wal", copy + "-wal");
    std::fprintf(stderr,
                 "replica %s: %s, %.0f MB; benchmarking a copy at %s\n",
                 spec.path.c_str(),
                 replica.spec.c_str(),
                 static_cast<double>(replica.bytes) / 1e6,
                 copy.c_str());
    benchmark::AddCustomContext("replica", spec.path);
    benchmark::AddCustomContext("replica_spec", replica.spec);
    benchmark::AddCustomContext("replica_bytes", std::to_string(replica.bytes));
    benchmark::AddCustomContext("operations_per_benchmark", std::to_string(options.ops));
    benchmark::AddCustomContext("platform", QGuiApplication::platformName().toStdString());
    flushToDisk(copy);
    bench::warmPageCache(copy);

    desk.open(copy);
    const auto add = [&](const char* name, void (*function)(benchmark::State&), int iterations) {
        benchmark::RegisterBenchmark(name, function)
            ->UseManualTime()
            ->Iterations(iterations)
            ->Unit(benchmark::kMicrosecond);
    };
    add("checkout", checkout, options.ops);
    add("checkin", checkin, options.ops);
    add("reader card", reader, options.ops);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    latencies.print("scan to screen", 14);
    desk.view.reset();
    desk.session.reset();
    desk.store.reset();
    removeDatabase(copy);
    return 0;
}
