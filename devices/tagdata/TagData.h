#pragma once

#include "DeviceResult.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ils::devices {

// The two library data models for an HF tag's user memory (ISO 28560-1 names the elements).
enum class TagModel
{
    Iso28560_2, // object identifiers and compaction per ISO/IEC 15962 (GB/T 35660.2 follows it)
    Iso28560_3, // fixed 32 (or 34) bytes with a CRC (the Danish data model)
};

// "Part K of N": an item made of several pieces (a book with its CD), each with its own tag.
struct TagSet
{
    int part = 1; // K, 1-based
    int total = 1; // N
    bool operator==(const TagSet&) const = default;
};

// An element the library does not interpret (shelf location, title, local data...), kept so that
// decoding and re-encoding a tag loses nothing: ISO 28560-2 elements by relative OID, ISO 28560-3
// extension blocks by block id.
struct TagElement
{
    int oid = 0; // ISO 28560-2 relative OID, or kPart3BlockOid + block id
    std::string value; // UTF-8 text, or the bytes themselves when raw
    bool raw = false; // application-defined bytes (ISO 28560-2 compaction 000, ISO 28560-3 blocks)
    bool operator==(const TagElement&) const = default;
};

// ISO 28560-3 extension blocks are kept as elements with this OID plus their block id.
constexpr int kPart3BlockOid = 0x10000;

// What a library tag says. Empty strings and absent optionals mean "not on the tag".
struct TagData
{
    std::string primaryItemId; // the item's barcode number
    std::string ownerLibrary; // ISIL, e.g. "CN-530000-1" or "US-InU-Mu"
    std::optional<TagSet> set;
    // ISO 28560-2 type of usage byte: high nibble the main category (0 acquisition, 1 circulating,
    // 2 not circulating, 7 discarded, 8 patron card...), low nibble a qualifier. ISO 28560-3 keeps
    // only the high nibble.
    std::optional<std::uint8_t> typeOfUsage;
    std::vector<TagElement> otherElements; // in tag order
    // ISO 28560-2: the relative OIDs after the PII as they came off the tag, so a decoded tag
    // re-encodes to the same bytes. Empty: ascending OIDs.
    std::vector<int> elementOrder;
    bool operator==(const TagData&) const = default;
};

// ISO 28560-2 type of usage values the library writes: a circulating item, and a patron's
// (reader's) card, whose primary item identifier is the card number.
inline constexpr std::uint8_t usageCirculating = 0x10;
inline constexpr std::uint8_t usagePatronCard = 0x80;

// Whether the tag is a reader's card: type of usage main category 8, whatever the qualifier.
inline bool isPatronCard(const TagData& data)
{
    return data.typeOfUsage && (*data.typeOfUsage >> 4) == (usagePatronCard >> 4);
}

// Why a tag could not be read, and where. offset is the byte in the given memory.
enum class TagProblem
{
    Blank, // nothing written (all zeros, or all 0xFF)
    Truncated, // the memory ends inside an element
    BadLength, // a length or offset that cannot be right
    BadCrc, // ISO 28560-3 checksum does not match
    UnknownModel, // not a library data model (ISO 28560-2 must start with the PII)
    BadValue, // an element whose value breaks its rules (bad compaction, bad set, bad ISIL...)
    Unsupported, // perhaps valid, not handled here (ISO 28560-3 version 2, 24-bit block ids)
};

struct TagDecodeError
{
    TagProblem problem = TagProblem::BadValue;
    std::size_t offset = 0;
    std::string what; // English, for the log; the CLI translates by problem
};

// Decodes a tag's user memory (trailing unused memory may follow). Without a model, detects it:
// ISO 28560-3 when the 32 bytes carry a valid CRC, else ISO 28560-2. The error message reads
// "byte N: what".
DeviceResult<TagData> decodeTag(std::span<const std::uint8_t> bytes, std::optional<TagModel> model = {});

// The same with the problem and offset as values.
std::optional<TagDecodeError> tagDecodeError(std::span<const std::uint8_t> bytes, std::optional<TagModel> model = {});

// The model an ISO 15693 DSFID announces: 0x06 ISO 28560-2, 0x3E ISO 28560-3; nothing for 0x00 (not
// set: detect from the data) and for any other value.
std::optional<TagModel> modelForDsfid(std::uint8_t dsfid);
bool isLibraryDsfid(std::uint8_t dsfid); // 0x00, 0x06 or 0x3E

// Decodes memory read with its DSFID: the DSFID picks the model; an unknown DSFID is an error
// ("unknown DSFID 0x42") rather than a guess.
DeviceResult<TagData> decodeTagWithDsfid(std::uint8_t dsfid, std::span<const std::uint8_t> bytes);

// Encodes for a tag with 4-byte blocks; fails with a clear error if the data does not fit the
// model (a PII longer than 16 characters for ISO 28560-3, a set of more than 255 parts...).
DeviceResult<std::vector<std::uint8_t>> encodeTag(const TagData& data, TagModel model);

} // namespace ils::devices
