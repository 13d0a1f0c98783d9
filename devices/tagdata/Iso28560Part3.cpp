// ISO 28560-3 (fixed length encoding), which is the Danish "RFID Data Model for Libraries":
// a 34-byte basic block, cut to 32 bytes on 32-byte tags, then optional extension blocks.
//   0      version (high nibble, 1) and type of usage (low nibble)
//   1      number of parts in the set     2  ordinal part number
//   3-18   primary item identifier, left aligned, 0x00 filled
//   19-20  CRC-16, least significant byte first, over bytes 0-18 and 21-33
//   21-22  country of the owner library (ISO 3166-1 alpha-2)
//   23-33  owner library (the ISIL after its country prefix); a 32-byte tag holds 9 characters
//          and its CRC counts bytes 32-33 as 0x00
// Extension block: length (whole block), block id (16 bits, LSB first), XOR checksum making the
// block's bytes XOR to zero, data. Length 0 ends the blocks, length 1 is a filler byte.
#include "Crc.h"
#include "TagCodecs.h"
#include "Utf8.h"

#include <array>
#include <cstdio>

namespace ils::devices::tagdata {

namespace {

constexpr std::size_t kShortSize = 32;
constexpr std::size_t kBasicSize = 34;
constexpr std::size_t kPiiAt = 3;
constexpr std::size_t kPiiSize = 16;
constexpr std::size_t kCrcAt = 19;
constexpr std::size_t kCountryAt = 21;
constexpr std::size_t kLibraryAt = 23;
constexpr std::size_t kLibrarySize = 11;
constexpr std::size_t kShortLibrarySize = 9;
constexpr unsigned kVersion = 1;

std::uint16_t basicBlockCrc(std::span<const std::uint8_t> bytes)
{
    std::array<std::uint8_t, kBasicSize> block {};
    for (std::size_t i = 0; i < kBasicSize && i < bytes.size(); ++i) {
        block[i] = bytes[i];
    }
    Crc16 crc;
    crc.add(std::span(block).first(kCrcAt));
    crc.add(std::span(block).subspan(kCrcAt + 2));
    return crc.value();
}

TagDecodeError error(TagProblem p, std::size_t at, std::string what)
{
    return TagDecodeError {p, at, std::move(what)};
}

// A 0x00-filled text field; control characters are damage. Bytes above 0x7F read as ISO/IEC 8859-1.
std::optional<TagDecodeError>
readText(std::span<const std::uint8_t> bytes, std::size_t at, std::size_t size, const char* name, std::string& out)
{
    const std::size_t end = std::min(bytes.size(), at + size);
    for (std::size_t i = at; i < end && bytes[i] != 0; ++i) {
        if (bytes[i] < 0x20 || bytes[i] == 0x7F) {
            return error(TagProblem::BadValue, i, std::string("control character in the ") + name);
        }
        appendUtf8(out, bytes[i]);
    }
    return std::nullopt;
}

std::optional<TagDecodeError> readExtensions(std::span<const std::uint8_t> bytes, TagData& data)
{
    std::size_t pos = kBasicSize;
    while (pos < bytes.size()) {
        const std::size_t length = bytes[pos];
        if (length == 0) {
            break;
        }
        if (length == 1) {
            ++pos;
            continue;
        }
        if (length < 4) {
            return error(TagProblem::BadLength, pos, "extension block of " + std::to_string(length) + " bytes");
        }
        if (pos + length > bytes.size()) {
            return error(TagProblem::Truncated, pos, "extension block runs past the end of the tag");
        }
        std::uint8_t sum = 0;
        for (std::size_t i = pos; i < pos + length; ++i) {
            sum ^= bytes[i];
        }
        if (sum != 0) {
            return error(TagProblem::BadCrc, pos + 3, "extension block checksum does not match");
        }
        const int id = bytes[pos + 1] | (bytes[pos + 2] << 8);
        if (bytes[pos + 2] == 0xFF) {
            return error(TagProblem::Unsupported, pos + 1, "extension block with a 24-bit id");
        }
        const auto first = bytes.begin() + static_cast<std::ptrdiff_t>(pos + 4);
        const auto last = bytes.begin() + static_cast<std::ptrdiff_t>(pos + length);
        data.otherElements.push_back(TagElement {kPart3BlockOid + id, std::string(first, last), true});
        pos += length;
    }
    return std::nullopt;
}

bool putText(std::vector<std::uint8_t>& out, std::size_t at, std::size_t size, std::string_view text)
{
    const auto cps = utf8ToCodePoints(text);
    if (!cps || cps->size() > size) {
        return false;
    }
    for (std::size_t i = 0; i < cps->size(); ++i) {
        const char32_t c = (*cps)[i];
        if (c < 0x20 || c == 0x7F || c > 0xFF) {
            return false;
        }
        out[at + i] = static_cast<std::uint8_t>(c);
    }
    return true;
}

bool isCountry(std::string_view s)
{
    return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

} // namespace

bool looksLikePart3(std::span<const std::uint8_t> bytes)
{
    return bytes.size() >= kShortSize && (bytes[0] >> 4) == kVersion;
}

bool part3CrcMatches(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < kShortSize) {
        return false;
    }
    return basicBlockCrc(bytes) == (bytes[kCrcAt] | (bytes[kCrcAt + 1] << 8));
}

Decoded decodePart3(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < kShortSize) {
        return error(TagProblem::Truncated,
                     bytes.size(),
                     "ISO 28560-3 needs 32 bytes, the tag gave " + std::to_string(bytes.size()));
    }
    if ((bytes[0] >> 4) != kVersion) {
        return error(TagProblem::Unsupported, 0, "ISO 28560-3 version " + std::to_string(bytes[0] >> 4));
    }
    const std::uint16_t stored = static_cast<std::uint16_t>(bytes[kCrcAt] | (bytes[kCrcAt + 1] << 8));
    const std::uint16_t computed = basicBlockCrc(bytes);
    if (stored != computed) {
        char text[80];
        std::snprintf(text, sizeof text, "CRC is %04X, the data gives %04X", stored, computed);
        return error(TagProblem::BadCrc, kCrcAt, text);
    }
    TagData data;
    data.typeOfUsage = static_cast<std::uint8_t>((bytes[0] & 0x0F) << 4);
    const int total = bytes[1];
    const int part = bytes[2];
    if (total != 0 || part != 0) { // 0/0: not given
        if (total == 0 || part == 0 || part > total) {
            return error(TagProblem::BadValue,
                         part == 0 || part > total ? 2 : 1,
                         "part " + std::to_string(part) + " of " + std::to_string(total));
        }
        if (total > 1) {
            data.set = TagSet {part, total};
        }
    }
    if (auto e = readText(bytes, kPiiAt, kPiiSize, "primary item identifier", data.primaryItemId)) {
        return *e;
    }
    if (data.primaryItemId.empty()) {
        return error(TagProblem::BadValue, kPiiAt, "primary item identifier is empty");
    }
    std::string country;
    std::string library;
    if (auto e = readText(bytes, kCountryAt, 2, "country", country)) {
        return *e;
    }
    if (auto e = readText(bytes, kLibraryAt, kLibrarySize, "owner library", library)) {
        return *e;
    }
    if (!country.empty() && !isCountry(country)) {
        return error(TagProblem::BadValue, kCountryAt, "country \"" + country + "\" is not two capital letters");
    }
    data.ownerLibrary = country.empty() ? library : country + "-" + library;
    if (auto e = readExtensions(bytes, data)) {
        return *e;
    }
    return data;
}

