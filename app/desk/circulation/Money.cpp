#include "Money.h"

namespace {

constexpr qsizetype maxYuanDigits = 12; // far above any fine, far below int64 overflow

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

std::optional<std::int64_t> Money::parseYuan(const QString& input)
{
    QString text = input.trimmed();
    if (text.startsWith(QChar(0x00A5)) || text.startsWith(QChar(0xFFE5))) // ¥ and fullwidth ￥
        text = text.mid(1).trimmed();
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if (whole.isEmpty() || whole.size() > maxYuanDigits)
        return std::nullopt;
    if (point >= 0 && (fraction.isEmpty() || fraction.size() > 2))
        return std::nullopt;
    std::int64_t fen = 0;
    for (QChar c : whole) {
        if (!isDigit(c))
            return std::nullopt;
        fen = fen * 10 + (c.unicode() - '0');
    }
    for (qsizetype i = 0; i < 2; ++i) {
        const QChar c = i < fraction.size() ? fraction.at(i) : QLatin1Char('0');
        if (!isDigit(c))
            return std::nullopt;
        fen = fen * 10 + (c.unicode() - '0');
    }
    return fen;
}

QString Money::formatYuan(std::int64_t fen)
{
    const bool negative = fen < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}
