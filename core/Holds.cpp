// Holds: placed per title, trapped at check-in (Lending.cpp), cancelled or expired here.
#include "CirculationDetail.h"

#include "CatalogueStore.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "ReaderStore.h"
#include "RuleStore.h"
#include "Settings.h"

namespace ils {

using namespace detail;

Result<HoldReceipt> Circulation::placeHold(std::string_view card,
                                           std::string_view barcode,
                                           std::string_view pickup,
                                           const Occasion& occasion)
{
    Database& db = m_store.db();
    Transaction tx(db);
    RuleGate gate(occasion);
    const auto library = m_store.libraries().find(pickup);
    if (!library)
        return refuse(Reason::LibraryUnknown, "pickup library " + std::string(pickup) + " does not exist");
    const auto reader = m_store.readers().find(card);
    if (!reader)
        return refuse(Reason::ReaderUnknown, "no reader with card " + std::string(card));
    const Timestamp now = when(m_store, occasion);
    if (gate.refuses(readerStanding(*reader, Date::localDay(now, m_store.settings().utcOffsetMinutes()))))
        return gate.refusal();
    const auto item = m_store.catalogue().findItem(barcode);
    if (!item)
        return refuse(Reason::ItemUnknown, "no item with barcode " + std::string(barcode));
    const Rule rule = m_store.rules().lookup(reader->type, item->type, library->level);
    if (!rule.holdsAllowed
        && gate.refuses(refuse(Reason::HoldsNotAllowed,
                               "items of type " + item->type + " cannot be reserved",
                               {{fact::itemType, item->type}})))
        return gate.refusal();
    {
        // Two holds of one reader on one title help nobody: refused even in fact mode.
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
        if (q.step()
            && gate.refuses(refuse(Reason::ItemAlreadyOnLoanToReader,
                                   "this reader already has a copy on loan: " + q.getText(0),
                                   {{fact::barcode, q.getText(0)}})))
            return gate.refusal();
    }
    const auto holds = countOf(
        db, "SELECT count(*) FROM holds WHERE reader = ? AND status IN ('pending', 'in_transit', 'ready')", card);
    if (holds >= rule.maxHolds
        && gate.refuses(refuse(Reason::TooManyHolds,
                               "has " + std::to_string(holds) + " holds, the limit is " + std::to_string(rule.maxHolds),
                               {{fact::count, std::to_string(holds)}, {fact::limit, std::to_string(rule.maxHolds)}})))
        return gate.refusal();

    HoldReceipt receipt;
    Hold& hold = receipt.hold;
    hold.id = newId(m_store, "holds", occasion, "hold_id");
    hold.recordId = item->recordId;
    hold.reader = reader->card;
    hold.pickupLibrary = library->code;
    hold.placedAt = now;
    Query q(db, "INSERT INTO holds(id, record_id, reader, pickup, placed_at, status) VALUES(?, ?, ?, ?, ?, 'pending')");
    q.bind(1, hold.id)
        .bind(2, hold.recordId)
        .bind(3, hold.reader)
        .bind(4, hold.pickupLibrary)
        .bind(5, hold.placedAt)
        .run();
    receipt.queuePosition = static_cast<int>(holdQueue(hold.recordId).size());
    if (!occasion.factMode())
        m_store.record("hold.place",
                       JsonWriter()
                           .add("card", reader->card)
                           .add("barcode", item->barcode)
                           .add("pickup", library->code)
                           .add("placed_at", hold.placedAt)
                           .add("hold_id", hold.id)
                           .str());
    tx.commit();
    receipt.exceptions = gate.takeNoted();
    if (auto record = m_store.catalogue().findRecord(item->recordId))
        receipt.title = record->title;
    return receipt;
}

Result<Hold> Circulation::cancelHold(std::int64_t holdId, const Occasion& occasion)
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
    if (!occasion.factMode())
        m_store.record("hold.cancel", JsonWriter().add("card", hold.reader).add("hold_id", hold.id).str());
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
                    + " FROM holds WHERE pickup = ? AND status IN ('pending', 'in_transit', 'ready') "
                      "AND status = 'ready' AND ready_until < ? ORDER BY ready_until, id");
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
                           .add("hold_id", hold.id)
                           .add("barcode", hold.item.value_or(""))
                           .add("at", std::string(at))
                           .str());
    }
    tx.commit();
    return expired;
}

Result<Hold> Circulation::expireHold(std::int64_t holdId, const Occasion&)
{
    Database& db = m_store.db();
    Transaction tx(db);
    Query find(db, std::string("SELECT ") + holdColumns + " FROM holds WHERE id = ?");
    find.bind(1, holdId);
    if (!find.step())
        return refuse(Reason::HoldUnknown, "no hold with id " + std::to_string(holdId));
    Hold hold = readHold(find);
    if (hold.status != HoldStatus::Ready)
        return refuse(Reason::HoldUnknown,
                      "hold " + std::to_string(holdId) + " is " + std::string(toString(hold.status)) + ", not ready");
    Query q(db, "UPDATE holds SET status = 'expired' WHERE id = ?");
    q.bind(1, holdId).run();
    tx.commit();
    hold.status = HoldStatus::Expired;
    return hold;
}

} // namespace ils
