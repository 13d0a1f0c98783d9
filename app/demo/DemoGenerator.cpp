#include "DemoGenerator.h"

#include "BulkStatement.h"
#include "ChineseNames.h"
#include "ChineseTitles.h"
#include "Database.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "ReaderPrivacy.h"
#include "ResidentId.h"
#include "RuleStore.h"
#include "Settings.h"

#include <algorithm>
#include <stdexcept>

namespace ils::demo {

namespace {

constexpr Timestamp day = 86400;
constexpr Timestamp year = 365 * day;

// The page cache is raised for the load and given back afterwards, even when the load throws.
class CacheSizeGuard
{
public:
    CacheSizeGuard(Database& db, int kibibytes)
        : m_db(db)
    {
        Query q(db, "PRAGMA cache_size");
        m_previous = q.step() ? q.getInt(0) : -2000;
        db.exec("PRAGMA cache_size = -" + std::to_string(kibibytes));
    }
    ~CacheSizeGuard()
    {
        try {
            m_db.exec("PRAGMA cache_size = " + std::to_string(m_previous));
        } catch (...) {
            // The connection keeps the larger cache; nothing is lost.
        }
    }

private:
    Database& m_db;
    std::int64_t m_previous = -2000;
};

struct Area
{
    const char* code;
    int weight;
};
// Readers of 砚山 are mostly born in 砚山; the others come from the rest of 文山州.
constexpr std::array<Area, 8> birthAreas {{
    {"532622", 800},
    {"532601", 60},
    {"532623", 30},
    {"532624", 20},
    {"532625", 20},
    {"532626", 25},
    {"532627", 25},
    {"532628", 20},
}};

constexpr std::array<const char*, 3> blockReasons {"逾期图书长期未还", "损坏图书未赔偿", "违反借阅规定"};

std::string residentId(Random& random, std::int32_t birthDay, bool male)
{
    std::array<int, birthAreas.size()> weights {};
    for (std::size_t i = 0; i < birthAreas.size(); ++i)
        weights[i] = birthAreas[i].weight;
    const std::string iso = Date(birthDay).toIso();
    // The order code's last digit is odd for men and even for women (GB 11643).
    const auto order = random.below(500) * 2 + (male ? 1 : 0);
    char serial[4];
    serial[0] = static_cast<char>('0' + order / 100);
    serial[1] = static_cast<char>('0' + order / 10 % 10);
    serial[2] = static_cast<char>('0' + order % 10);
    serial[3] = '\0';
    std::string first17 = std::string(birthAreas[random.weighted(weights)].code) + iso.substr(0, 4) + iso.substr(5, 2)
        + iso.substr(8, 2) + serial;
    return first17 + residentIdCheckCharacter(first17);
}

Generation generationOf(std::uint8_t readerType)
{
    return readerType == Child ? Generation::Child : readerType == Senior ? Generation::Senior : Generation::Adult;
}

} // namespace

Generator::Generator(LocalStore& store, const DemoCounts& counts)
    : m_store(store)
    , m_db(store.db())
    , m_counts(counts)
    , m_random(counts.seed)
{
    if (counts.items < 0 || counts.readers < 0 || counts.loans < 0 || counts.records < 0)
        throw std::runtime_error("demo counts cannot be negative");
}

DemoSummary Generator::run()
{
    m_start = std::chrono::steady_clock::now();
    m_phaseStart = m_start;
    {
        CacheSizeGuard cache(m_db, 512 * 1024);
        Transaction tx(m_db);
        loadCounty();
        phase("setup");
        makeRecords();
        phase("records");
        planItems();
        assignItemCodes();
        phase("items planned");
        planReaders();
        insertReaders();
        // The keyed hash and masked form of the ID numbers just inserted (a node's snapshot
        // carries only those).
        if (keepsClearIdNumbers(m_db))
            enforceReaderPrivacy(m_db);
        phase("readers");
        planOpenLoans();
        planPastLoans();
        planHolds();
        phase("loans planned");
        insertItems();
        phase("items");
        insertLoansAndFees();
        phase("loans and fees");
        insertHolds();
        finish();
        phase("holds and cursors");
        tx.commit();
        phase("commit");
    }
    // The load went through the WAL; fold it into the database and give the disk space back.
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    phase("checkpoint");
    m_summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    return m_summary;
}

void Generator::phase(const char* name)
{
    const auto now = std::chrono::steady_clock::now();
    m_summary.phases.emplace_back(name, std::chrono::duration<double>(now - m_phaseStart).count());
    m_phaseStart = now;
}

void Generator::loadCounty()
{
    Settings& settings = m_store.settings();
    const std::string county = settings.countyCode().empty() ? std::string("532622") : settings.countyCode();
    m_now = toSeconds(m_store.clock().now()); // the generator counts seconds; rows get milliseconds
    m_offsetMinutes = settings.utcOffsetMinutes();
    m_cardValidityDays = settings.cardValidityDays();
    m_today = dayOf(m_now);

    auto& libraries = m_store.libraries();
    std::vector<Library> network;
    for (auto& library : libraries.list())
        if (libraries.isSelfOrAncestor(county, library.code))
            network.push_back(std::move(library));
    std::stable_partition(network.begin(), network.end(), [&](const Library& l) { return l.code == county; });
    if (network.empty() || network.front().code != county)
        throw std::runtime_error("the store has no county library " + county + ": run createDemoCounty() first");
    if (network.size() > 250)
        throw std::runtime_error("the demo generator handles at most 250 libraries in a county");

    for (const auto& library : network) {
        LibraryInfo info;
        info.code = library.code;
        info.level = library.level;
        Query ranges(m_db,
                     "SELECT coalesce(sum(kind = 'item'), 0), coalesce(sum(kind = 'reader'), 0) FROM code_ranges "
                     "WHERE library = ?");
        ranges.bind(1, library.code);
        const bool items = ranges.step() && ranges.getInt(0) > 0;
        const bool readers = ranges.getInt(1) > 0;
        // The central library holds the largest collection; village points a few shelves.
        info.weight = !(items && readers)           ? 0
            : library.level == LibraryLevel::County ? 400
            : library.level == LibraryLevel::Branch ? 75
                                                    : 20;
        if (info.weight > 0) {
            info.itemCodes = std::make_unique<CodeSequence>(m_db, CodeKind::Item, library.code);
            info.readerCodes = std::make_unique<CodeSequence>(m_db, CodeKind::Reader, library.code);
        }
        Query weekdays(m_db, "SELECT weekday FROM closed_weekdays WHERE library IN (?, '')");
        weekdays.bind(1, library.code);
        while (weekdays.step()) {
            const auto weekday = weekdays.getInt(0);
            if (weekday >= 1 && weekday <= 7)
                info.closedWeekday[static_cast<std::size_t>(weekday)] = true;
        }
        Query days(m_db, "SELECT day FROM closed_days WHERE library IN (?, '')");
        days.bind(1, library.code);
        while (days.step())
            if (auto date = Date::fromIso(days.getText(0)))
                info.closedDays.insert(date->daysSinceEpoch());
        m_libraryWeights.push_back(info.weight);
        m_libraries.push_back(std::move(info));
    }
    if (m_libraries.front().weight == 0)
        throw std::runtime_error("the county library " + county + " has no item or no reader code range");

    for (std::uint8_t reader = 0; reader < 3; ++reader)
        for (std::uint8_t item = 0; item < 3; ++item)
            for (int level = 1; level <= 5; ++level)
                m_rules[static_cast<std::size_t>((reader * 3 + item) * 5 + level - 1)] =
                    m_store.rules().lookup(readerTypes[reader], itemTypes[item], static_cast<LibraryLevel>(level));

    Query maxId(m_db, "SELECT coalesce(max(id), 0) + 1 FROM records");
    m_firstRecordId = maxId.step() ? maxId.getInt(0) : 1;
}

const Rule& Generator::rule(std::uint8_t readerType, std::uint8_t itemType, std::uint8_t library) const
{
    const int level = static_cast<int>(m_libraries[library].level);
    return m_rules[static_cast<std::size_t>((readerType * 3 + itemType) * 5 + level - 1)];
}

std::int32_t Generator::nextOpenDay(std::uint8_t library, std::int32_t day) const
{
    const LibraryInfo& info = m_libraries[library];
    for (std::int32_t candidate = day; candidate < day + 366; ++candidate) {
        const auto weekday = static_cast<std::size_t>(((candidate + 3) % 7 + 7) % 7 + 1); // 1970-01-01 was a Thursday
        if (!info.closedWeekday[weekday] && !info.closedDays.contains(candidate))
            return candidate;
    }
    return day;
}

std::int32_t Generator::dayOf(Timestamp t) const
{
    return Date::localDay(fromSeconds(t), m_offsetMinutes).daysSinceEpoch(); // t in seconds, as all here
}

Timestamp Generator::atLocal(std::int32_t localDay, std::int64_t secondsIntoDay) const
{
    return static_cast<Timestamp>(localDay) * day + secondsIntoDay - static_cast<Timestamp>(m_offsetMinutes) * 60;
}

Timestamp Generator::duringOpening(std::int32_t localDay, Random& random) const
{
    return atLocal(localDay, 9 * 3600 + static_cast<std::int64_t>(random.below(17 * 1800)));
}

std::uint8_t Generator::weightedLibrary(Random& random) const
{
    return static_cast<std::uint8_t>(random.weighted(m_libraryWeights));
}

std::int32_t Generator::readerExistingAt(std::uint8_t type, Timestamp t, Random& random) const
{
    const auto& candidates = m_readersByType[type];
    const auto end = std::upper_bound(candidates.begin(), candidates.end(), t, [&](Timestamp at, std::int32_t reader) {
        return at < m_readers[static_cast<std::size_t>(reader)].createdAt;
    });
    const auto count = static_cast<std::uint64_t>(end - candidates.begin());
    return count == 0 ? -1 : candidates[random.below(count)];
}

const std::string& Generator::isoDay(std::int32_t localDay)
{
    auto [it, inserted] = m_isoDays.try_emplace(localDay);
    if (inserted)
        it->second = Date(localDay).toIso();
    return it->second;
}

void Generator::makeRecords()
{
    const std::int64_t count =
        m_counts.records > 0 ? m_counts.records : static_cast<std::int64_t>(m_counts.items) * 2 / 5;
    if (count == 0 && m_counts.items > 0)
        throw std::runtime_error("items need at least one record");
    Random random = m_random.fork(1);
    const int currentYear = std::stoi(Date(m_today).toIso().substr(0, 4));
    TitleGenerator titles(currentYear);
    BulkStatement insert(
        m_db, "INSERT INTO records(id, title, author, publisher, year, isbn, clc) VALUES(?, ?, ?, ?, ?, ?, ?)");
    m_records.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) {
        auto record = titles.next(random);
        const std::string yearText = std::to_string(record.year);
        insert.bind(1, m_firstRecordId + i)
            .bind(2, record.title)
            .bind(3, record.author)
            .bind(4, record.publisher)
            .bind(5, yearText)
            .bind(6, record.isbn)
            .bind(7, record.clc)
            .run();
        RecordInfo info;
        info.callNumber = std::move(record.callNumber);
        info.itemType = record.kind == RecordKind::Periodical ? Periodical
            : record.kind == RecordKind::Reference            ? ReferenceWork
                                                              : Book;
        const auto popular = random.percent();
        info.popularity = info.itemType != Book ? 1 : popular < 60 ? 1 : popular < 90 ? 3 : 8;
        // Bought some time after publication, within the last ten years.
        const Timestamp published = atLocal(Date::fromYmd(record.year, 1, 1).daysSinceEpoch(), 0) + 60 * day;
        Timestamp low = std::max(published, m_now - 10 * year);
        const Timestamp high = m_now - day;
        if (low > high)
            low = high - 30 * day;
        info.acquired = random.between(low, high);
        m_records.push_back(std::move(info));
    }
    m_summary.records = count;
}

