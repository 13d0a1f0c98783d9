#pragma once

#include "Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ils {

// Money is integer fen; people read and type yuan. One parser for every place a person types
// an amount (the desk's payment and waiver dialogs, ilsctl's --deposit, --daily-fine…).
//
// parseYuan goes digit by digit, never through floating point: "12", "1.5" and "1.50" are exact.
// What people type by habit is forgiven: spaces around the amount, a leading ¥ or ￥, and
// full-width digits and point (an input method left in full-width mode). A third decimal, a
// sign, a comma, a second point or more than 12 digits of yuan are refused, never rounded:
// the refusal (AmountInvalid) names what is wrong and where (1-based character position).
// Its facts: fact::value (the text as typed) and the two below.
Result<std::int64_t> parseYuan(std::string_view text);

namespace fact {
inline constexpr const char* problem = "problem"; // what is wrong, as a code: "third_decimal", "comma"…
inline constexpr const char* position = "position"; // where (1-based character position), when it is one place
} // namespace fact
std::string formatYuan(std::int64_t fen); // "1.50", "-0.30"

} // namespace ils
