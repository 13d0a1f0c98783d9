// Lending: checkout, check-in with routing, renewal.
#include "CheckinStates.h"
#include "CirculationDetail.h"

#include "Calendar.h"
#include "CatalogueStore.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "Money.h"
#include "ReaderStore.h"
#include "RuleStore.h"
#include "Settings.h"

namespace ils {

using namespace detail;

namespace {

// Fact mode: the central learns of a loan that may be older than what it already knows about
// the copy. The loan with the later start is the open one, whichever arrived first, so every
// order of arrival ends in the same state (docs/SYNC.md).
void placeInHistory(Database& db,
                    const Item& item,
                    Loan& loan,
                    const std::optional<Loan>& open,
                    std::optional<Timestamp> lastReturnAt,
                    const std::optional<std::string>& lastReturnLibrary,
                    std::vector<Refusal>& noted)
{
    if (open) {
        if (std::pair(loan.outAt, loan.id) > std::pair(open->outAt, open->id)) {
            Query close(db, "UPDATE loans SET returned_at = ?, return_library = ?, implied_return = 1 WHERE id = ?");
            close.bind(1, loan.outAt).bind(2, loan.library).bind(3, open->id).run();
            noted.push_back(refuse(Reason::ItemLentTwice,
                                   "copy " + item.barcode + " was also on loan to " + open->reader + " from "
                                       + formatUtc(open->outAt) + "; that loan is recorded as returned at "
                                       + formatUtc(loan.outAt),
                                   {{fact::barcode, item.barcode},
                                    {fact::otherCard, open->reader},
                                    {fact::otherAt, formatUtc(open->outAt)},
                                    {fact::at, formatUtc(loan.outAt)}}));
        } else {
            loan.returnedAt = open->outAt;
            loan.returnLibrary = open->library;
            noted.push_back(refuse(
                Reason::ItemLentTwice,
                "copy " + item.barcode + " was lent again to " + open->reader + " at " + formatUtc(open->outAt)
                    + "; this loan is recorded as returned then",
                {{fact::barcode, item.barcode}, {fact::otherCard, open->reader}, {fact::at, formatUtc(open->outAt)}}));
        }
        return;
    }
    Query later(db, "SELECT min(out_at) FROM loans WHERE item = ? AND out_at > ?");
    later.bind(1, item.barcode).bind(2, loan.outAt);
    if (later.step() && !later.isNull(0)) {
        loan.returnedAt = later.getInt(0);
        noted.push_back(refuse(Reason::ItemLentTwice,
                               "copy " + item.barcode + " has a later loan from " + formatUtc(*loan.returnedAt)
                                   + "; this loan is recorded as returned then",
                               {{fact::barcode, item.barcode}, {fact::at, formatUtc(*loan.returnedAt)}}));
    } else if (lastReturnAt && *lastReturnAt > loan.outAt) {
        // Strictly later: a return in the same millisecond as the loan came before it (a desk
        // returns a copy and lends it to the reader whose hold it fills).
        loan.returnedAt = *lastReturnAt;
        loan.returnLibrary = lastReturnLibrary;
        noted.push_back(refuse(Reason::ReturnedBeforeLent,
                               "copy " + item.barcode + " was returned at " + lastReturnLibrary.value_or("?") + " at "
                                   + formatUtc(*lastReturnAt) + " before this loan reached the central",
                               {{fact::barcode, item.barcode},
                                {fact::library, lastReturnLibrary.value_or("")},
                                {fact::at, formatUtc(*lastReturnAt)}}));
    }
}

std::pair<std::optional<Timestamp>, std::optional<std::string>> lastReturn(Database& db, std::string_view barcode)
{
    Query q(db, "SELECT last_return_at, last_return_library FROM items WHERE barcode = ?");
    q.bind(1, barcode);
    if (!q.step() || q.isNull(0))
        return {};
    return {q.getInt(0), q.getOptionalText(1)};
}

} // namespace

Result<CheckoutReceipt>
Circulation::checkout(std::string_view card, std::string_view barcode, std::string_view at, const Occasion& occasion)
{
    Database& db = m_store.db();
    Transaction tx(db);
    RuleGate gate(occasion);
    const auto library = m_store.libraries().find(at);
    if (!library)
        return refuse(Reason::LibraryUnknown, "library " + std::string(at) + " does not exist");
    const auto reader = m_store.readers().find(card);
    if (!reader)
        return refuse(
            Reason::ReaderUnknown, "no reader with card " + std::string(card), {{fact::card, std::string(card)}});
    const Timestamp now = when(m_store, occasion);
    const Date today = Date::localDay(now, m_store.settings().utcOffsetMinutes());
    if (gate.refuses(readerStanding(*reader, today)))
        return gate.refusal();

    auto item = m_store.catalogue().findItem(barcode);
    if (!item)
        return refuse(Reason::ItemUnknown,
                      "no item with barcode " + std::string(barcode),
                      {{fact::barcode, std::string(barcode)}});
    const auto open = openLoanOfItem(barcode);
    if (open && !occasion.factMode()) {
        if (open->reader == reader->card)
            return refuse(Reason::ItemAlreadyOnLoanToReader,
                          "already lent to this reader, due " + open->due.toIso(),
                          {{fact::date, open->due.toIso()}});
        return refuse(Reason::ItemAlreadyOnLoan,
                      "on loan to another reader, due " + open->due.toIso(),
                      {{fact::date, open->due.toIso()}});
    }
    std::optional<Hold> filledHold;
    switch (item->status) {
    case ItemStatus::Available:
    case ItemStatus::OnLoan: // no open loan here means a stale status; lend it and correct it
        break;
    case ItemStatus::OnHoldShelf: {
        auto hold = trappedHoldOfItem(db, barcode);
        if (hold && hold->reader != reader->card) {
            if (gate.refuses(refuse(Reason::ItemOnHoldForOther,
                                    "waiting on the hold shelf for reader " + hold->reader + " until "
                                        + (hold->readyUntil ? hold->readyUntil->toIso() : std::string("?")),
                                    {{fact::otherCard, hold->reader},
                                     {fact::date, hold->readyUntil ? hold->readyUntil->toIso() : std::string()}})))
                return gate.refusal();
        } else {
            filledHold = hold;
        }
        break;
    }
    case ItemStatus::Processing:
        if (gate.refuses(refuse(Reason::ItemInProcessing, "item status is processing: it is not catalogued yet")))
            return gate.refusal();
        break;
    case ItemStatus::InTransit:
    case ItemStatus::Lost:
    case ItemStatus::Withdrawn:
        if (gate.refuses(refuse(Reason::ItemNotAvailable,
                                "item status is " + std::string(toString(item->status)),
                                {{fact::status, std::string(toString(item->status))}})))
            return gate.refusal();
    }

    const Rule rule = m_store.rules().lookup(reader->type, item->type, library->level);
    if (rule.loanDays <= 0
        && gate.refuses(refuse(Reason::ItemNotLoanable,
                               "items of type " + item->type + " are not lent to " + reader->type + " readers here",
                               {{fact::itemType, item->type}, {fact::readerType, reader->type}})))
        return gate.refusal();
    const auto loans = countOf(db, "SELECT count(*) FROM loans WHERE reader = ? AND returned_at IS NULL", card);
    if (loans >= rule.maxLoans
        && gate.refuses(refuse(Reason::TooManyLoans,
                               "has " + std::to_string(loans) + " loans, the limit is " + std::to_string(rule.maxLoans),
                               {{fact::count, std::to_string(loans)}, {fact::limit, std::to_string(rule.maxLoans)}})))
        return gate.refusal();
    const auto owed = owedFen(card);
    if (owed > m_store.settings().maxOwedFen()
        && gate.refuses(refuse(
            Reason::OwesTooMuch,
            "owes " + formatYuan(owed) + " yuan, more than the limit of " + formatYuan(m_store.settings().maxOwedFen()),
            {{fact::count, std::to_string(owed)}, {fact::limit, std::to_string(m_store.settings().maxOwedFen())}})))
        return gate.refusal();
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
    Loan& loan = receipt.loan;
    loan.id = newId(m_store, "loans", occasion, "loan_id");
    loan.item = item->barcode;
    loan.reader = reader->card;
    loan.library = library->code;
    loan.outAt = now;
    loan.due = m_store.calendar().nextOpenDay(library->code, today.plusDays(std::max(rule.loanDays, 1)));
    if (occasion.facts) {
        if (auto due = Date::fromIso(occasion.facts->text("due").value_or("")))
            loan.due = *due; // what the slip said
    }
    std::vector<Refusal> noted = gate.takeNoted();
    if (occasion.factMode()) {
        auto [returnAt, returnLibrary] = lastReturn(db, barcode);
        placeInHistory(db, *item, loan, open, returnAt, returnLibrary, noted);
    }
    {
        Query q(
            db,
            "INSERT INTO loans(id, item, reader, library, out_at, due, returned_at, return_library, implied_return) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, loan.id)
            .bind(2, loan.item)
            .bind(3, loan.reader)
            .bind(4, loan.library)
            .bind(5, loan.outAt)
            .bind(6, loan.due.toIso());
        if (loan.returnedAt)
            q.bind(7, *loan.returnedAt);
        else
            q.bindNull(7);
        q.bind(8, loan.returnLibrary).bind(9, loan.returnedAt ? 1 : 0).run();
    }
    if (!loan.returnedAt) {
        item->status = ItemStatus::OnLoan;
        item->currentLibrary = library->code;
        item->transitTo.reset();
        m_store.catalogue().updateItemState(item->barcode, item->status, item->currentLibrary, item->transitTo);
    }
    if (filledHold) {
        Query q(db, "UPDATE holds SET status = 'fulfilled', item = ? WHERE id = ?");
        q.bind(1, item->barcode).bind(2, filledHold->id).run();
        receipt.filledHold = true;
    }
    if (!occasion.factMode())
        m_store.record("checkout",
                       JsonWriter()
                           .add("card", reader->card)
                           .add("barcode", item->barcode)
                           .add("at", library->code)
                           .add("out_at", now)
                           .add("due", loan.due.toIso())
                           .add("loan_id", loan.id)
                           .str());
    tx.commit();
    receipt.exceptions = std::move(noted);
    receipt.item = *item;
    // The title is for the person at the desk; the central applying a node's facts has none.
    if (!occasion.factMode())
        if (auto record = m_store.catalogue().findRecord(item->recordId))
            receipt.title = record->title;
    return receipt;
}

Result<CheckinReceipt> Circulation::checkin(std::string_view barcode,
                                            std::string_view at,
                                            const Occasion& occasion,
                                            const CheckinChoices& choices)
{
    Database& db = m_store.db();
    Transaction tx(db);
    const auto library = m_store.libraries().find(at);
    if (!library)
        return refuse(Reason::LibraryUnknown, "library " + std::string(at) + " does not exist");
    auto item = m_store.catalogue().findItem(barcode);
    if (!item)
        return refuse(Reason::ItemUnknown,
                      "no item with barcode " + std::string(barcode),
                      {{fact::barcode, std::string(barcode)}});
    // Copies out of circulation: decided before anything changes, so a refusal changes nothing.
    const ItemStatus arrived = item->status;
    std::vector<Fee> lostFees;
    LostChargeDecision lostDecision = LostChargeDecision::None;
    if (arrived == ItemStatus::Lost) {
        lostFees = lostCharges(barcode);
        auto decided = decideLostCharge(m_store, lostFees, occasion, choices);
        if (!decided)
            return decided.refusal();
        lostDecision = decided.value();
    }

    CheckinReceipt receipt;
    const Timestamp now = when(m_store, occasion);
    const Date today = Date::localDay(now, m_store.settings().utcOffsetMinutes());
    {
        // Kept even when no loan is open: it may end a loan that has not reached the central yet.
        Query mark(db,
                   "UPDATE items SET last_return_at = ?1, last_return_library = ?2 "
                   "WHERE barcode = ?3 AND (last_return_at IS NULL OR last_return_at <= ?1)");
        mark.bind(1, now).bind(2, library->code).bind(3, barcode).run();
    }
    receipt.loan = openLoanOfItem(barcode);
    if (receipt.loan && receipt.loan->outAt > now) {
        // Fact mode only (a desk's clock moves forward): this return ended an earlier loan.
        receipt.exceptions.push_back(refuse(Reason::CheckinOutOfOrder,
                                            "returned at " + library->code + " at " + formatUtc(now)
                                                + ", before the open loan from " + formatUtc(receipt.loan->outAt)
                                                + "; that loan stays open",
                                            {{fact::barcode, item->barcode},
                                             {fact::library, library->code},
                                             {fact::at, formatUtc(now)},
                                             {fact::otherAt, formatUtc(receipt.loan->outAt)}}));
        tx.commit();
        receipt.loan.reset();
        receipt.item = *item;
        receipt.routing.library = item->currentLibrary;
        return receipt;
    }
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
        if (receipt.overdueDays > rule.graceDays && rule.dailyFineFen > 0)
            receipt.fineFen = std::min(rule.fineCapFen, rule.dailyFineFen * receipt.overdueDays);
        if (occasion.facts)
            receipt.fineFen = occasion.facts->number("fine_fen").value_or(0); // what the reader was charged
        if (receipt.fineFen > 0) {
            Query fee(db,
                      "INSERT INTO fees(id, reader, item, kind, amount_fen, created_at, note) "
                      "VALUES(?, ?, ?, 'overdue', ?, ?, ?)");
            fee.bind(1, newId(m_store, "fees", occasion, "fee_id"))
                .bind(2, loan.reader)
                .bind(3, item->barcode)
                .bind(4, receipt.fineFen)
                .bind(5, now)
                .bind(6, std::to_string(receipt.overdueDays) + " days overdue, due " + loan.due.toIso())
                .run();
            receipt.feeId = db.lastInsertId();
        }
    }

    // Route the copy: a copy not yet catalogued to the cataloguers and a withdrawn one aside,
    // both keeping their status; else a hold it already serves, else the oldest waiting hold,
    // else home or here.
    Routing& routing = receipt.routing;
    routing.library = library->code;
    const bool outOfStock = arrived == ItemStatus::Processing || arrived == ItemStatus::Withdrawn;
    auto hold = outOfStock ? std::nullopt : trappedHoldOfItem(db, barcode);
    if (!hold && !outOfStock)
        hold = oldestPendingHold(db, item->recordId);
    if (outOfStock) {
        routing.action =
            arrived == ItemStatus::Processing ? RoutingAction::ToCataloguing : RoutingAction::KeepWithdrawn;
        item->currentLibrary = library->code;
        item->transitTo.reset();
    } else if (hold) {
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

    std::string refunds;
    std::int64_t itemEventId = 0;
    if (arrived == ItemStatus::Lost) {
        receipt.foundLost = settleLostCharges(m_store, lostFees, lostDecision, occasion, refunds);
        itemEventId = recordItemEvent(m_store, occasion, barcode, "found", library->code, toString(lostDecision));
    } else if (outOfStock) {
        itemEventId = recordItemEvent(m_store,
                                      occasion,
                                      barcode,
                                      arrived == ItemStatus::Processing ? "returned_processing" : "returned_withdrawn",
                                      library->code);
    }

    if (occasion.facts) {
        const auto told = occasion.facts->text("routing").value_or("");
        const auto toldWhere = occasion.facts->text("destination").value_or("");
        if (told != toString(routing.action) || toldWhere != routing.library)
            receipt.exceptions.push_back(refuse(Reason::RoutingChanged,
                                                "the desk at " + library->code + " said " + told + " " + toldWhere
                                                    + "; with what the central knows it is "
                                                    + std::string(toString(routing.action)) + " " + routing.library,
                                                {{fact::barcode, item->barcode},
                                                 {fact::library, library->code},
                                                 {fact::routing, told},
                                                 {fact::destination, toldWhere},
                                                 {fact::otherRouting, std::string(toString(routing.action))},
                                                 {fact::otherDestination, routing.library}}));
    } else {
        JsonWriter payload;
        payload.add("barcode", item->barcode)
            .add("at", library->code)
            .add("returned_at", now)
            .add("routing", toString(routing.action))
            .add("destination", routing.library)
            .add("fine_fen", receipt.fineFen);
        if (receipt.loan)
            payload.add("card", receipt.loan->reader).add("loan_id", receipt.loan->id);
        if (receipt.feeId)
            payload.add("fee_id", receipt.feeId);
        if (itemEventId) {
            payload.add("item_state", toString(arrived)).add("item_event_id", itemEventId);
            if (arrived == ItemStatus::Lost)
                payload.add("lost_charge", toString(lostDecision)).add("lost_fees", refunds);
        }
        m_store.record("checkin", payload.str());
    }
    tx.commit();
    receipt.item = *item;
    // The title is for the person at the desk; the central applying a node's facts has none.
    if (!occasion.factMode())
        if (auto record = m_store.catalogue().findRecord(item->recordId))
            receipt.title = record->title;
    return receipt;
}

Result<RenewReceipt> Circulation::renew(std::string_view barcode, std::string_view at, const Occasion& occasion)
{
    Database& db = m_store.db();
    Transaction tx(db);
    RuleGate gate(occasion);
    const auto library = m_store.libraries().find(at);
    if (!library)
        return refuse(Reason::LibraryUnknown, "library " + std::string(at) + " does not exist");
    const auto item = m_store.catalogue().findItem(barcode);
    if (!item)
        return refuse(Reason::ItemUnknown, "no item with barcode " + std::string(barcode));
    auto loan = openLoanOfItem(barcode);
    if (!loan && occasion.factMode())
        return refuse(Reason::LoanAlreadyClosed,
                      "item " + std::string(barcode) + " is back: the loan the node renewed is already closed",
                      {{fact::barcode, std::string(barcode)}});
    if (!loan)
        return refuse(Reason::ItemNotOnLoan,
                      "item " + std::string(barcode) + " is not on loan",
                      {{fact::barcode, std::string(barcode)}});
    if (occasion.facts) {
        const auto card = occasion.facts->text("card").value_or("");
        if (card != loan->reader)
            return refuse(Reason::LoanAlreadyClosed,
                          "the loan of " + std::string(barcode) + " to " + card
                              + " is already closed; the copy is now lent to " + loan->reader,
                          {{fact::barcode, std::string(barcode)}, {fact::card, card}, {fact::otherCard, loan->reader}});
    }
    const auto reader = m_store.readers().find(loan->reader);
    if (!reader)
        return refuse(Reason::ReaderUnknown, "no reader with card " + loan->reader);
    const Timestamp now = when(m_store, occasion);
    const Date today = Date::localDay(now, m_store.settings().utcOffsetMinutes());
    if (gate.refuses(readerStanding(*reader, today)))
        return gate.refusal();
    const Rule rule = m_store.rules().lookup(reader->type, item->type, library->level);
    if (loan->renewals >= rule.renewals
        && gate.refuses(refuse(
            Reason::RenewalLimitReached,
            "renewed " + std::to_string(loan->renewals) + " times, the limit is " + std::to_string(rule.renewals),
            {{fact::count, std::to_string(loan->renewals)}, {fact::limit, std::to_string(rule.renewals)}})))
        return gate.refusal();
    {
        Query q(db,
                "SELECT count(*) FROM holds WHERE record_id = ? AND reader <> ? "
                "AND status IN ('pending', 'in_transit', 'ready') AND status = 'pending'");
        q.bind(1, item->recordId).bind(2, reader->card);
        const auto waiting = q.step() ? q.getInt(0) : 0;
        if (waiting > 0
            && gate.refuses(refuse(Reason::HoldsWaiting,
                                   std::to_string(waiting) + " other reader(s) are waiting for this title",
                                   {{fact::count, std::to_string(waiting)}})))
            return gate.refusal();
    }
    RenewReceipt receipt;
    receipt.previousDue = loan->due;
    const Date renewed = m_store.calendar().nextOpenDay(library->code, today.plusDays(rule.renewalDays));
    loan->due = std::max(loan->due, renewed);
    if (occasion.facts) {
        if (auto due = Date::fromIso(occasion.facts->text("due").value_or("")))
            loan->due = *due;
    }
    loan->renewals += 1;
    Query q(db, "UPDATE loans SET due = ?, renewals = ? WHERE id = ?");
    q.bind(1, loan->due.toIso()).bind(2, loan->renewals).bind(3, loan->id).run();
    if (!occasion.factMode())
        m_store.record("renew",
                       JsonWriter()
                           .add("card", reader->card)
                           .add("barcode", item->barcode)
                           .add("at", library->code)
                           .add("renewed_at", now)
                           .add("due", loan->due.toIso())
                           .add("loan_id", loan->id)
                           .str());
    tx.commit();
    receipt.exceptions = gate.takeNoted();
    receipt.loan = *loan;
    return receipt;
}

} // namespace ils
