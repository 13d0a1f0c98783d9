#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace ils::demo {

// xoshiro256** seeded through splitmix64. The standard distributions differ between standard
// libraries, so everything here is integer arithmetic of our own: one seed, one county, anywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto& word : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, bound); the bias of the multiply-shift is below 2^-32 for our bounds.
    std::uint64_t below(std::uint64_t bound)
    {
        return static_cast<std::uint64_t>((static_cast<unsigned __int128>(next()) * bound) >> 64);
    }
    std::int64_t between(std::int64_t low, std::int64_t high) // inclusive
    {
        return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low + 1)));
    }
    int percent() { return static_cast<int>(below(100)); }
    bool chance(int perMille) { return static_cast<int>(below(1000)) < perMille; }

    template<typename T>
    const T& pick(std::span<const T> values)
    {
        return values[below(values.size())];
    }

    // An index drawn with the given integer weights.
    std::size_t weighted(std::span<const int> weights)
    {
        std::uint64_t total = 0;
        for (int w : weights)
            total += static_cast<std::uint64_t>(w);
        auto ticket = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (ticket < static_cast<std::uint64_t>(weights[i]))
                return i;
            ticket -= static_cast<std::uint64_t>(weights[i]);
        }
        return weights.size() - 1;
    }

    // An independent stream for one part of the generation, so that changing one part does not
    // reshuffle every other.
    Random fork(std::uint64_t salt) { return Random(next() ^ (salt * 0xD1B54A32D192ED03ULL)); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4] = {};
};

} // namespace ils::demo
