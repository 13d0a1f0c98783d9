// Circulation history of the demo county: three years of returned loans laid out copy by copy so
// that no copy is ever lent twice at once, the loans still open today, holds, and overdue fines.
#include "BulkStatement.h"
#include "Database.h"
#include "DemoGenerator.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace ils::demo {

namespace {

constexpr Timestamp day = 86400;
constexpr std::array<int, 3> readerTypeWeights {75, 17, 8};

std::uint64_t pairKey(std::int32_t reader, std::int32_t record)
{
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(reader)) << 32) | static_cast<std::uint32_t>(record);
}

} // namespace

void Generator::planOpenLoans()
{
    Random random = m_random.fork(5);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        ItemRow& item = m_items[i];
        // About one copy in twenty is out; reference works never leave the building.
        if (item.type == ReferenceWork || item.status != ItemStatus::Available || !random.chance(55))
            continue;
        const auto ago = random.percent() < 75 ? random.between(0, 27) : random.between(28, 100);
        const auto library = random.percent() < 92 ? item.owner : weightedLibrary(random);
        auto outDay = m_today - static_cast<std::int32_t>(ago);
        for (int back = 0; back < 7 && nextOpenDay(library, outDay) != outDay; ++back)
            --outDay;
        Timestamp out = duringOpening(outDay, random);
        if (out >= m_now)
            out = m_now - random.between(60, 3600);
        if (out < item.createdAt + day)
            continue;
        std::int32_t reader = -1;
        for (int attempt = 0; attempt < 8 && reader < 0; ++attempt) {
            const auto type = static_cast<std::uint8_t>(random.weighted(readerTypeWeights));
            const auto candidate = readerExistingAt(type, out, random);
            if (candidate < 0)
                continue;
            const ReaderRow& r = m_readers[static_cast<std::size_t>(candidate)];
            if (r.status == ReaderStatus::Active && r.expiryDay >= outDay
                && r.openLoans < rule(r.type, item.type, library).maxLoans)
                reader = candidate;
        }
        if (reader < 0)
            continue;
        ReaderRow& borrower = m_readers[static_cast<std::size_t>(reader)];
        const Rule& terms = rule(borrower.type, item.type, library);
        if (terms.loanDays <= 0)
            continue;
        LoanRow loan;
        loan.outAt = out;
        loan.item = static_cast<std::int32_t>(i);
        loan.reader = reader;
        loan.library = library;
        loan.dueDay = nextOpenDay(library, outDay + terms.loanDays);
        // Some renewed near the due date, at the desk or online.
        if (terms.renewals > 0 && random.percent() < 10) {
            const auto renewedOn = std::min(m_today, loan.dueDay - static_cast<std::int32_t>(random.below(4)));
            loan.dueDay = std::max(loan.dueDay, nextOpenDay(library, renewedOn + terms.renewalDays));
            loan.renewals = 1;
        }
        m_loans.push_back(loan);
        item.status = ItemStatus::OnLoan;
        item.current = library;
        item.openLoanOut = out;
        ++borrower.openLoans;
        ++m_summary.openLoans;
        if (loan.dueDay < m_today)
            ++m_summary.overdueLoans;
    }
}

