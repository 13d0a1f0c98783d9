#pragma once

#include <QString>

#include <cstdint>
#include <optional>

// Money is integer fen in core; a librarian reads and types yuan. Parsing goes digit by digit,
// never through floating point: "12", "1.5" and "1.50" are exact, while a third decimal, a sign,
// a comma or more than 12 digits of yuan are refused rather than rounded. Surrounding spaces
// and a leading ¥ are forgiven, as people type them.
class Money
{
public:
    static std::optional<std::int64_t> parseYuan(const QString& text);
    static QString formatYuan(std::int64_t fen); // "1.50", "-0.30"
};
