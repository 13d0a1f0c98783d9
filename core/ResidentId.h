#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ils {

// 居民身份证号码 (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character (0-9 or X).
// Returns what is wrong with `number`, or nothing when it is valid.
std::optional<std::string> residentIdProblem(std::string_view number);
bool isValidResidentId(std::string_view number);
char residentIdCheckCharacter(std::string_view first17Digits);
// Upper-cases a trailing 'x' so that one person has one stored form.
std::string normalizeResidentId(std::string_view number);
// What a screen or a report shows by default: 5326**********123X
std::string maskResidentId(std::string_view number);

} // namespace ils
