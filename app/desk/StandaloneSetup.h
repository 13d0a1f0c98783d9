#pragma once

#include "Result.h"
#include "StaffAccounts.h"

#include <string>

namespace ils {
class Clock;
}

// A desk without a central: a new database for one county library and its first administrator,
// who can then add staff, ranges and the rest with ilsctl. For a county that starts on one PC.
namespace StandaloneSetup {

struct Request
{
    std::string libraryCode; // the county's GB/T 2260 code, e.g. 532622
    std::string libraryName;
    ils::NewStaff administrator; // its library and role are filled in
    std::string password;
};

// Creates the database at `path`, which must not exist. On a refusal nothing is left behind.
// Throws ils::StoreError when the file cannot be written.
ils::Result<ils::StaffMember>
create(const std::string& path, Request request, const ils::Clock& clock, const ils::PasswordHasher& hasher);

} // namespace StandaloneSetup
