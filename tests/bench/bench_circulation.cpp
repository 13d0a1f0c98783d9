// Desk circulation latency (DESIGN §6: p99 <= 10 ms): the whole checkout and the whole check-in
// through ils::Circulation, rules, outbox entry and commit included, on a replica of 1M items,
// 300k readers and 5M past loans. Each operation is timed on its own and the percentiles are
// computed from those times: a mean would hide the slow commits a librarian notices.
//
//   bench_circulation [--quick] [--ops=N] [--replica=PATH] [--rebuild] [Google Benchmark flags]
#include "BenchLatency.h"
#include "BenchReplica.h"
#include "Circulation.h"
#include "LocalStore.h"
#include "RangeStore.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace {

// The desk: one replica, opened with the durability the benchmark asks for.
struct Session
{
    std::string path;
    ils::SystemClock clock;
    std::unique_ptr<ils::LocalStore> store;
    ils::Durability durability = ils::Durability::Full;
    std::vector<bench::Pair> pairs;
    std::size_t nextPair = 0;
    std::vector<std::string> usedCards;
    std::uint64_t seed = 20260302;
    std::deque<bench::Pair> lent; // checked out by a checkout benchmark, for the next check-in one

    ils::LocalStore& open(ils::Durability wanted)
    {
        if (!store || durability != wanted) {
            store.reset();
            store = std::make_unique<ils::LocalStore>(path, clock, wanted);
            store->setOperator("bench");
            durability = wanted;
        }
        return *store;
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
};

Session session;

bench::LatencyTable latencies;

constexpr int warmUpOperations = 20;

std::string durabilityName(ils::Durability durability)
{
    return durability == ils::Durability::Full ? "durability:full" : "durability:normal";
}

void checkout(benchmark::State& state, ils::Durability durability)
{
    ils::LocalStore& store = session.open(durability);
    ils::Circulation& circulation = store.circulation();
    // A few untimed round trips first: statement preparation and the first WAL frames are a
    // once-per-start cost, not a per-scan one.
    for (int i = 0; i < warmUpOperations; ++i) {
        const auto* pair = session.next();
        if (pair && circulation.checkout(pair->card, pair->barcode, pair->library))
            (void)circulation.checkin(pair->barcode, pair->library);
    }
    std::vector<double> micros;
    micros.reserve(static_cast<std::size_t>(state.max_iterations));
    for (auto _ : state) {
        const auto* pair = session.next();
        if (!pair) {
            state.SkipWithError("no more readers in good standing or available copies to pair");
            break;
        }
        const auto start = bench::Clock::now();
        auto receipt = circulation.checkout(pair->card, pair->barcode, pair->library);
        const double us = bench::microsSince(start);
        if (!receipt) {
            const std::string message = "checkout refused: " + receipt.refusal().detail;
            state.SkipWithError(message.c_str());
            break;
        }
        benchmark::DoNotOptimize(receipt);
        state.SetIterationTime(us / 1e6);
        micros.push_back(us);
        session.lent.push_back(*pair);
    }
    latencies.report(state, "checkout/" + durabilityName(durability), std::move(micros));
}

void checkin(benchmark::State& state, ils::Durability durability)
{
    ils::LocalStore& store = session.open(durability);
    ils::Circulation& circulation = store.circulation();
    // Returns the copies the checkout benchmark lent, which leaves the replica as it found it;
    // when run alone, lends what it needs first.
    while (session.lent.size() < static_cast<std::size_t>(state.max_iterations)) {
        const auto* pair = session.next();
        if (!pair)
            break;
        if (circulation.checkout(pair->card, pair->barcode, pair->library))
            session.lent.push_back(*pair);
    }
    std::vector<double> micros;
    micros.reserve(static_cast<std::size_t>(state.max_iterations));
    for (auto _ : state) {
        if (session.lent.empty()) {
            state.SkipWithError("nothing on loan to check in");
            break;
        }
        const bench::Pair pair = session.lent.front();
        session.lent.pop_front();
        const auto start = bench::Clock::now();
        auto receipt = circulation.checkin(pair.barcode, pair.library);
        const double us = bench::microsSince(start);
        if (!receipt || !receipt->loan) {
            const std::string message = "checkin failed for " + pair.barcode;
            state.SkipWithError(message.c_str());
            break;
        }
        benchmark::DoNotOptimize(receipt);
        state.SetIterationTime(us / 1e6);
        micros.push_back(us);
    }
    latencies.report(state, "checkin/" + durabilityName(durability), std::move(micros));
}

// What the desk does first with every scan: which library's range holds this code.
void resolve(benchmark::State& state)
{
    ils::LocalStore& store = session.open(session.store ? session.durability : ils::Durability::Normal);
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < 500; ++i) {
        const auto* pair = session.next();
        if (!pair)
            break;
        codes.push_back(pair->card);
        codes.push_back(pair->barcode);
    }
    codes.push_back("9787020024759"); // an ISBN scanned by mistake: not of this network
    std::vector<double> micros;
    micros.reserve(static_cast<std::size_t>(state.max_iterations));
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& code = codes[i++ % codes.size()];
        const auto start = bench::Clock::now();
        auto resolution = store.ranges().resolve(code);
        const double us = bench::microsSince(start);
        benchmark::DoNotOptimize(resolution);
        state.SetIterationTime(us / 1e6);
        micros.push_back(us);
    }
    latencies.report(state, "resolve", std::move(micros));
}

} // namespace

int main(int argc, char** argv)
{
    const bench::ReplicaOptions options = bench::takeReplicaOptions(argc, argv, 2000, 300);
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
    std::fprintf(stderr,
                 "replica %s: %s, %.0f MB, generated in %.1f s%s\n",
                 spec.path.c_str(),
                 replica.spec.c_str(),
                 static_cast<double>(replica.bytes) / 1e6,
                 replica.generationSeconds,
                 replica.generated ? " (just now: the disk is still settling, so this run is noisier; run again)"
                                   : " (cached)");
    benchmark::AddCustomContext("replica", spec.path);
    benchmark::AddCustomContext("replica_spec", replica.spec);
    benchmark::AddCustomContext("replica_bytes", std::to_string(replica.bytes));
    benchmark::AddCustomContext("replica_generation_seconds", std::to_string(replica.generationSeconds));
    benchmark::AddCustomContext("replica_generated_now", replica.generated ? "true" : "false");
    benchmark::AddCustomContext("operations_per_benchmark", std::to_string(options.ops));
    bench::warmPageCache(spec.path);

    session.path = spec.path;
    session.open(ils::Durability::Full);
    const auto ops = options.ops;
    auto add = [&](const char* name, auto function, int iterations) {
        benchmark::RegisterBenchmark(name, function)
            ->UseManualTime()
            ->Iterations(iterations)
            ->Unit(benchmark::kMicrosecond);
    };
    add(
        "checkout/durability:full", [](benchmark::State& s) { checkout(s, ils::Durability::Full); }, ops);
    add(
        "checkin/durability:full", [](benchmark::State& s) { checkin(s, ils::Durability::Full); }, ops);
    add(
        "checkout/durability:normal", [](benchmark::State& s) { checkout(s, ils::Durability::Normal); }, ops);
    add(
        "checkin/durability:normal", [](benchmark::State& s) { checkin(s, ils::Durability::Normal); }, ops);
    add(
        "resolve", [](benchmark::State& s) { resolve(s); }, ops * 5);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    latencies.print("operation", 28);
    session.store.reset();
    return 0;
}
