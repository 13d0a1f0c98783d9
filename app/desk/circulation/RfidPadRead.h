#pragma once

#include "DeviceResult.h"
#include "rfid/RfidReader.h"
#include "tagdata/TagData.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

// One tag on the pad as the desk read it: its security state and what its data says.
struct RfidPadTag
{
    ils::devices::Bytes uid;
    std::uint8_t afi = 0;
    std::optional<ils::devices::TagData> data; // nothing: blank, foreign or unreadable
    std::string problem; // why there is no data (English, for the log and the panel's detail)
};

// Everything on the pad at one moment, or why the pad could not be read at all.
struct RfidPadRead
{
    std::vector<RfidPadTag> tags;
    std::optional<ils::devices::DeviceError> error;
};

// One library item on the pad: the tags that carry the same primary item identifier. A set
// (ISO 28560 "part K of N": a book with its CD) is complete only when every part is there.
struct RfidPadItem
{
    std::string barcode; // the primary item identifier
    int total = 1; // N
    std::vector<int> parts; // the K present, ascending, no repeats
    std::vector<ils::devices::Bytes> uids; // every tag of the item on the pad

    bool complete() const;
    std::vector<int> missing() const; // the K not on the pad, ascending
};

// What the previous reads found in the memory of the tags still on the pad, by UID. The desk
// rewrites only a tag's AFI or EAS, never its memory, so a tag that stays on the pad is read in
// full once, not at every poll; a tag lifted off is forgotten (it may be rewritten elsewhere).
using RfidTagMemoryCache = std::map<ils::devices::Bytes, RfidPadTag>;

// Reads the pad: an inventory, then each tag's system information and (unless `cache` has it)
// memory, decoded as ISO 28560 data. Blocks until the reader answers: call it on a device thread,
// the one that owns `cache`. A tag that moves off the pad during the read is left out, as if it
// had never been there.
RfidPadRead readPad(ils::devices::RfidReader& reader, RfidTagMemoryCache& cache);

// The items among the tags, in the order their first tag was read; tags without data are left
// out (the caller shows them separately), and so are reader cards.
std::vector<RfidPadItem> groupByItem(const std::vector<RfidPadTag>& tags);

// The card numbers of the reader cards (ISO 28560 type of usage 8x) among the tags, in the order
// read, without repeats.
std::vector<std::string> readerCards(const std::vector<RfidPadTag>& tags);