Encoded encodePart3(const TagData& data)
{
    std::vector<std::uint8_t> out(kBasicSize, 0);
    const std::uint8_t usage = data.typeOfUsage.value_or(0x10); // circulating item
    if ((usage & 0x0F) != 0) {
        return {{}, "ISO 28560-3 keeps only the first digit of the type of usage"};
    }
    out[0] = static_cast<std::uint8_t>((kVersion << 4) | (usage >> 4));
    const TagSet set = data.set.value_or(TagSet {});
    if (set.part < 1 || set.part > set.total || set.total > 255) {
        return {{}, "set information must be part K of N with 1 <= K <= N <= 255"};
    }
    out[1] = static_cast<std::uint8_t>(set.total);
    out[2] = static_cast<std::uint8_t>(set.part);
    if (data.primaryItemId.empty() || !putText(out, kPiiAt, kPiiSize, data.primaryItemId)) {
        return {{}, "the primary item identifier must be 1 to 16 Latin-1 characters"};
    }
    std::string_view isil = data.ownerLibrary;
    std::string_view country;
    // The country goes into its own field; any other ISIL prefix stays with the library.
    if (const auto dash = isil.find('-'); dash != std::string_view::npos && isCountry(isil.substr(0, dash))) {
        country = isil.substr(0, dash);
        isil.remove_prefix(dash + 1);
    }
    putText(out, kCountryAt, 2, country);
    if (!putText(out, kLibraryAt, kLibrarySize, isil)) {
        return {{}, "the owner library (after the country) must be at most 11 characters"};
    }
    bool extensions = false;
    for (const auto& e : data.otherElements) {
        const int id = e.oid - kPart3BlockOid;
        if (id < 0 || id > 0xFEFF || e.value.size() > 251) {
            return {{}, "element " + std::to_string(e.oid) + " has no place in ISO 28560-3"};
        }
        std::vector<std::uint8_t> block {static_cast<std::uint8_t>(4 + e.value.size()),
                                         static_cast<std::uint8_t>(id & 0xFF),
                                         static_cast<std::uint8_t>(id >> 8),
                                         0};
        block.insert(block.end(), e.value.begin(), e.value.end());
        for (std::size_t i = 0; i < block.size(); ++i) {
            block[3] ^= i == 3 ? 0 : block[i];
        }
        out.insert(out.end(), block.begin(), block.end());
        extensions = true;
    }
    const std::uint16_t crc = basicBlockCrc(out);
    out[kCrcAt] = static_cast<std::uint8_t>(crc & 0xFF);
    out[kCrcAt + 1] = static_cast<std::uint8_t>(crc >> 8);
    if (extensions) {
        out.push_back(0); // end of blocks
    } else if (isil.size() <= kShortLibrarySize) {
        out.resize(kShortSize); // fits a 32-byte tag
    }
    out.resize((out.size() + kBlockSize - 1) / kBlockSize * kBlockSize, 0);
    return {out, {}};
}

} // namespace ils::devices::tagdata
