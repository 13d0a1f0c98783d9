#include "Argon2idHasher.h"

#include <sodium.h>

#include <stdexcept>

namespace ils::auth {

namespace {

// sodium_init() is idempotent and thread-safe, but its first call picks implementations and
// may read /dev/urandom: once per process is enough.
void initialiseSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

// Made once with crypto_pwhash_str at the INTERACTIVE cost; tst_argon2id checks that it still
// matches interactive(), so that a change of cost cannot leave unknown names answered faster.
constexpr const char* kDummyHash =
    "$argon2id$v=19$m=65536,t=2,p=1$QdOCOm8JtgBFtsa5qqrdgg$RdzuQVvZ4fLpU9YGL4n3oBhZida5K0C1P336CykDA/Y";

} // namespace

std::string_view Argon2idHasher::dummyHash()
{
    return kDummyHash;
}

bool Argon2idHasher::hasThisCost(std::string_view hash) const
{
    if (hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const std::string stored(hash);
    return crypto_pwhash_str_needs_rehash(stored.c_str(), m_cost.opsLimit, m_cost.memLimit) == 0;
}

Argon2idHasher::Cost Argon2idHasher::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Argon2idHasher::Cost Argon2idHasher::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

Argon2idHasher::Argon2idHasher(Cost cost)
    : m_cost(cost)
{
    initialiseSodium();
}

std::string Argon2idHasher::hash(std::string_view password) const
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, password.data(), password.size(), m_cost.opsLimit, m_cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("Argon2id: not enough memory to hash a password");
    return out;
}

bool Argon2idHasher::verify(std::string_view hash, std::string_view password) const
{
    if (hash == ils::unknownAccountHash) {
        // The work of a real check, for nothing: the answer is no whatever the password.
        [[maybe_unused]] const int never = crypto_pwhash_str_verify(kDummyHash, password.data(), password.size());
        return false;
    }
    // crypto_pwhash_str_verify wants a NUL-terminated string of at most STRBYTES.
    if (hash.size() >= crypto_pwhash_STRBYTES || !hash.starts_with(crypto_pwhash_argon2id_STRPREFIX))
        return false;
    const std::string stored(hash);
    return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

PasswordHasher Argon2idHasher::hasher() const
{
    return [copy = *this](std::string_view password) { return copy.hash(password); };
}

PasswordVerifier Argon2idHasher::verifier() const
{
    return [copy = *this](std::string_view hash, std::string_view password) { return copy.verify(hash, password); };
}

} // namespace ils::auth
