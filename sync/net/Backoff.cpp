#include "Backoff.h"

#include <algorithm>

namespace ils::net {

Backoff::Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum, std::uint64_t seed)
    : m_initial(std::max(initial, std::chrono::milliseconds(1)))
    , m_maximum(std::max(maximum, m_initial))
    , m_random(seed)
{
}

std::chrono::milliseconds Backoff::next()
{
    const int shift = std::min(m_attempt, 30);
    const auto ceiling = std::min<std::int64_t>(m_maximum.count(), m_initial.count() << shift);
    if (m_attempt < 64) {
        ++m_attempt;
    }
    std::uniform_int_distribution<std::int64_t> jitter(ceiling / 2, ceiling);
    return std::chrono::milliseconds(jitter(m_random));
}

} // namespace ils::net
