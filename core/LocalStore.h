#pragma once

#include "Database.h"
#include "Library.h"
#include "Outbox.h"
#include "Result.h"
#include "Time.h"

#include <memory>
#include <string>
#include <string_view>

namespace ils {

class Calendar;
class CatalogueStore;
class Circulation;
class LibraryStore;
class RangeStore;
class ReaderStore;
class RuleStore;
class Settings;

// One node's database and the services over it: what the desk, the CLI and (later) the
// central open. Opening upgrades the schema.
class LocalStore
{
public:
    LocalStore(const std::string& path, const Clock& clock, Durability durability = Durability::Full);
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    Database& db() { return m_db; }
    const Clock& clock() const { return m_clock; }
    Settings& settings() { return *m_settings; }
    LibraryStore& libraries() { return *m_libraries; }
    RangeStore& ranges() { return *m_ranges; }
    ReaderStore& readers() { return *m_readers; }
    CatalogueStore& catalogue() { return *m_catalogue; }
    RuleStore& rules() { return *m_rules; }
    Calendar& calendar() { return *m_calendar; }
    Outbox& outbox() { return *m_outbox; }
    Circulation& circulation() { return *m_circulation; }

    // Who is acting, recorded with every outbox entry.
    void setOperator(std::string name) { m_operator = std::move(name); }
    const std::string& operatorName() const { return m_operator; }

    // Makes a new database the replica of one county: adds its central library (level county)
    // and sets county_code and utc_offset_minutes, in one transaction. Refused when the
    // database already belongs to a county or the offset is not a real zone (-12:00…+14:00).
    Result<Library> initialiseCounty(const Library& central, int utcOffsetMinutes);

    // Today in the county's local time.
    Date today();
    // Appends to the outbox; call inside the transaction of the change.
    OutboxEntry record(std::string_view type, std::string_view payload);

private:
    Database m_db;
    const Clock& m_clock;
    std::string m_operator = "system";
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibraryStore> m_libraries;
    std::unique_ptr<RangeStore> m_ranges;
    std::unique_ptr<ReaderStore> m_readers;
    std::unique_ptr<CatalogueStore> m_catalogue;
    std::unique_ptr<RuleStore> m_rules;
    std::unique_ptr<Calendar> m_calendar;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Circulation> m_circulation;
};

} // namespace ils
