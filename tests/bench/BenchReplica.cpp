#include "BenchReplica.h"

#include "Circulation.h"
#include "Database.h"
#include "DemoRandom.h"
#include "LocalStore.h"
#include "Settings.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_set>

namespace bench {

namespace {

std::string specOf(const ils::DemoCounts& counts)
{
    return "generator=" + std::to_string(ils::demoGeneratorVersion) + " records=" + std::to_string(counts.records)
        + " items=" + std::to_string(counts.items) + " readers=" + std::to_string(counts.readers)
        + " loans=" + std::to_string(counts.loans) + " seed=" + std::to_string(counts.seed);
}

void removeDatabase(const std::string& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix);
}

template<typename T>
void shuffle(std::vector<T>& values, ils::demo::Random& random)
{
    for (std::size_t i = values.size(); i > 1; --i)
        std::swap(values[i - 1], values[random.below(i)]);
}

} // namespace

ReplicaInfo ensureReplica(const ReplicaSpec& spec, bool forceRebuild)
{
    ReplicaInfo info;
    const std::string wanted = specOf(spec.counts);
    ils::SystemClock clock;
    if (!forceRebuild && std::filesystem::exists(spec.path)) {
        ils::LocalStore store(spec.path, clock, ils::Durability::Normal);
        // "bench.spec" is written in the generating transaction's wake: a replica whose build was
        // interrupted has none and is built again.
        if (store.settings().get("bench.spec", "") == wanted) {
            info.spec = wanted;
            info.generationSeconds = std::stod(store.settings().get("bench.generation_seconds", "0"));
        }
    }
    if (info.spec.empty()) {
        std::filesystem::create_directories(std::filesystem::path(spec.path).parent_path());
        removeDatabase(spec.path);
        ils::LocalStore store(spec.path, clock, ils::Durability::Normal);
        ils::createDemoCounty(store);
        const auto summary = ils::populateDemoCounty(store, spec.counts);
        store.settings().set("bench.generation_seconds", std::to_string(summary.seconds));
        store.settings().set("bench.spec", wanted);
        info.generated = true;
        info.generationSeconds = summary.seconds;
        info.spec = wanted;
    }
    info.bytes = std::filesystem::file_size(spec.path);
    return info;
}

void warmPageCache(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    std::vector<char> buffer(1 << 20);
    while (file.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || file.gcount() > 0) { }
}

std::vector<Pair>
pickPairs(ils::LocalStore& store, std::size_t count, std::uint64_t seed, std::vector<std::string>& usedCards)
{
    ils::demo::Random random(seed);
    ils::Database& db = store.db();
    const std::string today = store.today().toIso();
    std::vector<std::string> cards;
    {
        ils::Query q(db, "SELECT card FROM readers WHERE status = 'active' AND expiry >= ?");
        q.bind(1, today);
        while (q.step())
            cards.push_back(q.getText(0));
    }
    shuffle(cards, random);
    std::unordered_set<std::string> used(usedCards.begin(), usedCards.end());
    const auto maxOwed = store.settings().maxOwedFen();
    std::vector<std::string> readers;
    for (const auto& card : cards) {
        if (readers.size() == count)
            break;
        if (used.contains(card) || store.circulation().openLoans(card).size() >= 3
            || store.circulation().owedFen(card) > maxOwed)
            continue;
        readers.push_back(card);
        usedCards.push_back(card);
    }

    struct Copy
    {
        std::string barcode;
        std::string library;
    };
    std::vector<Copy> copies;
    {
        ils::Query q(db,
                     "SELECT barcode, current_library FROM items i WHERE status = 'available' AND type = 'book' "
                     "AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.record_id = i.record_id "
                     "AND h.status IN ('pending', 'in_transit', 'ready'))");
        while (q.step())
            copies.push_back({q.getText(0), q.getText(1)});
    }
    shuffle(copies, random);
    std::vector<Pair> pairs;
    for (std::size_t i = 0; i < readers.size() && i < copies.size(); ++i)
        pairs.push_back({readers[i], copies[i].barcode, copies[i].library});
    return pairs;
}

ReplicaOptions takeReplicaOptions(int& argc, char** argv, int ops, int quickOps)
{
    ReplicaOptions options;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--quick")
            options.quick = true;
        else if (arg == "--rebuild")
            options.rebuild = true;
        else if (arg.starts_with("--ops="))
            options.ops = std::max(10, std::stoi(arg.substr(6)));
        else if (arg.starts_with("--replica="))
            options.replica = arg.substr(10);
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    if (options.ops == 0)
        options.ops = options.quick ? quickOps : ops;
    return options;
}

} // namespace bench
