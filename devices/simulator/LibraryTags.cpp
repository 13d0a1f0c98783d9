#include "LibraryTags.h"

#include <algorithm>

namespace ils::devices {

DeviceResult<SimulatedTag> makeItemTag(const Bytes& uid, const ItemTagSpec& spec)
{
    TagData data;
    data.primaryItemId = spec.primaryItemId;
    data.ownerLibrary = spec.ownerLibrary;
    if (spec.total > 1)
        data.set = TagSet {spec.part, spec.total};
    data.typeOfUsage = spec.typeOfUsage;
    auto encoded = encodeTag(data, spec.model);
    if (!encoded)
        return encoded.error();
    constexpr int blockSize = 4;
    const int needed = static_cast<int>((encoded.value().size() + blockSize - 1) / blockSize);
    SimulatedTag tag = SimulatedTag::blank(uid, blockSize, std::max(28, needed));
    std::copy(encoded.value().begin(), encoded.value().end(), tag.memory.begin());
    // ISO/IEC 15962 DSFIDs for the library data models (ISO 28560-2: 0x06, ISO 28560-3: 0x3E).
    tag.dsfid = spec.model == TagModel::Iso28560_2 ? 0x06 : 0x3E;
    tag.afi = spec.secured ? afiSecured : afiNotSecured;
    tag.eas = spec.secured;
    return tag;
}

} // namespace ils::devices
