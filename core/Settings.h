#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ils {

class Database;

// County-wide and node-local settings, kept in the database so that every process that
// opens it agrees.
class Settings
{
public:
    explicit Settings(Database& db)
        : m_db(db)
    {
    }

    std::optional<std::string> get(std::string_view key) const;
    std::string get(std::string_view key, std::string_view fallback) const;
    std::int64_t getInt(std::string_view key, std::int64_t fallback) const;
    void set(std::string_view key, std::string_view value);
    void set(std::string_view key, std::int64_t value);

    std::string countyCode() const { return get("county_code", ""); }
    // Keys under "local." belong to this database alone and never replicate.
    std::string nodeId() const { return get("local.node_id", "local"); }
    // The block rows created here draw their ids from (docs/SYNC.md); the central is 0.
    int nodeNumber() const { return static_cast<int>(getInt("local.node_number", 0)); }
    // Whether an item returned at another library stays there (floats) or goes home.
    bool floatingItems() const { return getInt("floating_items", 0) != 0; }
    std::int64_t maxOwedFen() const { return getInt("max_owed_fen", 1000); }
    int utcOffsetMinutes() const { return static_cast<int>(getInt("utc_offset_minutes", 480)); }
    int holdShelfDays() const { return static_cast<int>(getInt("hold_shelf_days", 7)); }
    // What a check-in does with the charge of a lost copy that comes back: refund | keep | ask
    // (the desk asks the librarian). Anything else is read as "ask".
    std::string lostCharge() const;
    static bool isLostChargeSetting(std::string_view value);
    // Whether staff may read and change `key` with `settings get/set`: every county setting, and
    // of the node's own "local." keys only the devices, the desk's language and the outbox's
    // retention. The rest is the node's secret and state (local.secret, local.role, ...): a
    // command that printed or changed it would hand the node's credentials or role to whoever
    // sits at the PC.
    static bool isStaffSetting(std::string_view key);
    int cardValidityDays() const { return static_cast<int>(getInt("card_validity_days", 3 * 365)); }

private:
    Database& m_db;
};

} // namespace ils
