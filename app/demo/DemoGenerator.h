#pragma once

#include "Catalogue.h"
#include "CodeSequence.h"
#include "DemoCounty.h"
#include "DemoRandom.h"
#include "Library.h"
#include "Loan.h"
#include "Reader.h"
#include "Rules.h"
#include "Time.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ils {
class Database;
class LocalStore;
} // namespace ils

namespace ils::demo {

// Indexes into these name tables are what the rows below store.
inline constexpr std::array<std::string_view, 3> itemTypes {"book", "periodical", "reference"};
inline constexpr std::array<std::string_view, 3> readerTypes {"adult", "child", "senior"};
enum : std::uint8_t
{
    Book = 0,
    Periodical = 1,
    ReferenceWork = 2,
};
enum : std::uint8_t
{
    Adult = 0,
    Child = 1,
    Senior = 2,
};

struct LibraryInfo
{
    std::string code;
    LibraryLevel level = LibraryLevel::Branch;
    int weight = 1; // share of the county's items and readers
    std::array<bool, 8> closedWeekday {}; // by ISO weekday, this library or the whole county
    std::unordered_set<int> closedDays; // days since the epoch
    std::unique_ptr<CodeSequence> itemCodes;
    std::unique_ptr<CodeSequence> readerCodes;
};

struct RecordInfo
{
    std::string callNumber;
    Timestamp acquired = 0;
    std::uint8_t itemType = Book;
    std::uint8_t popularity = 1;
};

struct ItemRow
{
    Code code;
    Timestamp createdAt = 0;
    std::int32_t record = 0; // index into Generator::m_records
    std::uint8_t owner = 0; // index into Generator::m_libraries
    std::uint8_t current = 0;
    std::int16_t transitTo = -1;
    std::uint8_t type = Book;
    ItemStatus status = ItemStatus::Available;
    Timestamp openLoanOut = 0; // out_at of its open loan, 0 when not on loan
};

struct ReaderRow
{
    Code code;
    Timestamp createdAt = 0;
    std::int32_t expiryDay = 0;
    std::uint8_t home = 0;
    std::uint8_t type = Adult;
    ReaderStatus status = ReaderStatus::Active;
    std::uint8_t openLoans = 0;
    std::uint8_t openHolds = 0;
};

struct LoanRow
{
    Timestamp outAt = 0;
    Timestamp returnedAt = 0; // 0: still on loan
    std::int32_t item = 0;
    std::int32_t reader = 0;
    std::int32_t dueDay = 0;
    std::uint8_t library = 0;
    std::uint8_t returnLibrary = 0;
    std::uint8_t renewals = 0;
};

struct HoldRow
{
    std::int32_t record = 0;
    std::int32_t reader = 0;
    std::int32_t item = -1; // the copy trapped for it: on the hold shelf, collected or left there
    std::int32_t readyUntilDay = 0;
    Timestamp placedAt = 0;
    std::uint8_t pickup = 0;
    HoldStatus status = HoldStatus::Pending;
};

// One run of populateDemoCounty: plans the county in memory, then writes every table in primary
// key order inside one transaction.
class Generator
{
public:
    Generator(LocalStore& store, const DemoCounts& counts);
    DemoSummary run();

private:
    // DemoGenerator.cpp
    void loadCounty();
    void makeRecords();
    void planItems();
    void assignItemCodes();
    void planReaders();
    void insertReaders();
    void insertItems();
    void finish();
    // DemoLoans.cpp
    void planOpenLoans();
    void planPastLoans();
    void addPastHold(const LoanRow& loan, Random& random);
    void planHolds();
    void insertLoansAndFees();
    void insertHolds();

    const Rule& rule(std::uint8_t readerType, std::uint8_t itemType, std::uint8_t library) const;
    std::int32_t nextOpenDay(std::uint8_t library, std::int32_t day) const;
    std::int32_t dayOf(Timestamp t) const;
    Timestamp atLocal(std::int32_t day, std::int64_t secondsIntoDay) const;
    // A moment during opening hours (09:00-17:30 local) of `day`.
    Timestamp duringOpening(std::int32_t day, Random& random) const;
    std::uint8_t weightedLibrary(Random& random) const;
    std::int32_t readerExistingAt(std::uint8_t type, Timestamp t, Random& random) const;
    const std::string& isoDay(std::int32_t day);
    void phase(const char* name);

    LocalStore& m_store;
    Database& m_db;
    DemoCounts m_counts;
    Random m_random;
    Timestamp m_now = 0;
    std::int32_t m_today = 0;
    int m_offsetMinutes = 480;
    int m_cardValidityDays = 3 * 365;

    std::vector<LibraryInfo> m_libraries; // [0] is the county library
    std::vector<int> m_libraryWeights;
    std::array<Rule, 3 * 3 * 5> m_rules {};
    std::int64_t m_firstRecordId = 1;
    std::vector<RecordInfo> m_records;
    std::vector<ItemRow> m_items;
    std::vector<ReaderRow> m_readers;
    std::array<std::vector<std::int32_t>, 3> m_readersByType; // sorted by createdAt
    std::vector<LoanRow> m_loans;
    std::vector<HoldRow> m_holds;
    std::unordered_map<std::int32_t, std::string> m_isoDays; // due dates and expiries, formatted once

    DemoSummary m_summary;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_phaseStart;
};

} // namespace ils::demo
