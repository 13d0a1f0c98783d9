#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ils {

// Milliseconds since 1970-01-01T00:00:00Z. Storage is always UTC. (Whole seconds until schema
// step 8: two desks' events in one second must keep the order they happened in.)
using Timestamp = std::int64_t;

inline constexpr Timestamp millisPerSecond = 1000;
inline constexpr Timestamp millisPerMinute = 60 * millisPerSecond;
inline constexpr Timestamp millisPerDay = 86400 * millisPerSecond;

constexpr Timestamp fromSeconds(std::int64_t seconds)
{
    return seconds * millisPerSecond;
}
// The whole second an instant falls in (floor, also before 1970).
constexpr std::int64_t toSeconds(Timestamp t)
{
    return t / millisPerSecond - (t % millisPerSecond < 0 ? 1 : 0);
}

// A calendar day in the library's local time (due dates, expiry, closed days).
class Date
{
public:
    constexpr Date() = default;
    constexpr explicit Date(int daysSinceEpoch)
        : m_days(daysSinceEpoch)
    {
    }
    static Date fromYmd(int year, unsigned month, unsigned day);
    static std::optional<Date> fromIso(std::string_view text); // YYYY-MM-DD
    // The local calendar day of a UTC instant, for a zone offset such as UTC+8 (480 minutes).
    static Date localDay(Timestamp utc, int utcOffsetMinutes);

    std::string toIso() const;
    int daysSinceEpoch() const { return m_days; }
    Date plusDays(int days) const { return Date(m_days + days); }
    int daysUntil(Date later) const { return later.m_days - m_days; }
    // 1 = Monday … 7 = Sunday (ISO 8601).
    int isoWeekday() const;

    auto operator<=>(const Date&) const = default;

private:
    int m_days = 0;
};

// 2026-11-23T08:00:00Z, or 2026-11-23T08:00:00.250Z when the instant is not a whole second.
std::string formatUtc(Timestamp t);
std::optional<Timestamp> parseUtc(std::string_view text); // either form

class Clock
{
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
};

class SystemClock final : public Clock
{
public:
    Timestamp now() const override;
};

// A clock the caller moves by hand: tests, and reproducible demos.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(Timestamp start)
        : m_now(start)
    {
    }
    Timestamp now() const override { return m_now; }
    void set(Timestamp t) { m_now = t; }
    void advanceDays(int days) { m_now += static_cast<Timestamp>(days) * millisPerDay; }
    void advanceSeconds(std::int64_t s) { m_now += fromSeconds(s); }
    void advanceMillis(Timestamp ms) { m_now += ms; }

private:
    Timestamp m_now;
};

} // namespace ils
