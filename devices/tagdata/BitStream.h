#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace ils::devices::tagdata {

// Bits written most significant first, the way ISO/IEC 15962 packs 4-, 5-, 6- and 7-bit codes.
class BitWriter
{
public:
    void put(unsigned value, int width)
    {
        for (int bit = width - 1; bit >= 0; --bit) {
            if (m_used % 8 == 0) {
                m_bytes.push_back(0);
            }
            if ((value >> bit) & 1U) {
                m_bytes.back() |= static_cast<std::uint8_t>(0x80U >> (m_used % 8));
            }
            ++m_used;
        }
    }
    // Fills the last byte with the leading bits of pad (a width-bit pattern).
    void padWith(unsigned pad, int width)
    {
        int bit = width - 1;
        while (m_used % 8 != 0) {
            put((pad >> bit) & 1U, 1);
            bit = bit == 0 ? width - 1 : bit - 1;
        }
    }
    std::size_t bitCount() const { return m_used; }
    std::vector<std::uint8_t> take() { return std::move(m_bytes); }

private:
    std::vector<std::uint8_t> m_bytes;
    std::size_t m_used = 0;
};

class BitReader
{
public:
    explicit BitReader(std::span<const std::uint8_t> bytes)
        : m_bytes(bytes)
    {
    }
    std::size_t remaining() const { return m_bytes.size() * 8 - m_pos; }
    std::size_t position() const { return m_pos; }
    // Caller checks remaining() first.
    unsigned get(int width)
    {
        unsigned value = 0;
        for (int i = 0; i < width; ++i, ++m_pos) {
            const unsigned bit = (m_bytes[m_pos / 8] >> (7 - m_pos % 8)) & 1U;
            value = (value << 1) | bit;
        }
        return value;
    }

private:
    std::span<const std::uint8_t> m_bytes;
    std::size_t m_pos = 0;
};

} // namespace ils::devices::tagdata
