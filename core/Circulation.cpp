#include "Circulation.h"

#include "Calendar.h"
#include "CatalogueStore.h"
#include "Database.h"
#include "Json.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "RangeStore.h"
#include "ReaderStore.h"
#include "ResidentId.h"
#include "RuleStore.h"
#include "Settings.h"

namespace ils {

std::string_view toString(RoutingAction action)
{
    switch (action) {
    case RoutingAction::Reshelve:
        return "reshelve";
    case RoutingAction::HoldShelf:
        return "hold_shelf";
    case RoutingAction::SendToPickup:
        return "send_to_pickup";
    case RoutingAction::SendHome:
        return "send_home";
    }
    return "?";
}

namespace {

constexpr const char* loanColumns = "id, item, reader, library, out_at, due, renewals, returned_at, return_library";
constexpr const char* holdColumns = "id, record_id, reader, pickup, placed_at, status, item, ready_until";
constexpr const char* feeColumns = "id, reader, item, kind, amount_fen, paid_fen, waived_fen, created_at, note";

Loan readLoan(const Query& q)
{
    Loan loan;
    loan.id = q.getInt(0);
    loan.item = q.getText(1);
    loan.reader = q.getText(2);
    loan.library = q.getText(3);
    loan.outAt = q.getInt(4);
    loan.due = Date::fromIso(q.getText(5)).value_or(Date());
    loan.renewals = static_cast<int>(q.getInt(6));
    if (!q.isNull(7))
        loan.returnedAt = q.getInt(7);
    loan.returnLibrary = q.getOptionalText(8);
    return loan;
}

Hold readHold(const Query& q)
{
    Hold hold;
    hold.id = q.getInt(0);
    hold.recordId = q.getInt(1);
    hold.reader = q.getText(2);
    hold.pickupLibrary = q.getText(3);
    hold.placedAt = q.getInt(4);
    hold.status = holdStatusFromString(q.getText(5)).value_or(HoldStatus::Pending);
    hold.item = q.getOptionalText(6);
    if (auto until = q.getOptionalText(7))
        hold.readyUntil = Date::fromIso(*until);
    return hold;
}

Fee readFee(const Query& q)
{
    Fee fee;
    fee.id = q.getInt(0);
    fee.reader = q.getText(1);
    fee.item = q.getOptionalText(2);
    fee.kind = q.getText(3);
    fee.amountFen = q.getInt(4);
    fee.paidFen = q.getInt(5);
    fee.waivedFen = q.getInt(6);
    fee.createdAt = q.getInt(7);
    fee.note = q.getText(8);
    return fee;
}

std::string yuan(std::int64_t fen)
{
    const bool negative = fen < 0;
    if (negative)
        fen = -fen;
    std::string cents = std::to_string(fen % 100);
    if (cents.size() < 2)
        cents = "0" + cents;
    return (negative ? "-" : "") + std::to_string(fen / 100) + "." + cents;
}

// The refusal for a reader who may not borrow, renew or reserve, if any.
std::optional<Refusal> readerStanding(const Reader& reader, Date today)
{
    switch (reader.status) {
    case ReaderStatus::CardLost:
        return refuse(Reason::ReaderCardLost, "card " + reader.card + " is reported lost");
    case ReaderStatus::Blocked:
        return refuse(Reason::ReaderBlocked,
                      reader.blockReason.empty() ? "reader " + reader.card + " is blocked"
                                                 : "reader " + reader.card + " is blocked: " + reader.blockReason);
    case ReaderStatus::Expired:
        return refuse(Reason::ReaderExpired, "card " + reader.card + " expired on " + reader.expiry.toIso());
    case ReaderStatus::Active:
        break;
    }
    if (reader.expiry < today)
        return refuse(Reason::ReaderExpired, "card " + reader.card + " expired on " + reader.expiry.toIso());
    return std::nullopt;
}

std::optional<Hold> trappedHoldOfItem(Database& db, std::string_view barcode)
{
    Query q(db,
            std::string("SELECT ") + holdColumns
                + " FROM holds WHERE item = ? AND status IN ('in_transit', 'ready') ORDER BY id LIMIT 1");
    q.bind(1, barcode);
    if (q.step())
        return readHold(q);
    return std::nullopt;
}

std::optional<Hold> oldestPendingHold(Database& db, std::int64_t recordId)
{
    // The open-status term repeats holds_open_record's own condition: without it SQLite cannot use
    // that partial index and scans every hold the county ever had.
    Query q(db,
            std::string("SELECT ") + holdColumns
                + " FROM holds WHERE record_id = ? AND status IN ('pending', 'in_transit', 'ready') "
                  "AND status = 'pending' ORDER BY placed_at, id LIMIT 1");
    q.bind(1, recordId);
    if (q.step())
        return readHold(q);
    return std::nullopt;
}

std::int64_t countOf(Database& db, const char* sql, std::string_view key)
{
    Query q(db, sql);
    q.bind(1, key);
    return q.step() ? q.getInt(0) : 0;
}

} // namespace

std::optional<Loan> Circulation::openLoanOfItem(std::string_view barcode) const
{
    Query q(m_store.db(), std::string("SELECT ") + loanColumns + " FROM loans WHERE item = ? AND returned_at IS NULL");
    q.bind(1, barcode);
    if (q.step())
        return readLoan(q);
    return std::nullopt;
}

std::vector<Loan> Circulation::openLoans(std::string_view card) const
{
    std::vector<Loan> out;
    Query q(m_store.db(),
            std::string("SELECT ") + loanColumns
                + " FROM loans WHERE reader = ? AND returned_at IS NULL ORDER BY due, id");
    q.bind(1, card);
    while (q.step())
        out.push_back(readLoan(q));
    return out;
}

std::vector<Hold> Circulation::openHolds(std::string_view card) const
{
    std::vector<Hold> out;
    Query q(
        m_store.db(),
        std::string("SELECT ") + holdColumns
            + " FROM holds WHERE reader = ? AND status IN ('pending', 'in_transit', 'ready') ORDER BY placed_at, id");
    q.bind(1, card);
    while (q.step())
        out.push_back(readHold(q));
    return out;
}

std::vector<Hold> Circulation::holdQueue(std::int64_t recordId) const
{
    std::vector<Hold> out;
    Query q(m_store.db(),
            std::string("SELECT ") + holdColumns
                + " FROM holds WHERE record_id = ? AND status IN ('pending', 'in_transit', 'ready') "
                  "ORDER BY placed_at, id");
    q.bind(1, recordId);
    while (q.step())
        out.push_back(readHold(q));
    return out;
}

std::vector<Fee> Circulation::openFees(std::string_view card) const
{
    std::vector<Fee> out;
    Query q(m_store.db(),
            std::string("SELECT ") + feeColumns
                + " FROM fees WHERE reader = ? AND amount_fen > paid_fen + waived_fen ORDER BY created_at, id");
    q.bind(1, card);
    while (q.step())
        out.push_back(readFee(q));
    return out;
}

std::int64_t Circulation::owedFen(std::string_view card) const
{
    return countOf(m_store.db(),
                   "SELECT coalesce(sum(amount_fen - paid_fen - waived_fen), 0) FROM fees "
                   "WHERE reader = ? AND amount_fen > paid_fen + waived_fen",
                   card);
}

Result<CheckoutReceipt> Circulation::checkout(std::string_view card, std::string_view barcode, std::string_view at)
{
    Database& db = m_store.db();
    Transaction tx(db);
    const auto library = m_store.libraries().find(at);
    if (!library)
        return refuse(Reason::LibraryUnknown, "library " + std::string(at) + " does not exist");
    const auto reader = m_store.readers().find(card);
    if (!reader)
        return refuse(Reason::ReaderUnknown, "no reader with card " + std::string(card));
    const Date today = m_store.today();
    if (auto problem = readerStanding(*reader, today))
        return *problem;

    auto item = m_store.catalogue().findItem(barcode);
    if (!item)
        return refuse(Reason::ItemUnknown, "no item with barcode " + std::string(barcode));
    if (auto loan = openLoanOfItem(barcode)) {
        if (loan->reader == reader->card)
            return refuse(Reason::ItemAlreadyOnLoanToReader, "already lent to this reader, due " + loan->due.toIso());
        return refuse(Reason::ItemAlreadyOnLoan, "on loan to another reader, due " + loan->due.toIso());
    }
    std::optional<Hold> filledHold;
    switch (item->status) {
    case ItemStatus::Available:
    case ItemStatus::OnLoan: // no open loan: a stale status; lend it and correct the status
        break;
    case ItemStatus::OnHoldShelf: {
        auto hold = trappedHoldOfItem(db, barcode);
        if (hold && hold->reader != reader->card)
            return refuse(Reason::ItemOnHoldForOther,
                          "waiting on the hold shelf for reader " + hold->reader + " until "
                              + (hold->readyUntil ? hold->readyUntil->toIso() : std::string("?")));
        filledHold = hold;
        break;
    }
    case ItemStatus::InTransit:
    case ItemStatus::Lost:
    case ItemStatus::Withdrawn:
    case ItemStatus::Processing:
        return refuse(Reason::ItemNotAvailable, "item status is " + std::string(toString(item->status)));
    }

    const Rule rule = m_store.rules().lookup(reader->type, item->type, library->level);
    if (rule.loanDays <= 0)
        return refuse(Reason::ItemNotLoanable,
                      "items of type " + item->type + " are not lent to " + reader->type + " readers here");
    const auto loans = countOf(db, "SELECT count(*) FROM loans WHERE reader = ? AND returned_at IS NULL", card);
    if (loans >= rule.maxLoans)
        return refuse(Reason::TooManyLoans,
                      "has " + std::to_string(loans) + " loans, the limit is " + std::to_string(rule.maxLoans));
    const auto owed = owedFen(card);
    if (owed > m_store.settings().maxOwedFen())
        return refuse(Reason::OwesTooMuch,
                      "owes " + yuan(owed) + " yuan, more than the limit of " + yuan(m_store.settings().maxOwedFen()));
    if (!filledHold) {
        // The reader may be collecting a copy of a title they reserved: that fills their hold.
        Query q(db,
                std::string("SELECT ") + holdColumns
                    + " FROM holds WHERE record_id = ? AND reader = ? AND status IN ('pending', 'in_transit', 'ready') "
                      "AND status = 'pending' ORDER BY id LIMIT 1");
        q.bind(1, item->recordId).bind(2, card);
        if (q.step())
            filledHold = readHold(q);
    }

    CheckoutReceipt receipt;
    const Timestamp now = m_store.clock().now();
    receipt.loan.item = item->barcode;
    receipt.loan.reader = reader->card;
    receipt.loan.library = library->code;
    receipt.loan.outAt = now;
    receipt.loan.due = m_store.calendar().nextOpenDay(library->code, today.plusDays(rule.loanDays));
    {
        Query q(db, "INSERT INTO loans(item, reader, library, out_at, due) VALUES(?, ?, ?, ?, ?)");
        q.bind(1, item->barcode)
            .bind(2, reader->card)
            .bind(3, library->code)
            .bind(4, now)
            .bind(5, receipt.loan.due.toIso());
        q.run();
        receipt.loan.id = db.lastInsertId();
    }
    item->status = ItemStatus::OnLoan;
    item->currentLibrary = library->code;
    item->transitTo.reset();
    m_store.catalogue().updateItemState(item->barcode, item->status, item->currentLibrary, item->transitTo);
    if (filledHold) {
        Query q(db, "UPDATE holds SET status = 'fulfilled', item = ? WHERE id = ?");
        q.bind(1, item->barcode).bind(2, filledHold->id).run();
        receipt.filledHold = true;
    }
    m_store.record("checkout",
                   JsonWriter()
                       .add("card", reader->card)
                       .add("barcode", item->barcode)
                       .add("at", library->code)
                       .add("out_at", now)
                       .add("due", receipt.loan.due.toIso())
                       .str());
    tx.commit();
    receipt.item = *item;
    if (auto record = m_store.catalogue().findRecord(item->recordId))
        receipt.title = record->title;
    return receipt;
}

Result<CheckinReceipt> Circulation::checkin(std::string_view barcode, std::string_view at)
{
    Database& db = m_store.db();
    Transaction tx(db);
    const auto library = m_store.libraries().find(at);
    if (!library)
        return refuse(Reason::LibraryUnknown, "library " + std::string(at) + " does not exist");
    auto item = m_store.catalogue().findItem(barcode);
    if (!item)
        return refuse(Reason::ItemUnknown, "no item with barcode " + std::string(barcode));

    CheckinReceipt receipt;
    const Timestamp now = m_store.clock().now();
    const Date today = m_store.today();
    receipt.loan = openLoanOfItem(barcode);
    if (receipt.loan) {
        Loan& loan = *receipt.loan;
        loan.returnedAt = now;
        loan.returnLibrary = library->code;
        Query close(db, "UPDATE loans SET returned_at = ?, return_library = ? WHERE id = ?");
        close.bind(1, now).bind(2, library->code).bind(3, loan.id).run();

        const auto borrower = m_store.readers().find(loan.reader);
        receipt.borrowerName = borrower ? borrower->name : std::string();
        const auto lentAt = m_store.libraries().find(loan.library);
        const Rule rule = m_store.rules().lookup(
            borrower ? borrower->type : "*", item->type, lentAt ? lentAt->level : library->level);
        receipt.overdueDays = std::max(0, loan.due.daysUntil(today));
        if (receipt.overdueDays > rule.graceDays && rule.dailyFineFen > 0) {
            receipt.fineFen = std::min(rule.fineCapFen, rule.dailyFineFen * receipt.overdueDays);
            Query fee(db,
                      "INSERT INTO fees(reader, item, kind, amount_fen, created_at, note) "
                      "VALUES(?, ?, 'overdue', ?, ?, ?)");
            fee.bind(1, loan.reader)
                .bind(2, item->barcode)
                .bind(3, receipt.fineFen)
                .bind(4, now)
                .bind(5, std::to_string(receipt.overdueDays) + " days overdue, due " + loan.due.toIso())
                .run();
        }
    }

    // Route the copy: a hold it already serves, else the oldest waiting hold, else home or here.
    Routing& routing = receipt.routing;
    routing.library = library->code;
    auto hold = trappedHoldOfItem(db, barcode);
    if (!hold) {
        hold = oldestPendingHold(db, item->recordId);
    }
    if (hold) {
        routing.holdReader = hold->reader;
        if (auto holder = m_store.readers().find(hold->reader))
            routing.holdReaderName = holder->name;
        if (hold->pickupLibrary == library->code) {
            const Date until = hold->status == HoldStatus::Ready && hold->readyUntil
                ? *hold->readyUntil
                : m_store.calendar().nextOpenDay(library->code, today.plusDays(m_store.settings().holdShelfDays()));
            routing.action = RoutingAction::HoldShelf;
            routing.readyUntil = until;
            item->status = ItemStatus::OnHoldShelf;
            item->currentLibrary = library->code;
            item->transitTo.reset();
            Query q(db, "UPDATE holds SET status = 'ready', item = ?, ready_until = ? WHERE id = ?");
            q.bind(1, item->barcode).bind(2, until.toIso()).bind(3, hold->id).run();
        } else {
            routing.action = RoutingAction::SendToPickup;
            routing.library = hold->pickupLibrary;
            item->status = ItemStatus::InTransit;
            item->currentLibrary = library->code;
            item->transitTo = hold->pickupLibrary;
            Query q(db, "UPDATE holds SET status = 'in_transit', item = ?, ready_until = NULL WHERE id = ?");
            q.bind(1, item->barcode).bind(2, hold->id).run();
        }
    } else if (item->ownerLibrary == library->code || m_store.settings().floatingItems()) {
        routing.action = RoutingAction::Reshelve;
        item->status = ItemStatus::Available;
        item->currentLibrary = library->code;
        item->transitTo.reset();
    } else {
        routing.action = RoutingAction::SendHome;
        routing.library = item->ownerLibrary;
        item->status = ItemStatus::InTransit;
        item->currentLibrary = library->code;
        item->transitTo = item->ownerLibrary;
    }
    m_store.catalogue().updateItemState(item->barcode, item->status, item->currentLibrary, item->transitTo);

    JsonWriter payload;
    payload.add("barcode", item->barcode)
        .add("at", library->code)
        .add("returned_at", now)
        .add("routing", toString(routing.action))
        .add("destination", routing.library)
        .add("fine_fen", receipt.fineFen);
    if (receipt.loan)
        payload.add("card", receipt.loan->reader);
    m_store.record("checkin", payload.str());
    tx.commit();
    receipt.item = *item;
    if (auto record = m_store.catalogue().findRecord(item->recordId))
        receipt.title = record->title;
    return receipt;
}

Result<RenewReceipt> Circulation::renew(std::string_view barcode, std::string_view at)
{
    Database& db = m_store.db();
    Transaction tx(db);
    const auto library = m_store.libraries().find(at);
    if (!library)
        return refuse(Reason::LibraryUnknown, "library " + std::string(at) + " does not exist");
    const auto item = m_store.catalogue().findItem(barcode);
    if (!item)
        return refuse(Reason::ItemUnknown, "no item with barcode " + std::string(barcode));
    auto loan = openLoanOfItem(barcode);
    if (!loan)
        return refuse(Reason::ItemNotOnLoan, "item " + std::string(barcode) + " is not on loan");
    const auto reader = m_store.readers().find(loan->reader);
    if (!reader)
        return refuse(Reason::ReaderUnknown, "no reader with card " + loan->reader);
    const Date today = m_store.today();
    if (auto problem = readerStanding(*reader, today))
        return *problem;
    const Rule rule = m_store.rules().lookup(reader->type, item->type, library->level);
    if (loan->renewals >= rule.renewals)
        return refuse(Reason::RenewalLimitReached,
                      "renewed " + std::to_string(loan->renewals) + " times, the limit is "
                          + std::to_string(rule.renewals));
    {
        Query q(db,
                "SELECT count(*) FROM holds WHERE record_id = ? AND reader <> ? "
                "AND status IN ('pending', 'in_transit', 'ready') AND status = 'pending'");
        q.bind(1, item->recordId).bind(2, reader->card);
        const auto waiting = q.step() ? q.getInt(0) : 0;
        if (waiting > 0)
            return refuse(Reason::HoldsWaiting,
                          std::to_string(waiting) + " other reader(s) are waiting for this title");
    }
    RenewReceipt receipt;
    receipt.previousDue = loan->due;
    const Date renewed = m_store.calendar().nextOpenDay(library->code, today.plusDays(rule.renewalDays));
    loan->due = std::max(loan->due, renewed);
    loan->renewals += 1;
    Query q(db, "UPDATE loans SET due = ?, renewals = ? WHERE id = ?");
    q.bind(1, loan->due.toIso()).bind(2, loan->renewals).bind(3, loan->id).run();
    m_store.record("renew",
                   JsonWriter()
                       .add("card", reader->card)
                       .add("barcode", item->barcode)
                       .add("at", library->code)
                       .add("due", loan->due.toIso())
                       .str());
    tx.commit();
    receipt.loan = *loan;
    return receipt;
}

Result<HoldReceipt> Circulation::placeHold(std::string_view card, std::string_view barcode, std::string_view pickup)
{
    Database& db = m_store.db();
    Transaction tx(db);
    const auto library = m_store.libraries().find(pickup);
    if (!library)
        return refuse(Reason::LibraryUnknown, "pickup library " + std::string(pickup) + " does not exist");
    const auto reader = m_store.readers().find(card);
    if (!reader)
        return refuse(Reason::ReaderUnknown, "no reader with card " + std::string(card));
    if (auto problem = readerStanding(*reader, m_store.today()))
        return *problem;
    const auto item = m_store.catalogue().findItem(barcode);
    if (!item)
        return refuse(Reason::ItemUnknown, "no item with barcode " + std::string(barcode));
    const Rule rule = m_store.rules().lookup(reader->type, item->type, library->level);
    if (!rule.holdsAllowed)
        return refuse(Reason::HoldsNotAllowed, "items of type " + item->type + " cannot be reserved");
    {
        Query q(
            db,
            "SELECT 1 FROM holds WHERE record_id = ? AND reader = ? AND status IN ('pending', 'in_transit', 'ready')");
        q.bind(1, item->recordId).bind(2, card);
        if (q.step())
            return refuse(Reason::HoldAlreadyPlaced, "this reader already has a hold on this title");
    }
    {
        Query q(db,
                "SELECT l.item FROM loans l JOIN items i ON i.barcode = l.item "
                "WHERE l.reader = ? AND l.returned_at IS NULL AND i.record_id = ?");
        q.bind(1, card).bind(2, item->recordId);
        if (q.step())
            return refuse(Reason::ItemAlreadyOnLoanToReader, "this reader already has a copy on loan: " + q.getText(0));
    }
    const auto holds = countOf(
        db, "SELECT count(*) FROM holds WHERE reader = ? AND status IN ('pending', 'in_transit', 'ready')", card);
    if (holds >= rule.maxHolds)
        return refuse(Reason::TooManyHolds,
                      "has " + std::to_string(holds) + " holds, the limit is " + std::to_string(rule.maxHolds));

    HoldReceipt receipt;
    Hold& hold = receipt.hold;
    hold.recordId = item->recordId;
    hold.reader = reader->card;
    hold.pickupLibrary = library->code;
    hold.placedAt = m_store.clock().now();
    Query q(db, "INSERT INTO holds(record_id, reader, pickup, placed_at, status) VALUES(?, ?, ?, ?, 'pending')");
    q.bind(1, hold.recordId).bind(2, hold.reader).bind(3, hold.pickupLibrary).bind(4, hold.placedAt).run();
    hold.id = db.lastInsertId();
    receipt.queuePosition = static_cast<int>(holdQueue(hold.recordId).size());
    m_store.record("hold.place",
                   JsonWriter()
                       .add("card", reader->card)
                       .add("barcode", item->barcode)
                       .add("pickup", library->code)
                       .add("placed_at", hold.placedAt)
                       .str());
    tx.commit();
    if (auto record = m_store.catalogue().findRecord(item->recordId))
        receipt.title = record->title;
    return receipt;
}

Result<Hold> Circulation::cancelHold(std::int64_t holdId)
{
    Database& db = m_store.db();
    Transaction tx(db);
    Query find(db, std::string("SELECT ") + holdColumns + " FROM holds WHERE id = ?");
    find.bind(1, holdId);
    if (!find.step())
        return refuse(Reason::HoldUnknown, "no hold with id " + std::to_string(holdId));
    Hold hold = readHold(find);
    if (hold.status != HoldStatus::Pending && hold.status != HoldStatus::InTransit && hold.status != HoldStatus::Ready)
        return refuse(Reason::HoldUnknown,
                      "hold " + std::to_string(holdId) + " is already " + std::string(toString(hold.status)));
    Query q(db, "UPDATE holds SET status = 'cancelled' WHERE id = ?");
    q.bind(1, holdId).run();
    // A copy waiting on the hold shelf for it goes back into circulation at its next check-in.
    m_store.record("hold.cancel", JsonWriter().add("card", hold.reader).add("placed_at", hold.placedAt).str());
    tx.commit();
    hold.status = HoldStatus::Cancelled;
    return hold;
}

std::vector<Hold> Circulation::expireHoldShelf(std::string_view at)
{
    Database& db = m_store.db();
    Transaction tx(db);
    std::vector<Hold> expired;
    {
        Query q(db,
                std::string("SELECT ") + holdColumns
                    + " FROM holds WHERE pickup = ? AND status = 'ready' AND ready_until < ? ORDER BY ready_until, id");
        q.bind(1, at).bind(2, m_store.today().toIso());
        while (q.step())
            expired.push_back(readHold(q));
    }
    for (auto& hold : expired) {
        Query q(db, "UPDATE holds SET status = 'expired' WHERE id = ?");
        q.bind(1, hold.id).run();
        hold.status = HoldStatus::Expired;
        m_store.record("hold.expire",
                       JsonWriter()
                           .add("card", hold.reader)
                           .add("placed_at", hold.placedAt)
                           .add("barcode", hold.item.value_or(""))
                           .add("at", std::string(at))
                           .str());
    }
    tx.commit();
    return expired;
}

Result<FeeReceipt> Circulation::pay(std::string_view card, std::int64_t amountFen)
{
    Database& db = m_store.db();
    Transaction tx(db);
    if (!m_store.readers().exists(card))
        return refuse(Reason::ReaderUnknown, "no reader with card " + std::string(card));
    if (amountFen <= 0)
        return refuse(Reason::AmountInvalid, "a payment must be more than 0");
    const auto owed = owedFen(card);
    if (amountFen > owed)
        return refuse(Reason::AmountInvalid, "pays " + yuan(amountFen) + " yuan but owes only " + yuan(owed));
    FeeReceipt receipt;
    std::int64_t left = amountFen;
    const Timestamp now = m_store.clock().now();
    // Oldest fees are settled first.
    for (Fee fee : openFees(card)) {
        if (left == 0)
            break;
        const auto part = std::min(left, fee.outstandingFen());
        fee.paidFen += part;
        left -= part;
        Query update(db, "UPDATE fees SET paid_fen = ? WHERE id = ?");
        update.bind(1, fee.paidFen).bind(2, fee.id).run();
        Query event(db, "INSERT INTO fee_events(fee_id, kind, amount_fen, at, operator) VALUES(?, 'pay', ?, ?, ?)");
        event.bind(1, fee.id).bind(2, part).bind(3, now).bind(4, m_store.operatorName()).run();
        receipt.fees.push_back(fee);
    }
    receipt.appliedFen = amountFen;
    m_store.record("fee.pay", JsonWriter().add("card", std::string(card)).add("amount_fen", amountFen).str());
    tx.commit();
    return receipt;
}

Result<FeeReceipt> Circulation::waive(std::int64_t feeId, std::int64_t amountFen, std::string_view reason)
{
    Database& db = m_store.db();
    Transaction tx(db);
    Query find(db, std::string("SELECT ") + feeColumns + " FROM fees WHERE id = ?");
    find.bind(1, feeId);
    if (!find.step())
        return refuse(Reason::FeeUnknown, "no fee with id " + std::to_string(feeId));
    Fee fee = readFee(find);
    if (reason.empty())
        return refuse(Reason::InvalidInput, "a waiver needs a reason");
    if (amountFen <= 0 || amountFen > fee.outstandingFen())
        return refuse(Reason::AmountInvalid,
                      "can waive between 0.01 and " + yuan(fee.outstandingFen()) + " yuan of this fee");
    fee.waivedFen += amountFen;
    Query update(db, "UPDATE fees SET waived_fen = ? WHERE id = ?");
    update.bind(1, fee.waivedFen).bind(2, fee.id).run();
    Query event(db,
                "INSERT INTO fee_events(fee_id, kind, amount_fen, at, operator, note) VALUES(?, 'waive', ?, ?, ?, ?)");
    event.bind(1, fee.id)
        .bind(2, amountFen)
        .bind(3, m_store.clock().now())
        .bind(4, m_store.operatorName())
        .bind(5, reason);
    event.run();
    m_store.record("fee.waive",
                   JsonWriter()
                       .add("card", fee.reader)
                       .add("item", fee.item.value_or(""))
                       .add("created_at", fee.createdAt)
                       .add("amount_fen", amountFen)
                       .add("reason", reason)
                       .str());
    tx.commit();
    return FeeReceipt {{fee}, amountFen};
}

Result<Reader> Circulation::registerReader(const NewReader& request)
{
    Database& db = m_store.db();
    Transaction tx(db);
    if (!m_store.libraries().find(request.library))
        return refuse(Reason::LibraryUnknown, "library " + request.library + " does not exist");
    if (request.name.empty())
        return refuse(Reason::InvalidInput, "the reader's name is empty");
    if (request.depositFen < 0)
        return refuse(Reason::AmountInvalid, "a deposit cannot be negative");
    Reader reader;
    if (request.idNumber) {
        if (auto problem = residentIdProblem(*request.idNumber))
            return refuse(Reason::InvalidInput, "resident ID number: " + *problem);
        reader.idNumber = normalizeResidentId(*request.idNumber);
        if (auto existing = m_store.readers().findByIdNumber(*reader.idNumber))
            return refuse(Reason::InvalidInput, "this resident ID number already has card " + existing->card);
    }
    auto card = m_store.ranges().allocate(CodeKind::Reader, request.library);
    if (!card)
        return card.refusal();
    reader.card = card.value();
    reader.name = request.name;
    reader.type = request.type.empty() ? "adult" : request.type;
    reader.homeLibrary = request.library;
    reader.depositFen = request.depositFen;
    reader.expiry = m_store.today().plusDays(m_store.settings().cardValidityDays());
    m_store.readers().insert(reader, m_store.clock().now());
    JsonWriter payload;
    payload.add("card", reader.card)
        .add("name", reader.name)
        .add("type", reader.type)
        .add("library", reader.homeLibrary)
        .add("expiry", reader.expiry.toIso())
        .add("deposit_fen", reader.depositFen);
    if (reader.idNumber)
        payload.add("id_number", *reader.idNumber);
    m_store.record("reader.add", payload.str());
    tx.commit();
    return reader;
}

Result<Reader> Circulation::setReaderStatus(std::string_view card, ReaderStatus status, std::string_view reason)
{
    Transaction tx(m_store.db());
    auto reader = m_store.readers().find(card);
    if (!reader)
        return refuse(Reason::ReaderUnknown, "no reader with card " + std::string(card));
    m_store.readers().setStatus(card, status, reason);
    reader->status = status;
    reader->blockReason = std::string(reason);
    m_store.record("reader.status",
                   JsonWriter().add("card", reader->card).add("status", toString(status)).add("reason", reason).str());
    tx.commit();
    return *reader;
}

Result<Item> Circulation::addItem(const NewItem& request)
{
    Database& db = m_store.db();
    Transaction tx(db);
    if (!m_store.libraries().find(request.library))
        return refuse(Reason::LibraryUnknown, "library " + request.library + " does not exist");
    std::optional<Record> record;
    if (request.recordId != 0) {
        record = m_store.catalogue().findRecord(request.recordId);
        if (!record)
            return refuse(Reason::InvalidInput, "no record with id " + std::to_string(request.recordId));
    } else if (!request.record.isbn.empty()) {
        record = m_store.catalogue().findRecordByIsbn(request.record.isbn);
    }
    if (!record) {
        if (request.record.title.empty())
            return refuse(Reason::InvalidInput, "a new record needs a title");
        record = request.record;
        record->id = m_store.catalogue().addRecord(*record);
    }
    auto barcode = m_store.ranges().allocate(CodeKind::Item, request.library);
    if (!barcode)
        return barcode.refusal();
    Item item;
    item.barcode = barcode.value();
    item.recordId = record->id;
    item.ownerLibrary = request.library;
    item.currentLibrary = request.library;
    item.callNumber = request.callNumber;
    item.type = request.type.empty() ? "book" : request.type;
    item.status = ItemStatus::Available;
    m_store.catalogue().insertItem(item, m_store.clock().now());
    m_store.record("item.add",
                   JsonWriter()
                       .add("barcode", item.barcode)
                       .add("library", item.ownerLibrary)
                       .add("type", item.type)
                       .add("call_number", item.callNumber)
                       .add("title", record->title)
                       .add("author", record->author)
                       .add("isbn", record->isbn)
                       .str());
    tx.commit();
    return item;
}

} // namespace ils