void Generator::planItems()
{
    const auto records = m_records.size();
    const auto items = static_cast<std::size_t>(m_counts.items);
    Random random = m_random.fork(2);
    std::vector<std::uint32_t> copies(records, 0);
    const std::size_t firstCopies = std::min(items, records);
    std::fill(copies.begin(), copies.begin() + static_cast<std::ptrdiff_t>(firstCopies), 1);
    // Popular titles get more copies, up to a dozen (more only when asked for many copies per title).
    std::vector<std::int32_t> tickets;
    for (std::size_t r = 0; r < records; ++r)
        tickets.insert(tickets.end(), m_records[r].popularity, static_cast<std::int32_t>(r));
    const std::size_t cap = std::max<std::size_t>(12, records ? (items / records + 1) * 3 : 12);
    for (std::size_t extra = items - firstCopies; extra > 0; --extra) {
        for (;;) {
            const auto r = static_cast<std::size_t>(tickets[random.below(tickets.size())]);
            if (copies[r] < cap) {
                ++copies[r];
                break;
            }
        }
    }
    m_items.reserve(items);
    for (std::size_t r = 0; r < records; ++r) {
        const RecordInfo& record = m_records[r];
        for (std::uint32_t k = 0; k < copies[r]; ++k) {
            ItemRow item;
            item.record = static_cast<std::int32_t>(r);
            item.type = record.itemType;
            // The first copy of most titles stays at the central library; the rest go out to branches.
            const bool central = (k == 0 && random.percent() < 55) || (record.itemType == ReferenceWork && k == 0);
            item.owner = central ? 0 : weightedLibrary(random);
            item.current = item.owner;
            item.createdAt = record.acquired + k * 97 + (item.owner != 0 ? random.between(2, 20) * day : 0);
            item.createdAt = std::min(item.createdAt, m_now - 3600);
            const auto fate = random.below(1000);
            if (item.createdAt > m_now - 5 * day) {
                item.status = ItemStatus::Processing; // still being catalogued and labelled
            } else if (fate < 3) {
                item.status = ItemStatus::Lost;
            } else if (fate < 8) {
                item.status = ItemStatus::Withdrawn;
            } else if (fate < 10) {
                item.status = ItemStatus::InTransit;
                item.current = weightedLibrary(random);
                if (item.current == item.owner)
                    item.current = item.owner == 0 ? 1 % m_libraries.size() : 0;
                item.transitTo = static_cast<std::int16_t>(item.owner);
            }
            m_items.push_back(item);
        }
    }
    m_summary.items = static_cast<std::int64_t>(m_items.size());
}

