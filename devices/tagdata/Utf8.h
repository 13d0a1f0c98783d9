#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils::devices::tagdata {

// Code points of a UTF-8 string; nullopt when it is not valid UTF-8.
std::optional<std::vector<char32_t>> utf8ToCodePoints(std::string_view text);
void appendUtf8(std::string& out, char32_t codePoint);

} // namespace ils::devices::tagdata
