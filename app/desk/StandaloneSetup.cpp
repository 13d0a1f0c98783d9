#include "StandaloneSetup.h"

#include "Library.h"
#include "LocalStore.h"

#include <filesystem>
#include <optional>

namespace StandaloneSetup {

namespace {

constexpr int chinaStandardTime = 8 * 60; // UTC+8: every county this system serves

void removeDatabase(const std::string& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path + suffix);
}

ils::Result<ils::StaffMember>
populate(ils::LocalStore& store, const Request& request, const ils::PasswordHasher& hasher)
{
    ils::Library central;
    central.code = request.libraryCode;
    central.name = request.libraryName;
    central.level = ils::LibraryLevel::County;
    central.divisionCode = request.libraryCode;
    auto county = store.initialiseCounty(central, chinaStandardTime);
    if (!county)
        return county.refusal();
    ils::NewStaff administrator = request.administrator;
    administrator.library = request.libraryCode;
    administrator.role = ils::StaffRole::Administrator;
    return ils::StaffAccounts(store).add(administrator, request.password, hasher);
}

} // namespace

ils::Result<ils::StaffMember>
create(const std::string& path, Request request, const ils::Clock& clock, const ils::PasswordHasher& hasher)
{
    if (std::filesystem::exists(path))
        return ils::refuse(
            ils::Reason::InvalidInput, "database " + path + " exists already", {{ils::fact::field, "database"}});
    std::optional<ils::Result<ils::StaffMember>> result;
    try {
        ils::LocalStore store(path, clock);
        result.emplace(populate(store, request, hasher));
    } catch (...) {
        removeDatabase(path);
        throw;
    }
    if (!*result)
        removeDatabase(path);
    return std::move(*result);
}

} // namespace StandaloneSetup
