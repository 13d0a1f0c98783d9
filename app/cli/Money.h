#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace ilsctl {

// Money is integer fen in core; a person writes and reads yuan. "12", "1.5" and "1.50" parse
// digit by digit into fen, never through floating point; a third decimal, a sign, spaces or
// more than 12 digits of yuan are refused rather than rounded.
std::optional<std::int64_t> parseYuan(std::string_view text);
QString formatYuan(std::int64_t fen); // "1.50", "-0.30"

} // namespace ilsctl
