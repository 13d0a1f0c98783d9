#include "Money.h"

#include <optional>
#include <vector>

namespace ils {

namespace {

constexpr std::size_t maxYuanDigits = 12; // far above any fine, far below int64 overflow

// One typed character, as the parser sees it: ASCII, or one of the full-width forms an input
// method produces, folded to ASCII.
struct Char
{
    char ascii; // 0 for anything else
    std::string_view text; // as typed, for the message
};

// Splits UTF-8 into characters; an invalid byte becomes a character of its own (refused later).
std::vector<Char> characters(std::string_view text)
{
    std::vector<Char> out;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        if (i + length > text.size())
            length = 1;
        const std::string_view one = text.substr(i, length);
        char ascii = length == 1 && byte < 0x80 ? static_cast<char>(byte) : 0;
        // U+FF10..U+FF19 full-width digits are EF BC 90..99; U+FF0E full-width full stop is EF BC 8E.
        if (length == 3 && one[0] == '\xEF' && one[1] == '\xBC') {
            const auto last = static_cast<unsigned char>(one[2]);
            if (last >= 0x90 && last <= 0x99)
                ascii = static_cast<char>('0' + (last - 0x90));
            else if (last == 0x8E)
                ascii = '.';
        }
        out.push_back({ascii, one});
        i += length;
    }
    return out;
}

bool isSpace(const Char& c)
{
    return c.ascii == ' ' || c.ascii == '\t' || c.text == "\xE3\x80\x80"; // U+3000 ideographic space
}

bool isYuanSign(const Char& c)
{
    return c.text == "\xC2\xA5" || c.text == "\xEF\xBF\xA5"; // ¥ U+00A5, ￥ U+FFE5
}

// `problem` and `position` (1-based, in characters) say the same as `what`, as data for the screens.
Refusal invalid(std::string_view text,
                const std::string& what,
                const char* problem,
                std::optional<std::size_t> position = std::nullopt)
{
    RefusalFacts facts {{fact::value, std::string(text)}, {fact::problem, problem}};
    if (position)
        facts.emplace(fact::position, std::to_string(*position));
    return refuse(Reason::AmountInvalid,
                  "'" + std::string(text) + "' is not an amount in yuan: " + what
                      + " (expected yuan with at most 2 decimals, such as 12 or 12.50)",
                  std::move(facts));
}

} // namespace

Result<std::int64_t> parseYuan(std::string_view text)
{
    const std::vector<Char> all = characters(text);
    std::size_t begin = 0;
    std::size_t end = all.size();
    while (begin < end && isSpace(all[begin]))
        ++begin;
    while (end > begin && isSpace(all[end - 1]))
        --end;
    if (begin < end && isYuanSign(all[begin])) {
        ++begin;
        while (begin < end && isSpace(all[begin]))
            ++begin;
    }
    if (begin == end)
        return invalid(text, "it is empty", "empty");
    std::int64_t fen = 0;
    std::size_t wholeDigits = 0;
    std::optional<std::size_t> point;
    std::size_t decimals = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const Char& c = all[i];
        const std::string at = " at character " + std::to_string(i + 1);
        if (c.ascii == '.') {
            if (point)
                return invalid(text, "a second decimal point" + at, "second_point", i + 1);
            if (wholeDigits == 0)
                return invalid(text, "no yuan before the point" + at + " (write 0.50, not .50)", "no_yuan", i + 1);
            point = i;
            continue;
        }
        if (c.ascii < '0' || c.ascii > '9') {
            if (c.ascii == '-' || c.ascii == '+')
                return invalid(text, "a sign" + at + "; amounts are never negative", "sign", i + 1);
            if (c.ascii == ',')
                return invalid(text, "a comma" + at + "; write 1200, not 1,200", "comma", i + 1);
            return invalid(text, "'" + std::string(c.text) + "'" + at + " is not a digit", "not_a_digit", i + 1);
        }
        if (point) {
            if (++decimals > 2)
                return invalid(text,
                               "a third decimal" + at + "; the smallest amount is 0.01 yuan (1 fen)",
                               "third_decimal",
                               i + 1);
        } else if (++wholeDigits > maxYuanDigits) {
            return invalid(text, "more than " + std::to_string(maxYuanDigits) + " digits of yuan", "too_large");
        }
        fen = fen * 10 + (c.ascii - '0');
    }
    if (point && decimals == 0)
        return invalid(
            text, "no digits after the point at character " + std::to_string(*point + 1), "no_fen", *point + 1);
    for (; decimals < 2; ++decimals)
        fen *= 10;
    return fen;
}

std::string formatYuan(std::int64_t fen)
{
    const bool negative = fen < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
    const std::uint64_t cents = magnitude % 100;
    return (negative ? "-" : "") + std::to_string(magnitude / 100) + "." + (cents < 10 ? "0" : "")
        + std::to_string(cents);
}

} // namespace ils