void Generator::planPastLoans()
{
    Random random = m_random.fork(6);
    const Timestamp windowStart = m_now - 3 * 365 * day;
    // How many loans each copy had: drawn by popularity and by how long it has been on the shelf.
    std::vector<std::uint64_t> cumulative(m_items.size(), 0);
    std::vector<std::uint16_t> capacity(m_items.size(), 0);
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const ItemRow& item = m_items[i];
        if (item.type != ReferenceWork && item.status != ItemStatus::Processing) {
            const Timestamp end = item.openLoanOut ? item.openLoanOut - day : m_now - day;
            const auto days = dayOf(end) - dayOf(std::max(windowStart, item.createdAt + day)) - 1;
            if (days >= 10) {
                capacity[i] = static_cast<std::uint16_t>(std::min(days / 12, 65535));
                const auto& record = m_records[static_cast<std::size_t>(item.record)];
                total += static_cast<std::uint64_t>(days) * record.popularity * (item.type == Periodical ? 2 : 1);
            }
        }
        cumulative[i] = total;
    }
    std::vector<std::uint16_t> loansOf(m_items.size(), 0);
    std::int64_t planned = 0;
    for (std::int64_t n = 0; n < m_counts.loans && total > 0; ++n) {
        for (int attempt = 0; attempt < 32; ++attempt) {
            const auto ticket = random.below(total);
            const auto i = static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), ticket)
                                                    - cumulative.begin());
            if (loansOf[i] < capacity[i]) {
                ++loansOf[i];
                ++planned;
                break;
            }
        }
    }

    m_loans.reserve(m_loans.size() + static_cast<std::size_t>(planned));
    struct Draft
    {
        std::uint8_t readerType;
        std::uint8_t library;
        std::int32_t days;
        bool renewed;
    };
    std::vector<Draft> drafts;
    std::vector<std::uint32_t> gaps;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const int count = loansOf[i];
        if (count == 0)
            continue;
        const ItemRow& item = m_items[i];
        const Timestamp end = item.openLoanOut ? item.openLoanOut - day : m_now - day;
        const auto firstDay = dayOf(std::max(windowStart, item.createdAt + day));
        const auto lastDay = dayOf(end);
        const auto window = lastDay - firstDay - 1;
        drafts.clear();
        std::int64_t busy = 0;
        for (int k = 0; k < count; ++k) {
            Draft d;
            d.readerType = static_cast<std::uint8_t>(random.weighted(readerTypeWeights));
            d.library = random.percent() < 90 ? item.owner : weightedLibrary(random);
            const Rule& terms = rule(d.readerType, item.type, d.library);
            const int loanDays = std::max(1, terms.loanDays);
            const auto outcome = random.percent();
            d.renewed = terms.renewals > 0 && outcome >= 9 && outcome < 16;
            if (outcome < 9) // returned late
                d.days = loanDays + static_cast<std::int32_t>(random.between(1, 40));
            else if (d.renewed)
                d.days = loanDays + static_cast<std::int32_t>(random.between(1, std::max(1, terms.renewalDays)));
            else
                d.days = static_cast<std::int32_t>(random.between(std::max(1, loanDays / 6), loanDays));
            busy += d.days;
            drafts.push_back(d);
        }
        // A popular copy spends less time on the shelf and more in readers' hands.
        const std::int64_t room = window - count;
        if (busy > room)
            for (auto& d : drafts)
                d.days = static_cast<std::int32_t>(std::max<std::int64_t>(1, d.days * room / busy));
        std::int64_t used = 0;
        for (const auto& d : drafts)
            used += d.days;
        const std::int64_t free = std::max<std::int64_t>(0, room - used);
        gaps.assign(static_cast<std::size_t>(count) + 1, 0);
        std::uint64_t gapWeights = 0;
        for (auto& g : gaps)
            gapWeights += (g = static_cast<std::uint32_t>(random.between(1, 1000)));
        auto cursor = firstDay + static_cast<std::int32_t>(static_cast<std::uint64_t>(free) * gaps[0] / gapWeights);
        for (int k = 0; k < count; ++k) {
            const Draft& d = drafts[static_cast<std::size_t>(k)];
            auto outDay = nextOpenDay(d.library, cursor);
            const auto returnLibrary = random.percent() < 92 ? d.library : weightedLibrary(random);
            const auto returnDay = nextOpenDay(returnLibrary, outDay + d.days);
            if (returnDay >= lastDay)
                break;
            LoanRow loan;
            loan.outAt = duringOpening(outDay, random);
            const auto reader = readerExistingAt(d.readerType, loan.outAt, random);
            loan.returnedAt = std::max(duringOpening(returnDay, random), loan.outAt + 600);
            loan.item = static_cast<std::int32_t>(i);
            loan.reader = reader;
            loan.library = d.library;
            loan.returnLibrary = returnLibrary;
            const Rule& terms = rule(d.readerType, item.type, d.library);
            loan.dueDay = nextOpenDay(d.library, outDay + terms.loanDays + (d.renewed ? terms.renewalDays : 0));
            loan.renewals = d.renewed ? 1 : 0;
            cursor = returnDay + 1
                + static_cast<std::int32_t>(static_cast<std::uint64_t>(free) * gaps[static_cast<std::size_t>(k) + 1]
                                            / gapWeights);
            // A reader must have had a card on the day; with few readers, early loans may find none.
            if (reader < 0)
                continue;
            m_loans.push_back(loan);
            ++m_summary.pastLoans;
            addPastHold(loan, random);
        }
    }
}

