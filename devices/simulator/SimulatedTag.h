#pragma once

#include "rfid/RfidReader.h"

#include <cstdint>
#include <vector>

namespace ils::devices {

// One ISO 15693 tag as the simulated pad keeps it: what a real tag holds in its chip.
struct SimulatedTag
{
    Bytes uid; // 8 bytes, least significant first (E0 is the last byte)
    std::uint8_t dsfid = 0;
    std::uint8_t afi = 0;
    bool eas = false; // NXP ICODE electronic article surveillance bit
    bool easSupported = true; // false: a tag without the NXP custom commands
    bool afiLocked = false; // a tag whose AFI was locked refuses Write AFI
    int blockSize = 4;
    Bytes memory; // blockSize × blockCount bytes
    std::vector<bool> locked; // one per block

    int blockCount() const { return blockSize > 0 ? static_cast<int>(memory.size()) / blockSize : 0; }

    // A blank tag like an NXP ICODE SLIX (28 blocks of 4 bytes), memory all zeros.
    static SimulatedTag blank(Bytes uid, int blockSize = 4, int blockCount = 28);
};

// A well-formed ISO 15693 UID for the simulator: E0, the NXP manufacturer code (04), then the
// serial number; returned least significant byte first, as a tag sends it.
Bytes simulatedUid(std::uint64_t serial);

// A UID as people read it (most significant byte first, upper-case hex): "E004000000000001".
std::string uidText(const Bytes& uid);

} // namespace ils::devices
