#pragma once

#include "StaffAccounts.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace ils::auth {

// Staff passwords as Argon2id hashes, through libsodium (crypto_pwhash_str): the salt and the
// cost travel inside the stored string, so a hash made with other costs still verifies.
// libsodium stays behind this header; core gets only the two functions it asks for.
class Argon2idHasher
{
public:
    struct Cost
    {
        unsigned long long opsLimit;
        std::size_t memLimit; // bytes, allocated for the duration of one hash
    };
    // libsodium's INTERACTIVE (2 passes, 64 MiB): ~50 ms here, what a login may take.
    static Cost interactive();
    // MODERATE (3 passes, 256 MiB): ~0.7 s; for tests of the stored cost, not for logins.
    static Cost moderate();

    explicit Argon2idHasher(Cost cost = interactive());

    // Throws std::runtime_error when the memory cannot be had.
    std::string hash(std::string_view password) const;
    // False for a wrong password and for anything that is not an Argon2id hash. Given
    // ils::unknownAccountHash (a login of a name with no account), checks the password against
    // dummyHash() all the same, and answers false: as slow as a wrong password.
    bool verify(std::string_view hash, std::string_view password) const;
    // A fixed hash at the interactive cost, of 32 random bytes nobody kept.
    static std::string_view dummyHash();
    // Whether `hash` was made with this hasher's cost (libsodium's needs_rehash, inverted).
    bool hasThisCost(std::string_view hash) const;

    PasswordHasher hasher() const;
    PasswordVerifier verifier() const;

private:
    Cost m_cost;
};

} // namespace ils::auth