// Some past loans began with a hold; others were reserved and never collected or cancelled. A
// county keeps these rows for its statistics, so the holds table is mostly history.
void Generator::addPastHold(const LoanRow& loan, Random& random)
{
    const ItemRow& item = m_items[static_cast<std::size_t>(loan.item)];
    const auto fate = random.below(1000);
    if (item.type != Book || fate >= 55)
        return;
    HoldRow hold;
    hold.record = item.record;
    hold.reader = loan.reader;
    hold.pickup = loan.library;
    hold.placedAt = std::max(loan.outAt - random.between(1, 20) * day,
                             m_readers[static_cast<std::size_t>(loan.reader)].createdAt + 60);
    if (fate < 40) {
        hold.status = HoldStatus::Fulfilled;
        hold.item = loan.item;
        hold.readyUntilDay = nextOpenDay(loan.library, dayOf(loan.outAt) + static_cast<std::int32_t>(random.below(5)));
    } else if (fate < 50) {
        hold.status = HoldStatus::Cancelled;
    } else {
        hold.status = HoldStatus::Expired; // trapped, then left on the shelf past its date
        hold.item = loan.item;
        hold.readyUntilDay = nextOpenDay(loan.library, dayOf(hold.placedAt) + 7);
    }
    m_holds.push_back(hold);
    ++m_summary.pastHolds;
}

void Generator::planHolds()
{
    Random random = m_random.fork(7);
    const auto openLoans = static_cast<std::size_t>(m_summary.openLoans);
    std::unordered_set<std::uint64_t> taken; // (reader, record) pairs already on loan or reserved
    for (std::size_t l = 0; l < openLoans; ++l) {
        const auto& loan = m_loans[l];
        taken.insert(pairKey(loan.reader, m_items[static_cast<std::size_t>(loan.item)].record));
    }
    std::unordered_map<std::int32_t, int> queue; // holds per record
    auto pickReader = [&](Timestamp at, std::uint8_t library, std::int32_t record) -> std::int32_t {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const auto type = static_cast<std::uint8_t>(random.weighted(readerTypeWeights));
            const auto candidate = readerExistingAt(type, at, random);
            if (candidate < 0)
                continue;
            const ReaderRow& r = m_readers[static_cast<std::size_t>(candidate)];
            const Rule& terms = rule(r.type, Book, library);
            if (r.status == ReaderStatus::Active && r.expiryDay >= m_today && terms.holdsAllowed
                && r.openHolds < terms.maxHolds && !taken.contains(pairKey(candidate, record)))
                return candidate;
        }
        return -1;
    };

    // Waiting for a copy that is out: a short queue on a few titles.
    const auto pending = static_cast<std::int64_t>(m_items.size() / 500);
    for (std::int64_t n = 0; n < pending * 3 && m_summary.holds < pending && openLoans > 0; ++n) {
        const auto& loan = m_loans[random.below(openLoans)];
        const auto& item = m_items[static_cast<std::size_t>(loan.item)];
        if (item.type != Book || queue[item.record] >= 3)
            continue;
        HoldRow hold;
        hold.record = item.record;
        hold.placedAt = random.between(loan.outAt + 3600, std::max(loan.outAt + 3600, m_now - 60));
        hold.reader = pickReader(hold.placedAt, 0, item.record);
        if (hold.reader < 0)
            continue;
        hold.pickup = m_readers[static_cast<std::size_t>(hold.reader)].home;
        taken.insert(pairKey(hold.reader, hold.record));
        ++m_readers[static_cast<std::size_t>(hold.reader)].openHolds;
        ++queue[item.record];
        m_holds.push_back(hold);
        ++m_summary.holds;
    }
    // Waiting on the hold shelf to be collected.
    const auto ready = m_items.size() / 5000;
    std::size_t shelved = 0;
    for (std::size_t n = 0; n < ready * 5 && shelved < ready && !m_items.empty(); ++n) {
        const auto i = random.below(m_items.size());
        ItemRow& item = m_items[i];
        if (item.type != Book || item.status != ItemStatus::Available || queue.contains(item.record))
            continue;
        HoldRow hold;
        hold.record = item.record;
        hold.item = static_cast<std::int32_t>(i);
        hold.pickup = item.current;
        hold.placedAt = m_now - random.between(2, 20) * day;
        hold.readyUntilDay = nextOpenDay(hold.pickup, m_today + static_cast<std::int32_t>(random.between(1, 7)));
        hold.reader = pickReader(hold.placedAt, hold.pickup, item.record);
        if (hold.reader < 0)
            continue;
        taken.insert(pairKey(hold.reader, hold.record));
        ++m_readers[static_cast<std::size_t>(hold.reader)].openHolds;
        ++queue[item.record];
        item.status = ItemStatus::OnHoldShelf;
        hold.status = HoldStatus::Ready;
        m_holds.push_back(hold);
        ++m_summary.holds;
        ++shelved;
    }
}

