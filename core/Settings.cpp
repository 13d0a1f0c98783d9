#include "Settings.h"

#include "Database.h"

#include <charconv>

namespace ils {

std::optional<std::string> Settings::get(std::string_view key) const
{
    Query q(m_db, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    if (q.step())
        return q.getText(0);
    return std::nullopt;
}

std::string Settings::get(std::string_view key, std::string_view fallback) const
{
    auto value = get(key);
    return value ? *value : std::string(fallback);
}

std::int64_t Settings::getInt(std::string_view key, std::int64_t fallback) const
{
    auto value = get(key);
    if (!value)
        return fallback;
    std::int64_t out = fallback;
    auto [ptr, ec] = std::from_chars(value->data(), value->data() + value->size(), out);
    return ec == std::errc() && ptr == value->data() + value->size() ? out : fallback;
}

void Settings::set(std::string_view key, std::string_view value)
{
    Query q(m_db,
            "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key).bind(2, value).run();
}

std::string Settings::lostCharge() const
{
    const auto value = get("lost_charge", "ask");
    return isLostChargeSetting(value) ? value : std::string("ask");
}

bool Settings::isLostChargeSetting(std::string_view value)
{
    return value == "refund" || value == "keep" || value == "ask";
}

bool Settings::isStaffSetting(std::string_view key)
{
    if (!key.starts_with("local."))
        return true;
    static constexpr std::string_view allowed[] = {
        "local.keep_acked_days",
        "local.desk_language",
        "local.scanner_usb",
        "local.scanner_serial_port",
        "local.scanner_serial_baud",
        "local.scanner_gap_ms",
        "local.scanner_prefix",
        "local.scanner_suffix",
        "local.rfid_reader",
        "local.rfid_poll_ms",
        "local.rfid_security",
        "local.rfid_afi_secured",
        "local.rfid_afi_not_secured",
    };
    for (const auto name : allowed)
        if (key == name)
            return true;
    return false;
}

void Settings::set(std::string_view key, std::int64_t value)
{
    set(key, std::to_string(value));
}

} // namespace ils
