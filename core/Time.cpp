#include "Time.h"

#include <chrono>
#include <cstdio>

namespace ils {

using namespace std::chrono;

Date Date::fromYmd(int year, unsigned month, unsigned day)
{
    const sys_days d {std::chrono::year {year} / std::chrono::month {month} / std::chrono::day {day}};
    return Date(static_cast<int>(d.time_since_epoch().count()));
}

static std::optional<int> digitsAt(std::string_view text, std::size_t pos, std::size_t count)
{
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::optional<Date> Date::fromIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto y = digitsAt(text, 0, 4);
    auto m = digitsAt(text, 5, 2);
    auto d = digitsAt(text, 8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    const year_month_day ymd {year {*y}, month {static_cast<unsigned>(*m)}, day {static_cast<unsigned>(*d)}};
    if (!ymd.ok())
        return std::nullopt;
    return Date(static_cast<int>(sys_days(ymd).time_since_epoch().count()));
}

Date Date::localDay(Timestamp utc, int utcOffsetMinutes)
{
    const Timestamp local = utc + static_cast<Timestamp>(utcOffsetMinutes) * millisPerMinute;
    // Floor division, so instants before 1970 still land on the right day.
    Timestamp days = local / millisPerDay;
    if (local % millisPerDay < 0)
        --days;
    return Date(static_cast<int>(days));
}

std::string Date::toIso() const
{
    const year_month_day ymd {sys_days {days {m_days}}};
    char buffer[16];
    std::snprintf(buffer,
                  sizeof buffer,
                  "%04d-%02u-%02u",
                  static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buffer;
}

int Date::isoWeekday() const
{
    return static_cast<int>(weekday {sys_days {days {m_days}}}.iso_encoding());
}

std::string formatUtc(Timestamp t)
{
    Timestamp days = t / millisPerDay;
    Timestamp rest = t % millisPerDay;
    if (rest < 0) {
        rest += millisPerDay;
        --days;
    }
    const Timestamp millis = rest % millisPerSecond;
    rest /= millisPerSecond;
    char buffer[40];
    std::snprintf(buffer,
                  sizeof buffer,
                  "%sT%02d:%02d:%02d",
                  Date(static_cast<int>(days)).toIso().c_str(),
                  static_cast<int>(rest / 3600),
                  static_cast<int>(rest / 60 % 60),
                  static_cast<int>(rest % 60));
    std::string text = buffer;
    if (millis != 0) {
        std::snprintf(buffer, sizeof buffer, ".%03d", static_cast<int>(millis));
        text += buffer;
    }
    return text + "Z";
}

std::optional<Timestamp> parseUtc(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DDTHH:MM:SS.mmmZ
    const bool withMillis = text.size() == 24 && text[19] == '.';
    if ((text.size() != 20 && !withMillis) || text[10] != 'T' || text[13] != ':' || text[16] != ':'
        || text.back() != 'Z')
        return std::nullopt;
    auto date = Date::fromIso(text.substr(0, 10));
    auto h = digitsAt(text, 11, 2);
    auto m = digitsAt(text, 14, 2);
    auto s = digitsAt(text, 17, 2);
    auto ms = withMillis ? digitsAt(text, 20, 3) : std::optional<int>(0);
    if (!date || !h || !m || !s || !ms || *h > 23 || *m > 59 || *s > 59)
        return std::nullopt;
    return static_cast<Timestamp>(date->daysSinceEpoch()) * millisPerDay
        + fromSeconds(static_cast<std::int64_t>(*h) * 3600 + *m * 60 + *s) + *ms;
}

Timestamp SystemClock::now() const
{
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace ils
