#pragma once

#include "Library.h"
#include "Time.h"

#include <QString>

#include <cstdint>
#include <string>
#include <utility>

namespace ilsctl {

// Turn argument text into values; each throws a usage error naming `what` (the option or the
// argument) and saying what was expected.
int parseCount(const std::string& text, const QString& what, int max = 1'000'000); // 0 … max
std::int64_t parseSequence(const std::string& text, const QString& what); // 0 …
std::int64_t parseId(const std::string& text, const QString& what); // 1 …
int parseMinutes(const std::string& text, const QString& what); // may be negative
std::int64_t parseAmount(const std::string& text, const QString& what); // yuan → fen (core/Money.h)
ils::Date parseDate(const std::string& text, const QString& what); // YYYY-MM-DD
ils::LibraryLevel parseLevel(const std::string& text, const QString& what);
bool parseYesNo(const std::string& text, const QString& what);
// Fen as yuan for the command line's text: core's ils::formatYuan as a QString.
QString formatYuan(std::int64_t fen); // "1.50"
// HOST:PORT, an IPv6 host in brackets ([::1]:7443); the port 1 … 65535.
std::pair<std::string, std::uint16_t> parseHostPort(const std::string& text, const QString& what);

} // namespace ilsctl
