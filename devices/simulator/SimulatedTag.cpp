#include "SimulatedTag.h"

#include <string>

namespace ils::devices {

SimulatedTag SimulatedTag::blank(Bytes uid, int blockSize, int blockCount)
{
    SimulatedTag tag;
    tag.uid = std::move(uid);
    tag.blockSize = blockSize;
    tag.memory.assign(static_cast<std::size_t>(blockSize) * static_cast<std::size_t>(blockCount), 0);
    tag.locked.assign(static_cast<std::size_t>(blockCount), false);
    return tag;
}

Bytes simulatedUid(std::uint64_t serial)
{
    Bytes uid(8);
    for (int i = 0; i < 6; ++i)
        uid[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(serial >> (8 * i));
    uid[6] = 0x04; // NXP
    uid[7] = 0xE0; // ISO 15693
    return uid;
}

std::string uidText(const Bytes& uid)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string text;
    for (auto it = uid.rbegin(); it != uid.rend(); ++it) {
        text += hex[*it >> 4];
        text += hex[*it & 0x0F];
    }
    return text;
}

} // namespace ils::devices
