#pragma once

#include "SimulatedTag.h"
#include "tagdata/TagData.h"

#include <cstdint>
#include <string>

namespace ils::devices {

// ISO 28560-1's AFI values for library items: in the library (the gate alarms) and lent out.
inline constexpr std::uint8_t afiSecured = 0x07;
inline constexpr std::uint8_t afiNotSecured = 0xC2;

// What goes on a library item's (or a reader card's) tag, for the simulator.
struct ItemTagSpec
{
    std::string primaryItemId; // the item's barcode
    std::string ownerLibrary; // ISIL
    int part = 1; // K of N; a set is written only when total > 1
    int total = 1;
    TagModel model = TagModel::Iso28560_2;
    bool secured = true; // an item on the shelf: AFI secured and EAS on
    std::uint8_t typeOfUsage = usageCirculating; // usagePatronCard: a reader's card (PII: the card number)
};

// A tag holding ISO 28560 data for one item (or one part of it), or a reader's card: the encoded
// data at block 0, the model's DSFID, the spec's type of usage, and the security bits per `secured`. The
// memory is an ICODE SLIX's 28 blocks, or more when the data needs them. Fails when the codec
// refuses the data (the message says why).
DeviceResult<SimulatedTag> makeItemTag(const Bytes& uid, const ItemTagSpec& spec);

} // namespace ils::devices
