#include "Output.h"

#include "CliError.h"
#include "Tr.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace ilsctl {

namespace {

void write(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// East Asian wide characters take two terminal cells (UAX #11, the ranges that matter here).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

int cells(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

// Replicated text (a reader's name, a title, a block reason) is typed at any branch PC: on a
// terminal its escape sequences would clear the screen, move the cursor or retitle the window,
// and a newline would forge a line of output. What a human reads loses them; JSON keeps the
// exact text, escaped by the JSON writer.
QString terminalSafe(const QString& text)
{
    // ANSI sequences whole (CSI with its parameters, OSC up to its terminator, two-byte ESC),
    // then every other C0 control but tab, DEL, the C1 controls and the bidirectional overrides.
    static const QRegularExpression sequences(QStringLiteral(
        R"(\x1b\[[0-?]*[ -/]*[@-~]?|\x{9b}[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?|\x1b[ -~]?)"));
    static const QRegularExpression controls(
        QStringLiteral(R"([\x00-\x08\x0a-\x1f\x7f-\x{9f}\x{202a}-\x{202e}\x{2066}-\x{2069}])"));
    if (!text.contains(controls))
        return text;
    QString safe = text;
    safe.remove(sequences);
    safe.remove(controls);
    return safe;
}

} // namespace

QStringList Table::lines() const
{
    std::vector<int> widths;
    auto measure = [&widths](const QStringList& row) {
        widths.resize(std::max(widths.size(), static_cast<std::size_t>(row.size())));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[static_cast<std::size_t>(i)] = std::max(widths[static_cast<std::size_t>(i)], cells(row[i]));
    };
    measure(m_headers);
    for (const auto& row : m_rows)
        measure(row);
    auto format = [&widths](const QStringList& row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += QString(widths[static_cast<std::size_t>(i)] - cells(row[i]) + 2, QLatin1Char(' '));
        }
        return line;
    };
    QStringList out;
    if (!m_headers.isEmpty())
        out << format(m_headers);
    for (const auto& row : m_rows)
        out << format(row);
    return out;
}

void Output::result(const QJsonObject& object, const QStringList& lines) const
{
    if (m_json) {
        write(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return;
    }
    for (const auto& line : lines)
        write(stdout, terminalSafe(line) + QLatin1Char('\n'));
}

void Output::warn(const QString& line) const
{
    write(stderr, terminalSafe(line) + QLatin1Char('\n'));
}

void Output::plain(const QString& text) const
{
    write(stdout, text);
}

int Output::fail(const CliError& error) const
{
    if (error.code() == QLatin1String("usage"))
        warn(Text::tr("ilsctl: error: %1").arg(error.message()));
    else
        warn(Text::tr("ilsctl: error [%1]: %2").arg(error.code(), error.message()));
    if (m_json) {
        QJsonObject body = error.extra();
        body.insert(QStringLiteral("code"), error.code());
        body.insert(QStringLiteral("message"), error.message());
        body.insert(QStringLiteral("exit_code"), error.exitCode());
        write(stdout,
              QString::fromUtf8(
                  QJsonDocument(QJsonObject {{QStringLiteral("error"), body}}).toJson(QJsonDocument::Indented)));
    }
    return error.exitCode();
}

} // namespace ilsctl
