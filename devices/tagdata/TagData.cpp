#include "TagData.h"

#include "TagCodecs.h"

#include <algorithm>
#include <cstdio>

namespace ils::devices {

namespace {

using tagdata::Decoded;

bool isBlank(std::span<const std::uint8_t> bytes)
{
    const auto all = [&](std::uint8_t v) {
        return std::all_of(bytes.begin(), bytes.end(), [v](auto b) { return b == v; });
    };
    return all(0x00) || all(0xFF);
}

Decoded detectAndDecode(std::span<const std::uint8_t> bytes)
{
    const bool part3Shape = tagdata::looksLikePart3(bytes);
    if (part3Shape && tagdata::part3CrcMatches(bytes)) {
        return tagdata::decodePart3(bytes);
    }
    Decoded part2 = tagdata::decodePart2(bytes);
    if (std::holds_alternative<TagData>(part2) || !part3Shape) {
        return part2;
    }
    // Neither reads: a tag shaped like ISO 28560-3 is more likely one with a bad CRC than an
    // ISO 28560-2 tag that happens to start with a version-1 byte.
    return tagdata::decodePart3(bytes);
}

Decoded decodeDetailed(std::span<const std::uint8_t> bytes, std::optional<TagModel> model)
{
    if (bytes.empty()) {
        return TagDecodeError {TagProblem::Truncated, 0, "no bytes"};
    }
    if (isBlank(bytes)) {
        return TagDecodeError {TagProblem::Blank, 0, "blank tag"};
    }
    if (!model) {
        return detectAndDecode(bytes);
    }
    return *model == TagModel::Iso28560_3 ? tagdata::decodePart3(bytes) : tagdata::decodePart2(bytes);
}

} // namespace

DeviceResult<TagData> decodeTag(std::span<const std::uint8_t> bytes, std::optional<TagModel> model)
{
    Decoded decoded = decodeDetailed(bytes, model);
    if (auto* data = std::get_if<TagData>(&decoded)) {
        return std::move(*data);
    }
    const auto& e = std::get<TagDecodeError>(decoded);
    return DeviceError {DeviceErrorKind::Protocol, "byte " + std::to_string(e.offset) + ": " + e.what};
}

std::optional<TagDecodeError> tagDecodeError(std::span<const std::uint8_t> bytes, std::optional<TagModel> model)
{
    Decoded decoded = decodeDetailed(bytes, model);
    if (auto* e = std::get_if<TagDecodeError>(&decoded)) {
        return *e;
    }
    return std::nullopt;
}

std::optional<TagModel> modelForDsfid(std::uint8_t dsfid)
{
    switch (dsfid) {
    case 0x06:
        return TagModel::Iso28560_2;
    case 0x3E:
        return TagModel::Iso28560_3;
    default:
        return std::nullopt;
    }
}

bool isLibraryDsfid(std::uint8_t dsfid)
{
    return dsfid == 0x00 || modelForDsfid(dsfid).has_value();
}

DeviceResult<TagData> decodeTagWithDsfid(std::uint8_t dsfid, std::span<const std::uint8_t> bytes)
{
    if (!isLibraryDsfid(dsfid)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "%02X", dsfid);
        return DeviceError {DeviceErrorKind::Protocol,
                            std::string("DSFID: unknown DSFID 0x") + hex
                                + ", not ISO 28560-2 (0x06) or ISO 28560-3 (0x3E)"};
    }
    return decodeTag(bytes, modelForDsfid(dsfid));
}

DeviceResult<std::vector<std::uint8_t>> encodeTag(const TagData& data, TagModel model)
{
    const tagdata::Encoded encoded =
        model == TagModel::Iso28560_3 ? tagdata::encodePart3(data) : tagdata::encodePart2(data);
    if (!encoded.problem.empty()) {
        return DeviceError {DeviceErrorKind::Unsupported, encoded.problem};
    }
    return encoded.bytes;
}

} // namespace ils::devices
