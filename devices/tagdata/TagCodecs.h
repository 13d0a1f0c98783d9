#pragma once

#include "TagData.h"

#include <string>
#include <variant>
#include <vector>

// The two models' codecs behind decodeTag/encodeTag; not part of the public API.
namespace ils::devices::tagdata {

using Decoded = std::variant<TagData, TagDecodeError>;

struct Encoded
{
    std::vector<std::uint8_t> bytes;
    std::string problem; // empty when fine
};

constexpr std::size_t kBlockSize = 4; // ISO 15693 library tags: 4-byte blocks

Decoded decodePart2(std::span<const std::uint8_t> bytes);
Encoded encodePart2(const TagData& data);

// Whether the bytes could be ISO 28560-3 (32 bytes or more, version 1 in the first nibble), and
// whether the checksum then matches.
bool looksLikePart3(std::span<const std::uint8_t> bytes);
bool part3CrcMatches(std::span<const std::uint8_t> bytes);
Decoded decodePart3(std::span<const std::uint8_t> bytes);
Encoded encodePart3(const TagData& data);

} // namespace ils::devices::tagdata
