#pragma once

#include <cstdint>
#include <span>

namespace ils::devices::tagdata {

// CRC-16 of ISO 28560-3 and the Danish "RFID Data Model for Libraries" (3.2.1.6): polynomial
// x^16 + x^12 + x^5 + 1 (0x1021), register preset to 0xFFFF, bits taken most significant first,
// no final inversion. Check value: "RFID tag data model" gives 0x1AEE.
class Crc16
{
public:
    void add(std::span<const std::uint8_t> bytes);
    void add(std::uint8_t byte);
    std::uint16_t value() const { return m_value; }

private:
    std::uint16_t m_value = 0xFFFF;
};

} // namespace ils::devices::tagdata
