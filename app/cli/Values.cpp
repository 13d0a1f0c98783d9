#include "Values.h"

#include "CliError.h"
#include "Tr.h"

#include "HostPort.h"
#include "Money.h"

#include <charconv>

namespace ilsctl {

namespace {

template<typename T>
bool parseInteger(const std::string& text, T& out)
{
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return !text.empty() && ec == std::errc() && ptr == end;
}

CliError invalid(const QString& what, const std::string& text, const QString& expected)
{
    return usageError(Text::tr("%1: '%2' is not valid (expected %3)").arg(what, qs(text), expected));
}

} // namespace

int parseCount(const std::string& text, const QString& what, int max)
{
    int value = 0;
    if (!parseInteger(text, value) || value < 0 || value > max)
        throw invalid(what, text, Text::tr("a whole number from 0 to %1").arg(max));
    return value;
}

std::int64_t parseSequence(const std::string& text, const QString& what)
{
    std::int64_t value = 0;
    if (!parseInteger(text, value) || value < 0)
        throw invalid(what, text, Text::tr("a whole number from 0"));
    return value;
}

std::int64_t parseId(const std::string& text, const QString& what)
{
    std::int64_t value = 0;
    if (!parseInteger(text, value) || value < 1)
        throw invalid(what, text, Text::tr("a positive whole number"));
    return value;
}

int parseMinutes(const std::string& text, const QString& what)
{
    int value = 0;
    if (!parseInteger(text, value))
        throw invalid(what, text, Text::tr("a whole number of minutes, such as 480 for UTC+8"));
    return value;
}

std::int64_t parseAmount(const std::string& text, const QString& what)
{
    const auto fen = ils::parseYuan(text);
    if (!fen)
        throw invalid(what, text, Text::tr("an amount in yuan with at most 2 decimals, such as 1.50"));
    return fen.value();
}

QString formatYuan(std::int64_t fen)
{
    return QString::fromStdString(ils::formatYuan(fen));
}

ils::Date parseDate(const std::string& text, const QString& what)
{
    const auto date = ils::Date::fromIso(text);
    if (!date)
        throw invalid(what, text, Text::tr("a date such as 2026-05-01"));
    return *date;
}

ils::LibraryLevel parseLevel(const std::string& text, const QString& what)
{
    const auto level = ils::libraryLevelFromString(text);
    if (!level)
        throw invalid(what, text, Text::tr("province, prefecture, county, branch or point"));
    return *level;
}

bool parseYesNo(const std::string& text, const QString& what)
{
    if (text == "yes" || text == "true" || text == "1")
        return true;
    if (text == "no" || text == "false" || text == "0")
        return false;
    throw invalid(what, text, Text::tr("yes or no"));
}

std::pair<std::string, std::uint16_t> parseHostPort(const std::string& text, const QString& what)
{
    const auto parsed = ils::parseHostPort(text);
    if (!parsed || parsed->port == 0)
        throw invalid(what, text, Text::tr("HOST:PORT, such as 192.168.1.10:7443"));
    return {parsed->host, parsed->port};
}

} // namespace ilsctl