void Generator::assignItemCodes()
{
    // Barcodes are handed out as copies are catalogued: within a library, in order of creation.
    std::vector<std::vector<std::int32_t>> byLibrary(m_libraries.size());
    for (std::size_t i = 0; i < m_items.size(); ++i)
        byLibrary[m_items[i].owner].push_back(static_cast<std::int32_t>(i));
    for (std::size_t l = 0; l < m_libraries.size(); ++l) {
        auto& indices = byLibrary[l];
        std::stable_sort(indices.begin(), indices.end(), [&](std::int32_t a, std::int32_t b) {
            return m_items[static_cast<std::size_t>(a)].createdAt < m_items[static_cast<std::size_t>(b)].createdAt;
        });
        for (auto i : indices)
            m_items[static_cast<std::size_t>(i)].code = m_libraries[l].itemCodes->next();
    }
    std::sort(m_items.begin(), m_items.end(), [](const ItemRow& a, const ItemRow& b) { return a.code < b.code; });
}

void Generator::planReaders()
{
    Random random = m_random.fork(3);
    const auto count = static_cast<std::size_t>(m_counts.readers);
    constexpr std::array<int, 3> typeWeights {75, 17, 8};
    m_readers.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        ReaderRow reader;
        reader.home = weightedLibrary(random);
        reader.type = static_cast<std::uint8_t>(random.weighted(typeWeights));
        reader.createdAt = random.between(m_now - 8 * year, m_now - 3600);
        reader.expiryDay = dayOf(reader.createdAt) + m_cardValidityDays;
        // Most readers renew their card when it runs out; some just stop coming.
        const bool renews = random.percent() < 88;
        while (renews && reader.expiryDay < m_today)
            reader.expiryDay += m_cardValidityDays;
        const auto standing = random.below(1000);
        if (standing < 5)
            reader.status = ReaderStatus::CardLost;
        else if (standing < 15)
            reader.status = ReaderStatus::Blocked;
        else if (reader.expiryDay < m_today && random.below(2) == 0)
            reader.status = ReaderStatus::Expired;
        m_readers.push_back(reader);
    }
    std::vector<std::vector<std::int32_t>> byLibrary(m_libraries.size());
    for (std::size_t i = 0; i < m_readers.size(); ++i)
        byLibrary[m_readers[i].home].push_back(static_cast<std::int32_t>(i));
    for (std::size_t l = 0; l < m_libraries.size(); ++l) {
        auto& indices = byLibrary[l];
        std::stable_sort(indices.begin(), indices.end(), [&](std::int32_t a, std::int32_t b) {
            return m_readers[static_cast<std::size_t>(a)].createdAt < m_readers[static_cast<std::size_t>(b)].createdAt;
        });
        for (auto i : indices)
            m_readers[static_cast<std::size_t>(i)].code = m_libraries[l].readerCodes->next();
    }
    std::sort(
        m_readers.begin(), m_readers.end(), [](const ReaderRow& a, const ReaderRow& b) { return a.code < b.code; });
    for (std::size_t i = 0; i < m_readers.size(); ++i)
        m_readersByType[m_readers[i].type].push_back(static_cast<std::int32_t>(i));
    for (auto& byType : m_readersByType)
        std::stable_sort(byType.begin(), byType.end(), [&](std::int32_t a, std::int32_t b) {
            return m_readers[static_cast<std::size_t>(a)].createdAt < m_readers[static_cast<std::size_t>(b)].createdAt;
        });
    m_summary.readers = static_cast<std::int64_t>(m_readers.size());
}

