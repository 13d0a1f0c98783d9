#pragma once

// The demo county of 砚山县 (GB/T 2260 532622) and a bulk generator for a realistic replica.
//
// Usage (what `ilsctl demo generate --items N --readers N --loans N [--records N] [--seed S]` does):
//
//     ils::LocalStore store(path, clock, ils::Durability::Normal); // Normal: much faster bulk commits
//     ils::createDemoCounty(store);                             // once, on an empty store
//     ils::DemoSummary summary = ils::populateDemoCounty(store, {.items = 1'000'000, .readers = 300'000});
//
// Dates are relative to store.clock().now(): the same seed and the same clock give the same
// database. Both functions throw (ils::StoreError, std::runtime_error) on failure; populate runs in
// one transaction, so a failure leaves no partial data behind.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ils {

class LocalStore;

// Bumped whenever the generated data changes shape, so cached replicas get rebuilt.
inline constexpr int demoGeneratorVersion = 2;

// Libraries, code ranges (resources/demo/code-ranges.tsv, built in), circulation rules, closed days
// and county settings. Throws if any part is refused, e.g. when the store already has a county.
void createDemoCounty(LocalStore& store);

struct DemoCounts
{
    int records = 0; // 0: two records for every five items
    int items = 1'000'000;
    int readers = 300'000;
    int loans = 5'000'000; // past (returned) loans; open loans (~5% of items) come on top
    std::uint64_t seed = 532622;
};

struct DemoSummary
{
    std::int64_t records = 0;
    std::int64_t items = 0;
    std::int64_t readers = 0;
    std::int64_t residentIds = 0; // readers registered with a resident ID number
    std::int64_t pastLoans = 0;
    std::int64_t openLoans = 0;
    std::int64_t overdueLoans = 0; // open loans past their due date today
    std::int64_t holds = 0; // open: pending, or ready on a hold shelf
    std::int64_t pastHolds = 0; // fulfilled, cancelled or expired, from the last three years
    std::int64_t fees = 0;
    double seconds = 0; // wall time of the whole generation, commit included
    std::vector<std::pair<std::string, double>> phases; // wall seconds per phase, in order
};

// Adds records, items, readers, past and open loans, holds and fees in bulk (not through the
// outbox: this stands for data the central already has). Codes come from each library's ranges in
// order and the ranges' cursors are moved past them, so RangeStore::allocate continues after the
// last generated code. Needs createDemoCounty() first; may be called again to add more.
DemoSummary populateDemoCounty(LocalStore& store, const DemoCounts& counts);

} // namespace ils
