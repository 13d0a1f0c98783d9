#include "LocalStore.h"

#include "Calendar.h"
#include "CatalogueStore.h"
#include "Circulation.h"
#include "LibraryStore.h"
#include "RangeStore.h"
#include "ReaderPrivacy.h"
#include "ReaderStore.h"
#include "RuleStore.h"
#include "Schema.h"
#include "Settings.h"

namespace ils {

LocalStore::LocalStore(const std::string& path, const Clock& clock, Durability durability)
    : m_db(path, durability)
    , m_clock(clock)
{
    SchemaManager::upgrade(m_db);
    enforceReaderPrivacy(m_db);
    m_settings = std::make_unique<Settings>(m_db);
    m_libraries = std::make_unique<LibraryStore>(m_db);
    m_ranges = std::make_unique<RangeStore>(m_db, *m_libraries);
    m_readers = std::make_unique<ReaderStore>(m_db);
    m_catalogue = std::make_unique<CatalogueStore>(m_db);
    m_rules = std::make_unique<RuleStore>(m_db);
    m_calendar = std::make_unique<Calendar>(m_db);
    m_outbox = std::make_unique<Outbox>(m_db);
    m_circulation = std::make_unique<Circulation>(*this);
}

LocalStore::~LocalStore() = default;

Result<Library> LocalStore::initialiseCounty(const Library& central, int utcOffsetMinutes)
{
    Transaction tx(m_db);
    if (auto county = m_settings->get("county_code"))
        return refuse(Reason::InvalidInput, "this database already belongs to county " + *county);
    if (central.level != LibraryLevel::County)
        return refuse(Reason::InvalidInput, "the central library must be at county level");
    if (utcOffsetMinutes < -12 * 60 || utcOffsetMinutes > 14 * 60)
        return refuse(Reason::InvalidInput,
                      "UTC offset " + std::to_string(utcOffsetMinutes) + " minutes is not between -720 and 840");
    auto added = m_libraries->add(central);
    if (!added)
        return added;
    m_settings->set("county_code", central.code);
    m_settings->set("utc_offset_minutes", static_cast<std::int64_t>(utcOffsetMinutes));
    tx.commit();
    return added;
}

Date LocalStore::today()
{
    return Date::localDay(m_clock.now(), m_settings->utcOffsetMinutes());
}

OutboxEntry LocalStore::record(std::string_view type, std::string_view payload)
{
    return m_outbox->append(m_settings->nodeId(), type, payload, m_operator, m_clock.now());
}

} // namespace ils