void Generator::insertReaders()
{
    Random random = m_random.fork(4);
    std::unordered_set<std::string> idNumbers;
    {
        Query existing(m_db, "SELECT id_number FROM readers WHERE id_number IS NOT NULL");
        while (existing.step())
            idNumbers.insert(existing.getText(0));
    }
    const Timestamp depositsEnded = atLocal(Date::fromYmd(2016, 1, 1).daysSinceEpoch(), 0);
    BulkStatement insert(m_db,
                         "INSERT INTO readers(card, name, type, home_library, status, expiry, deposit_fen, id_number, "
                         "block_reason, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const ReaderRow& reader : m_readers) {
        const auto person = personName(random, generationOf(reader.type));
        std::optional<std::string> idNumber;
        if (random.percent() < 60) {
            const int age = reader.type == Child ? static_cast<int>(random.between(6, 13))
                : reader.type == Senior          ? static_cast<int>(random.between(60, 80))
                                                 : static_cast<int>(random.between(18, 59));
            const auto birthDay = dayOf(reader.createdAt) - age * 365 - static_cast<std::int32_t>(random.below(365));
            do {
                idNumber = residentId(random, birthDay, person.male);
            } while (!idNumbers.insert(*idNumber).second);
        }
        std::array<char, 20> card;
        insert.bind(1, reader.code.text(card))
            .bind(2, person.name)
            .bind(3, readerTypes[reader.type])
            .bind(4, m_libraries[reader.home].code)
            .bind(5, toString(reader.status))
            .bind(6, isoDay(reader.expiryDay));
        // Cards from before free access (2016) often still carry the old 100-yuan deposit.
        insert.bind(7, reader.createdAt < depositsEnded && random.below(2) == 0 ? 10000 : 0);
        if (idNumber)
            insert.bind(8, *idNumber);
        else
            insert.bindNull(8);
        insert.bind(9, reader.status == ReaderStatus::Blocked ? blockReasons[random.below(blockReasons.size())] : "")
            .bind(10, fromSeconds(reader.createdAt))
            .run();
        if (idNumber)
            ++m_summary.residentIds;
    }
}

