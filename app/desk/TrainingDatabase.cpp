#include "TrainingDatabase.h"

#include "DemoCounty.h"

#include "LocalStore.h"
#include "Settings.h"

#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace TrainingDatabase {

namespace {

void removeDatabase(const std::string& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path + suffix);
}

// Small enough to build at first start in about a second, big enough that searches and
// shelves look real.
constexpr ils::DemoCounts practiceCounts {
    .records = 2'000,
    .items = 5'000,
    .readers = 1'000,
    .loans = 8'000,
    .seed = 20260302,
};

} // namespace

bool isTraining(ils::LocalStore& store)
{
    return store.settings().get("local.training", "") == "1";
}

void create(const std::string& path, const ils::Clock& clock, const ils::PasswordHasher& hasher)
{
    if (std::filesystem::exists(path))
        throw std::runtime_error("training database " + path + " exists already");
    const std::string partial = path + ".part";
    removeDatabase(partial);
    try {
        ils::LocalStore store(partial, clock, ils::Durability::Normal);
        ils::createDemoCounty(store);
        (void)ils::populateDemoCounty(store, practiceCounts);
        store.settings().set("local.training", "1");
        const ils::NewStaff trainee {username, "练习账号", ils::StaffRole::Circulation, library};
        auto added = ils::StaffAccounts(store).add(trainee, password, hasher);
        if (!added)
            throw std::runtime_error("training account: " + added.refusal().detail);
    } catch (...) {
        removeDatabase(partial);
        throw;
    }
    // The store is closed: its WAL is checkpointed into the file, which can move.
    std::filesystem::rename(partial, path);
}

} // namespace TrainingDatabase
