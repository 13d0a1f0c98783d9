#include "Compaction.h"

#include "BitStream.h"
#include "Utf8.h"

#include <algorithm>

namespace ils::devices::tagdata {

namespace {

// Each n-bit code pads its last byte with the leading bits of a character it never encodes, so a
// decoder can drop a whole pad character: '_' (11111) for 5-bit, space (100000, as in the
// ISO 28560-2 annex example) for 6-bit, DEL (1111111) for 7-bit.
constexpr unsigned kPad5 = 0x1F;
constexpr unsigned kPad6 = 0x20;
constexpr unsigned kPad7 = 0x7F;

bool isDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool fitsFiveBit(char32_t c)
{
    return c >= 0x40 && c <= 0x5E;
}

bool fitsSixBit(char32_t c)
{
    // 0x21-0x27 have no 6-bit code: ISO/IEC 15962 gives those codes to control characters.
    return (c >= 0x40 && c <= 0x5F) || c == 0x20 || (c >= 0x28 && c <= 0x3F);
}

bool fitsSevenBit(char32_t c)
{
    return c >= 0x20 && c <= 0x7E;
}

bool fitsUint64(std::string_view digits)
{
    return digits.size() < 20; // 19 digits always fit; 20 may not, and such PIIs do not exist
}

std::vector<std::uint8_t> compactInteger(std::string_view digits)
{
    std::uint64_t value = 0;
    for (char c : digits) {
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    std::vector<std::uint8_t> out;
    do {
        out.insert(out.begin(), static_cast<std::uint8_t>(value & 0xFF));
        value >>= 8;
    } while (value != 0);
    return out;
}

std::vector<std::uint8_t> compactNumeric(std::string_view digits)
{
    BitWriter w;
    for (char c : digits) {
        w.put(static_cast<unsigned>(c - '0'), 4);
    }
    w.padWith(0xF, 4);
    return w.take();
}

std::vector<std::uint8_t> compactBits(const std::vector<char32_t>& cps, int width, unsigned pad)
{
    BitWriter w;
    const unsigned mask = (1U << width) - 1;
    for (char32_t c : cps) {
        w.put(static_cast<unsigned>(c) & mask, width);
    }
    w.padWith(pad, width);
    return w.take();
}

Expanded expandInteger(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() > 8) {
        return {{}, "integer of more than 8 bytes"};
    }
    std::uint64_t value = 0;
    for (auto b : bytes) {
        value = (value << 8) | b;
    }
    return {std::to_string(value), {}};
}

Expanded expandNumeric(std::span<const std::uint8_t> bytes)
{
    std::string out;
    const std::size_t nibbles = bytes.size() * 2;
    for (std::size_t n = 0; n < nibbles; ++n) {
        const unsigned nibble = n % 2 == 0 ? bytes[n / 2] >> 4 : bytes[n / 2] & 0xFU;
        if (nibble <= 9) {
            out += static_cast<char>('0' + nibble);
        } else if (!(nibble == 0xF && n + 1 == nibbles)) {
            return {{}, "numeric compaction holds a nibble that is not a digit"};
        }
    }
    return {out, {}};
}

char32_t decodeChar(unsigned code, int width)
{
    if (width == 5) {
        return 0x40 + code;
    }
    if (width == 6) {
        return code < 0x20 ? 0x40 + code : code;
    }
    return code;
}

Expanded expandBits(std::span<const std::uint8_t> bytes, int width, unsigned pad)
{
    BitReader r(bytes);
    std::vector<unsigned> codes;
    while (r.remaining() >= static_cast<std::size_t>(width)) {
        codes.push_back(r.get(width));
    }
    // A whole pad character fits only when the unused bits of the last byte are >= width.
    const std::size_t leftover = r.remaining();
    if (!codes.empty() && codes.back() == pad && leftover + static_cast<std::size_t>(width) <= 7) {
        codes.pop_back();
    }
    std::string out;
    for (unsigned code : codes) {
        const char32_t c = decodeChar(code, width);
        if ((width == 6 && !fitsSixBit(c)) || (width == 7 && (c < 0x20 || c == 0x7F))) {
            return {{}, "control or reserved character in " + std::to_string(width) + "-bit compaction"};
        }
        appendUtf8(out, c);
    }
    return {out, {}};
}

Expanded expandOctet(std::span<const std::uint8_t> bytes)
{
    std::string out;
    for (auto b : bytes) {
        appendUtf8(out, b); // ISO/IEC 8859-1 is the first 256 code points
    }
    return {out, {}};
}

Expanded expandUtf8(std::span<const std::uint8_t> bytes)
{
    std::string text(bytes.begin(), bytes.end());
    if (!utf8ToCodePoints(text)) {
        return {{}, "invalid UTF-8"};
    }
    return {text, {}};
}

} // namespace

std::optional<Compaction> chooseCompaction(std::string_view text)
{
    const auto cps = utf8ToCodePoints(text);
    if (!cps || cps->empty()) {
        return std::nullopt;
    }
    if (isDigits(text)) {
        const bool leadingZero = text.size() > 1 && text.front() == '0';
        return !leadingZero && fitsUint64(text) ? Compaction::Integer : Compaction::Numeric;
    }
    const auto all = [&](auto pred) { return std::all_of(cps->begin(), cps->end(), pred); };
    if (all(fitsFiveBit)) {
        return Compaction::FiveBit;
    }
    // A trailing space would read as the 6-bit pad character.
    if (all(fitsSixBit) && cps->back() != 0x20) {
        return Compaction::SixBit;
    }
    if (all(fitsSevenBit)) {
        return Compaction::SevenBit;
    }
    if (all([](char32_t c) { return c <= 0xFF; })) {
        return Compaction::Octet;
    }
    return Compaction::Utf8;
}

std::vector<std::uint8_t> compact(std::string_view text, Compaction scheme)
{
    const auto cps = utf8ToCodePoints(text).value_or(std::vector<char32_t> {});
    switch (scheme) {
    case Compaction::Integer:
        return compactInteger(text);
    case Compaction::Numeric:
        return compactNumeric(text);
    case Compaction::FiveBit:
        return compactBits(cps, 5, kPad5);
    case Compaction::SixBit:
        return compactBits(cps, 6, kPad6);
    case Compaction::SevenBit:
        return compactBits(cps, 7, kPad7);
    case Compaction::Octet: {
        std::vector<std::uint8_t> out;
        for (char32_t c : cps) {
            out.push_back(static_cast<std::uint8_t>(c));
        }
        return out;
    }
    case Compaction::Utf8:
    case Compaction::ApplicationDefined:
        break;
    }
    return {text.begin(), text.end()};
}

Expanded expand(std::span<const std::uint8_t> bytes, Compaction scheme)
{
    switch (scheme) {
    case Compaction::Integer:
        return expandInteger(bytes);
    case Compaction::Numeric:
        return expandNumeric(bytes);
    case Compaction::FiveBit:
        return expandBits(bytes, 5, kPad5);
    case Compaction::SixBit:
        return expandBits(bytes, 6, kPad6);
    case Compaction::SevenBit:
        return expandBits(bytes, 7, kPad7);
    case Compaction::Octet:
        return expandOctet(bytes);
    case Compaction::Utf8:
        return expandUtf8(bytes);
    case Compaction::ApplicationDefined:
        break;
    }
    return {{}, "application-defined compaction is not text"};
}

} // namespace ils::devices::tagdata
