#include "Money.h"

namespace ilsctl {

namespace {

constexpr std::size_t maxYuanDigits = 12; // far above any fine, far below int64 overflow

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::optional<std::int64_t> parseYuan(std::string_view text)
{
    const auto point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    if (whole.empty() || whole.size() > maxYuanDigits)
        return std::nullopt;
    if (point != std::string_view::npos && (fraction.empty() || fraction.size() > 2))
        return std::nullopt;
    std::int64_t fen = 0;
    for (char c : whole) {
        if (!isDigit(c))
            return std::nullopt;
        fen = fen * 10 + (c - '0');
    }
    for (std::size_t i = 0; i < 2; ++i) {
        const char c = i < fraction.size() ? fraction[i] : '0';
        if (!isDigit(c))
            return std::nullopt;
        fen = fen * 10 + (c - '0');
    }
    return fen;
}

QString formatYuan(std::int64_t fen)
{
    const bool negative = fen < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace ilsctl
