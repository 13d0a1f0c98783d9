#include "Sha256.h"

#include <sodium.h>

#include <stdexcept>

namespace ils {

namespace {

// sodium_init() picks the fastest implementation and opens the random source; it is safe to
// call more than once and from several threads.
void ensureSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

std::string toHex(const unsigned char* bytes, std::size_t size)
{
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes, size);
    out.pop_back(); // the terminating NUL
    return out;
}

} // namespace

std::array<std::uint8_t, 32> sha256(std::string_view data)
{
    static_assert(crypto_hash_sha256_BYTES == 32);
    ensureSodium();
    std::array<std::uint8_t, 32> digest {};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return digest;
}

std::string sha256Hex(std::string_view data)
{
    const auto digest = sha256(data);
    return toHex(digest.data(), digest.size());
}

std::string randomHex(std::size_t bytes)
{
    ensureSodium();
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    return toHex(reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
}

bool constantTimeEquals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    return a.empty() || sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace ils
