#pragma once

#include "DemoCounty.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ils {
class LocalStore;
}

namespace bench {

struct ReplicaSpec
{
    std::string path;
    ils::DemoCounts counts;
};

struct ReplicaInfo
{
    bool generated = false; // built by this run rather than reused
    double generationSeconds = 0; // of the run that built it
    std::uintmax_t bytes = 0;
    std::string spec; // what it was built from, as stored in its settings
};

// The flags the replica benchmarks share: --quick (the 50k-item replica, fewer operations),
// --rebuild (the replica), --ops=N, --replica=PATH.
struct ReplicaOptions
{
    bool quick = false;
    bool rebuild = false;
    int ops = 0;
    std::string replica;
};

// Takes those flags out of argv, leaving Google Benchmark's; ops defaults to `ops`, or `quickOps`
// with --quick.
ReplicaOptions takeReplicaOptions(int& argc, char** argv, int ops, int quickOps);

// The cached replica at spec.path: reused when it was built by this generator version from the same
// counts, rebuilt otherwise. Building takes ~25 s for the full size, so it is done once.
ReplicaInfo ensureReplica(const ReplicaSpec& spec, bool forceRebuild);

// Reads the whole file once, as a desk that has been open for a while has its pages in the OS
// cache; without it the first few hundred operations measure the disk, not the system.
void warmPageCache(const std::string& path);

// A reader in good standing and an available copy, at the library where the copy is.
struct Pair
{
    std::string card;
    std::string barcode;
    std::string library;
};

// Picks `count` pairs at random (seeded): active readers with a valid card, fewer than three loans
// and no fines over the limit, and available books with no holds waiting on their title.
// Readers in `usedCards` are skipped and added to it.
std::vector<Pair>
pickPairs(ils::LocalStore& store, std::size_t count, std::uint64_t seed, std::vector<std::string>& usedCards);

} // namespace bench
