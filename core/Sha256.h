#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ils {

// SHA-256 (FIPS 180-4), for storing enrolment tokens and node secrets as hashes; libsodium
// computes it (core links libsodium privately, so callers see only these functions).
std::array<std::uint8_t, 32> sha256(std::string_view data);
std::string sha256Hex(std::string_view data);
// 2 × bytes hex characters from the operating system's random source.
std::string randomHex(std::size_t bytes);
// Compares without an early exit, so the time taken says nothing about where they differ.
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace ils