void Generator::insertLoansAndFees()
{
    Random random = m_random.fork(8);
    // Loan ids follow time, as they would have at the desks.
    std::sort(m_loans.begin(), m_loans.end(), [](const LoanRow& a, const LoanRow& b) {
        return a.outAt != b.outAt ? a.outAt < b.outAt : a.item < b.item;
    });
    BulkStatement loans(m_db,
                        "INSERT INTO loans(item, reader, library, out_at, due, renewals, returned_at, return_library) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    BulkStatement fees(m_db,
                       "INSERT INTO fees(reader, item, kind, amount_fen, paid_fen, waived_fen, created_at, note) "
                       "VALUES(?, ?, 'overdue', ?, ?, ?, ?, ?)");
    BulkStatement events(
        m_db, "INSERT INTO fee_events(fee_id, kind, amount_fen, at, operator, note) VALUES(?, ?, ?, ?, 'demo', ?)");
    for (const LoanRow& loan : m_loans) {
        const ItemRow& item = m_items[static_cast<std::size_t>(loan.item)];
        const ReaderRow& reader = m_readers[static_cast<std::size_t>(loan.reader)];
        std::array<char, 20> barcode;
        std::array<char, 20> card;
        const auto barcodeText = item.code.text(barcode);
        const auto cardText = reader.code.text(card);
        loans.bind(1, barcodeText)
            .bind(2, cardText)
            .bind(3, m_libraries[loan.library].code)
            .bind(4, fromSeconds(loan.outAt))
            .bind(5, isoDay(loan.dueDay))
            .bind(6, loan.renewals);
        if (loan.returnedAt == 0) {
            loans.bindNull(7).bindNull(8).run();
            continue;
        }
        loans.bind(7, fromSeconds(loan.returnedAt)).bind(8, m_libraries[loan.returnLibrary].code).run();

        // The fine the desk charged at the return, as Circulation::checkin computes it.
        const Rule& terms = rule(reader.type, item.type, loan.library);
        const auto overdue = dayOf(loan.returnedAt) - loan.dueDay;
        if (overdue <= terms.graceDays || terms.dailyFineFen <= 0)
            continue;
        const auto amount = std::min(terms.fineCapFen, terms.dailyFineFen * overdue);
        const auto settled = random.percent();
        const bool paid = settled < 95;
        const bool waived = !paid && settled < 98; // the rest still owe it
        const std::string note = std::to_string(overdue) + " days overdue, due " + isoDay(loan.dueDay);
        fees.bind(1, cardText)
            .bind(2, barcodeText)
            .bind(3, amount)
            .bind(4, paid ? amount : 0)
            .bind(5, waived ? amount : 0)
            .bind(6, fromSeconds(loan.returnedAt))
            .bind(7, note)
            .run();
        ++m_summary.fees;
        if (paid || waived) {
            events.bind(1, m_db.lastInsertId())
                .bind(2, paid ? "pay" : "waive")
                .bind(3, amount)
                .bind(4, fromSeconds(loan.returnedAt + (paid ? 0 : random.between(1, 30) * day)))
                .bind(5, waived ? "首次逾期，酌情减免" : "")
                .run();
        }
    }
}

void Generator::insertHolds()
{
    std::sort(m_holds.begin(), m_holds.end(), [](const HoldRow& a, const HoldRow& b) {
        if (a.placedAt != b.placedAt)
            return a.placedAt < b.placedAt;
        return a.record != b.record ? a.record < b.record : a.reader < b.reader;
    });
    BulkStatement insert(m_db,
                         "INSERT INTO holds(record_id, reader, pickup, placed_at, status, item, ready_until) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?)");
    for (const HoldRow& hold : m_holds) {
        std::array<char, 20> card;
        std::array<char, 20> barcode;
        insert.bind(1, m_firstRecordId + hold.record)
            .bind(2, m_readers[static_cast<std::size_t>(hold.reader)].code.text(card))
            .bind(3, m_libraries[hold.pickup].code)
            .bind(4, fromSeconds(hold.placedAt));
        insert.bind(5, toString(hold.status));
        if (hold.item >= 0)
            insert.bind(6, m_items[static_cast<std::size_t>(hold.item)].code.text(barcode))
                .bind(7, isoDay(hold.readyUntilDay));
        else
            insert.bindNull(6).bindNull(7);
        insert.run();
    }
}

} // namespace ils::demo
