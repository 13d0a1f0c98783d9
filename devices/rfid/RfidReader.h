#pragma once

#include "DeviceResult.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ils::devices {

using Bytes = std::vector<std::uint8_t>;

// One ISO 15693 tag seen by an inventory.
struct RfidTag
{
    Bytes uid; // 8 bytes, in the order the tag sends them (least significant first)
    std::uint8_t dsfid = 0;
};

// What ISO 15693 Get System Information reports; fields the tag leaves out stay at their defaults.
struct RfidTagInfo
{
    Bytes uid;
    std::uint8_t dsfid = 0;
    std::uint8_t afi = 0;
    int blockSize = 4; // bytes
    int blockCount = 0;
};

// An HF library reader (ISO 15693), whatever its transport: a USB driver, or the simulated pad.
// Calls block until the reader answers or times out, so a front end calls them from a device
// thread, never from its UI thread. Every call names a tag by UID (addressed mode), because a
// pile of books puts many tags in the field at once.
class RfidReader
{
public:
    virtual ~RfidReader() = default;

    // Make and model plus where it is plugged in, for the status bar and the log.
    virtual std::string description() const = 0;

    // Every tag in the field (anticollision inventory).
    virtual DeviceResult<std::vector<RfidTag>> inventory() = 0;
    virtual DeviceResult<RfidTagInfo> systemInfo(const Bytes& uid) = 0;
    virtual DeviceResult<Bytes> readBlocks(const Bytes& uid, int firstBlock, int count) = 0;
    // data.size() must be a whole number of blocks.
    virtual DeviceResult<Done> writeBlocks(const Bytes& uid, int firstBlock, const Bytes& data) = 0;
    virtual DeviceResult<Done> writeAfi(const Bytes& uid, std::uint8_t afi) = 0;
    // Electronic article surveillance (an NXP ICODE custom command); Unsupported elsewhere.
    virtual DeviceResult<Done> setEas(const Bytes& uid, bool enabled) = 0;
    virtual DeviceResult<Done> lockBlocks(const Bytes& uid, int firstBlock, int count) = 0;
};

} // namespace ils::devices
