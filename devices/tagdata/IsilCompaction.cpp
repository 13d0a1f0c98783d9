#include "IsilCompaction.h"

#include "BitStream.h"

namespace ils::devices::tagdata {

namespace {

enum class Set
{
    Upper,
    Lower,
    Digit,
};

// Codes shared by the two 5-bit sets.
constexpr unsigned kHyphen5 = 0;
constexpr unsigned kExtra5 = 27; // ':' in upper case, '/' in lower case
constexpr unsigned kLatchFirst5 = 28; // latch to the other case
constexpr unsigned kShiftFirst5 = 29; // shift to the other case
constexpr unsigned kLatchDigit5 = 30;
constexpr unsigned kShiftDigit5 = 31;
// The 4-bit digit set: 0-9, then these.
constexpr unsigned kHyphen4 = 10;
constexpr unsigned kColon4 = 11;
constexpr unsigned kLatchUpper4 = 12;
constexpr unsigned kShiftUpper4 = 13;
constexpr unsigned kLatchLower4 = 14;
constexpr unsigned kShiftLower4 = 15;

int width(Set s)
{
    return s == Set::Digit ? 4 : 5;
}

// The character's code in a set, or nullopt if the set does not hold it.
std::optional<unsigned> codeIn(Set s, char c)
{
    if (c == '-') {
        return s == Set::Digit ? kHyphen4 : kHyphen5;
    }
    switch (s) {
    case Set::Upper:
        if (c >= 'A' && c <= 'Z') {
            return static_cast<unsigned>(c - 'A' + 1);
        }
        return c == ':' ? std::optional<unsigned>(kExtra5) : std::nullopt;
    case Set::Lower:
        if (c >= 'a' && c <= 'z') {
            return static_cast<unsigned>(c - 'a' + 1);
        }
        return c == '/' ? std::optional<unsigned>(kExtra5) : std::nullopt;
    case Set::Digit:
        if (c >= '0' && c <= '9') {
            return static_cast<unsigned>(c - '0');
        }
        return c == ':' ? std::optional<unsigned>(kColon4) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<Set> homeSet(char c)
{
    if ((c >= 'A' && c <= 'Z') || c == ':' || c == '-') {
        return Set::Upper;
    }
    if ((c >= 'a' && c <= 'z') || c == '/') {
        return Set::Lower;
    }
    if (c >= '0' && c <= '9') {
        return Set::Digit;
    }
    return std::nullopt;
}

unsigned switchCode(Set from, Set to, bool latch)
{
    if (from == Set::Digit) {
        if (to == Set::Upper) {
            return latch ? kLatchUpper4 : kShiftUpper4;
        }
        return latch ? kLatchLower4 : kShiftLower4;
    }
    if (to == Set::Digit) {
        return latch ? kLatchDigit5 : kShiftDigit5;
    }
    return latch ? kLatchFirst5 : kShiftFirst5;
}

char charFor(Set s, unsigned code)
{
    switch (s) {
    case Set::Upper:
        return code == kHyphen5 ? '-' : code == kExtra5 ? ':' : static_cast<char>('A' + code - 1);
    case Set::Lower:
        return code == kHyphen5 ? '-' : code == kExtra5 ? '/' : static_cast<char>('a' + code - 1);
    case Set::Digit:
        return code == kHyphen4 ? '-' : code == kColon4 ? ':' : static_cast<char>('0' + code);
    }
    return '?';
}

// Which set a switch code leads to, and whether it latches; nullopt for a character code.
std::optional<std::pair<Set, bool>> switchTarget(Set s, unsigned code)
{
    if (s == Set::Digit) {
        if (code < kLatchUpper4) {
            return std::nullopt;
        }
        const Set to = code <= kShiftUpper4 ? Set::Upper : Set::Lower;
        return std::pair {to, code == kLatchUpper4 || code == kLatchLower4};
    }
    if (code < kLatchFirst5) {
        return std::nullopt;
    }
    const Set other = s == Set::Upper ? Set::Lower : Set::Upper;
    const Set to = code <= kShiftFirst5 ? other : Set::Digit;
    return std::pair {to, code == kLatchFirst5 || code == kLatchDigit5};
}

} // namespace

std::optional<std::vector<std::uint8_t>> compactIsil(std::string_view isil)
{
    BitWriter w;
    Set current = Set::Upper;
    for (std::size_t i = 0; i < isil.size(); ++i) {
        const char c = isil[i];
        if (const auto code = codeIn(current, c)) {
            w.put(*code, width(current));
            continue;
        }
        const auto target = homeSet(c);
        if (!target) {
            return std::nullopt;
        }
        // Latch for a run of two or more, shift for a single character.
        const bool latch = i + 1 < isil.size() && codeIn(*target, isil[i + 1]).has_value();
        w.put(switchCode(current, *target, latch), width(current));
        w.put(*codeIn(*target, c), width(*target));
        if (latch) {
            current = *target;
        }
    }
    w.padWith(0xFF, 8);
    return w.take();
}

Expanded expandIsil(std::span<const std::uint8_t> bytes)
{
    BitReader r(bytes);
    Set latched = Set::Upper;
    std::optional<Set> shifted;
    std::string out;
    while (true) {
        const Set s = shifted.value_or(latched);
        if (r.remaining() < static_cast<std::size_t>(width(s))) {
            break;
        }
        const unsigned code = r.get(width(s));
        if (const auto sw = switchTarget(s, code)) {
            if (shifted) {
                return {{}, "ISIL compaction has a shift straight after a shift"};
            }
            if (sw->second) {
                latched = sw->first;
            } else {
                shifted = sw->first;
            }
            continue;
        }
        out += charFor(s, code);
        shifted.reset();
    }
    if (out.empty()) {
        return {{}, "ISIL compaction holds no character"};
    }
    return {out, {}};
}

} // namespace ils::devices::tagdata