void Generator::insertItems()
{
    BulkStatement insert(
        m_db,
        "INSERT INTO items(barcode, record_id, owner_library, current_library, call_number, type, status, "
        "transit_to, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const ItemRow& item : m_items) {
        std::array<char, 20> barcode;
        insert.bind(1, item.code.text(barcode))
            .bind(2, m_firstRecordId + item.record)
            .bind(3, m_libraries[item.owner].code)
            .bind(4, m_libraries[item.current].code)
            .bind(5, m_records[static_cast<std::size_t>(item.record)].callNumber)
            .bind(6, itemTypes[item.type])
            .bind(7, toString(item.status));
        if (item.transitTo >= 0)
            insert.bind(8, m_libraries[static_cast<std::size_t>(item.transitTo)].code);
        else
            insert.bindNull(8);
        insert.bind(9, fromSeconds(item.createdAt)).run();
    }
}

void Generator::finish()
{
    for (auto& library : m_libraries) {
        if (library.itemCodes)
            library.itemCodes->commit();
        if (library.readerCodes)
            library.readerCodes->commit();
    }
    Settings& settings = m_store.settings();
    settings.set("demo.generator_version", demoGeneratorVersion);
    settings.set("demo.seed", std::to_string(m_counts.seed));
    settings.set("demo.counts",
                 "records=" + std::to_string(m_summary.records) + " items=" + std::to_string(m_summary.items)
                     + " readers=" + std::to_string(m_summary.readers) + " loans=" + std::to_string(m_counts.loans));
    settings.set("demo.generated_at", formatUtc(fromSeconds(m_now)));
}

} // namespace ils::demo
