#pragma once

#include <chrono>
#include <cstdint>
#include <random>

namespace ils::net {

// Exponential backoff with jitter between reconnection attempts: a hundred nodes that lost
// the central together must not come back in one burst. The n-th delay lies in
// [d/2, d] where d = min(maximum, initial × 2^n).
class Backoff
{
public:
    Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum, std::uint64_t seed);

    std::chrono::milliseconds next();
    void reset() { m_attempt = 0; }
    std::chrono::milliseconds maximum() const { return m_maximum; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_maximum;
    int m_attempt = 0;
    std::mt19937_64 m_random;
};

} // namespace ils::net
