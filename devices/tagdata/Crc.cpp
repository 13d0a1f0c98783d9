#include "Crc.h"

namespace ils::devices::tagdata {

void Crc16::add(std::uint8_t byte)
{
    m_value ^= static_cast<std::uint16_t>(byte << 8);
    for (int bit = 0; bit < 8; ++bit) {
        const bool top = (m_value & 0x8000) != 0;
        m_value = static_cast<std::uint16_t>(m_value << 1);
        if (top) {
            m_value ^= 0x1021;
        }
    }
}

void Crc16::add(std::span<const std::uint8_t> bytes)
{
    for (auto b : bytes) {
        add(b);
    }
}

} // namespace ils::devices::tagdata
