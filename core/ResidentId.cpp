#include "ResidentId.h"

#include <algorithm>
#include <array>

namespace ils {

namespace {

constexpr std::size_t idLength = 18;
constexpr std::array<int, 17> weights {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view checkCharacters = "10X98765432";

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int toInt(std::string_view digits)
{
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

bool isRealDate(int year, int month, int day)
{
    // The oldest people holding a second-generation card were born in the late 1800s.
    if (year < 1800 || month < 1 || month > 12 || day < 1)
        return false;
    constexpr std::array<int, 12> days {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
}

// Characters, not bytes, so that a full-width digit counts as one.
std::size_t characterCount(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    return count;
}

std::size_t utf8Length(unsigned char lead)
{
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

std::string shown(std::string_view character)
{
    if (character == " ")
        return "a space";
    if (character.size() == 1 && static_cast<unsigned char>(character[0]) < 0x20)
        return "a control character";
    // Built with append: GCC 12 at -O3 warns (wrongly) about restrict on the operator+ chain.
    return std::string("'").append(character).append("'");
}

// The first of the 17 leading characters that is not a digit, by 1-based position.
std::optional<std::string> nonDigit(std::string_view number)
{
    std::size_t position = 0;
    for (std::size_t i = 0; i < number.size() && position < 17;) {
        const auto length = std::min(utf8Length(static_cast<unsigned char>(number[i])), number.size() - i);
        ++position;
        if (length > 1 || !isDigit(number[i]))
            return shown(number.substr(i, length)) + " at position " + std::to_string(position) + " is not a digit";
        i += length;
    }
    return std::nullopt;
}

} // namespace

char residentIdCheckCharacter(std::string_view first17Digits)
{
    if (first17Digits.size() < weights.size())
        return '\0';
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (!isDigit(first17Digits[i]))
            return '\0';
        sum += (first17Digits[i] - '0') * weights[i];
    }
    return checkCharacters[static_cast<std::size_t>(sum % 11)];
}

std::optional<std::string> residentIdProblem(std::string_view number)
{
    if (characterCount(number) != idLength)
        return "a resident ID number has 18 characters, this one has " + std::to_string(characterCount(number));
    if (auto problem = nonDigit(number))
        return problem;
    const auto last = number.substr(17);
    const char check = last == "x" ? 'X' : last[0];
    if (last.size() != 1 || (!isDigit(check) && check != 'X'))
        return "the last character is " + shown(last) + ", not a digit or X";
    const auto birth = number.substr(6, 8);
    if (!isRealDate(toInt(birth.substr(0, 4)), toInt(birth.substr(4, 2)), toInt(birth.substr(6, 2))))
        return "the birth date " + std::string(birth) + " (positions 7-14) is not a real date YYYYMMDD";
    const char expected = residentIdCheckCharacter(number);
    if (check != expected)
        return std::string("check character is ") + check + ", expected " + expected;
    return std::nullopt;
}

bool isValidResidentId(std::string_view number)
{
    return !residentIdProblem(number);
}

std::string normalizeResidentId(std::string_view number)
{
    std::string normalized(number);
    if (!normalized.empty() && normalized.back() == 'x')
        normalized.back() = 'X';
    return normalized;
}

std::string maskResidentId(std::string_view number)
{
    constexpr std::size_t kept = 4;
    const auto normalized = normalizeResidentId(number);
    // Anything too short, or not plain ASCII, is hidden whole rather than cut mid-character.
    if (normalized.size() <= 2 * kept || characterCount(normalized) != normalized.size())
        return std::string(characterCount(normalized), '*');
    return normalized.substr(0, kept) + std::string(normalized.size() - 2 * kept, '*')
        + normalized.substr(normalized.size() - kept);
}

} // namespace ils
