// Check-in of copies that are not in circulation: a lost copy that comes back (its charge is
// refunded or kept as the county sets), and copies in processing or withdrawn, which keep
// their status. Each such check-in leaves a line in the copy's history (item_events).
#include "CheckinStates.h"

#include "Ids.h"
#include "LocalStore.h"
#include "ReaderStore.h"
#include "Settings.h"

#include <charconv>
#include <map>

namespace ils {

using namespace detail;

std::string_view toString(LostChargeDecision decision)
{
    switch (decision) {
    case LostChargeDecision::None:
        return "none";
    case LostChargeDecision::Refund:
        return "refund";
    case LostChargeDecision::Keep:
        return "keep";
    }
    return "?";
}

std::optional<LostChargeDecision> lostChargeDecisionFromString(std::string_view text)
{
    for (auto decision : {LostChargeDecision::None, LostChargeDecision::Refund, LostChargeDecision::Keep})
        if (toString(decision) == text)
            return decision;
    return std::nullopt;
}

std::vector<Fee> Circulation::lostCharges(std::string_view barcode) const
{
    std::vector<Fee> out;
    // Not cancelled: something is still owed, or was paid and kept.
    Query q(m_store.db(),
            std::string("SELECT ") + feeColumns
                + " FROM fees WHERE item = ? AND kind = 'lost' AND amount_fen > waived_fen ORDER BY created_at, id");
    q.bind(1, barcode);
    while (q.step())
        out.push_back(readFee(q));
    return out;
}

std::vector<ItemEvent> Circulation::itemHistory(std::string_view barcode) const
{
    std::vector<ItemEvent> out;
    Query q(m_store.db(),
            "SELECT id, item, kind, at, library, operator, detail FROM item_events WHERE item = ? ORDER BY at, id");
    q.bind(1, barcode);
    while (q.step())
        out.push_back({q.getInt(0), q.getText(1), q.getText(2), q.getInt(3), q.getText(4), q.getText(5), q.getText(6)});
    return out;
}

namespace detail {

namespace {

// "fee:refund:event;…" — the refunds a node made for a found copy, and the fee events it wrote.
std::map<std::int64_t, std::int64_t> eventIdsOf(std::string_view text)
{
    std::map<std::int64_t, std::int64_t> events;
    while (!text.empty()) {
        const auto end = text.find(';');
        const auto piece = text.substr(0, end);
        const auto first = piece.find(':');
        const auto last = piece.rfind(':');
        std::int64_t fee = 0;
        std::int64_t event = 0;
        if (first != std::string_view::npos && last != first) {
            std::from_chars(piece.data(), piece.data() + first, fee);
            std::from_chars(piece.data() + last + 1, piece.data() + piece.size(), event);
            if (fee > 0 && event > 0)
                events[fee] = event;
        }
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return events;
}

} // namespace

Result<LostChargeDecision> decideLostCharge(LocalStore& store,
                                            const std::vector<Fee>& charges,
                                            const Occasion& occasion,
                                            const CheckinChoices& choices)
{
    if (charges.empty())
        return LostChargeDecision::None;
    if (occasion.facts) {
        // What the node did is what happened: its desk handed the money back, or not. A node that
        // did not know of the charge handed nothing back.
        const auto told = lostChargeDecisionFromString(occasion.facts->text("lost_charge").value_or(""));
        return told == LostChargeDecision::Refund ? LostChargeDecision::Refund : LostChargeDecision::Keep;
    }
    const std::string setting = store.settings().lostCharge();
    if (setting == "refund")
        return LostChargeDecision::Refund;
    if (setting == "keep")
        return LostChargeDecision::Keep;
    if (choices.lostCharge && *choices.lostCharge != LostChargeDecision::None)
        return *choices.lostCharge;
    std::int64_t total = 0;
    for (const Fee& fee : charges)
        total += fee.amountFen - fee.waivedFen;
    return refuse(Reason::LostChargeUndecided,
                  "the copy was lost and charged " + std::to_string(total)
                      + " fen; the county asks at each return whether to refund the charge");
}

FoundLost settleLostCharges(LocalStore& store,
                            const std::vector<Fee>& charges,
                            LostChargeDecision decision,
                            const Occasion& occasion,
                            std::string& refunds)
{
    FoundLost found;
    found.decision = decision;
    if (!charges.empty()) {
        found.reader = charges.front().reader;
        if (auto reader = store.readers().find(found.reader))
            found.readerName = reader->name;
    }
    if (decision == LostChargeDecision::Keep) {
        for (const Fee& fee : charges)
            found.keptFen += fee.amountFen - fee.waivedFen;
        return found;
    }
    if (decision != LostChargeDecision::Refund)
        return found;
    Database& db = store.db();
    const auto nodeEvents = occasion.facts ? eventIdsOf(occasion.facts->text("lost_fees").value_or(""))
                                           : std::map<std::int64_t, std::int64_t>();
    const Timestamp now = when(store, occasion);
    for (const Fee& fee : charges) {
        // The whole charge is cancelled: what was owed is waived, what was paid goes back.
        found.refundFen += fee.paidFen;
        found.cancelledFen += fee.outstandingFen();
        Query update(db, "UPDATE fees SET paid_fen = 0, waived_fen = amount_fen WHERE id = ?");
        update.bind(1, fee.id).run();
        const auto known = nodeEvents.find(fee.id);
        const std::int64_t eventId =
            known != nodeEvents.end() ? known->second : nextId(db, "fee_events", store.settings().nodeNumber());
        Query event(db,
                    "INSERT INTO fee_events(id, fee_id, kind, amount_fen, at, operator, note) "
                    "VALUES(?, ?, 'refund', ?, ?, ?, 'found')");
        event.bind(1, eventId).bind(2, fee.id).bind(3, fee.paidFen).bind(4, now).bind(5, store.operatorName()).run();
        refunds += (refunds.empty() ? "" : ";") + std::to_string(fee.id) + ":" + std::to_string(fee.paidFen) + ":"
            + std::to_string(eventId);
    }
    return found;
}

std::int64_t recordItemEvent(LocalStore& store,
                             const Occasion& occasion,
                             std::string_view barcode,
                             std::string_view kind,
                             std::string_view library,
                             std::string_view detail)
{
    const auto id = newId(store, "item_events", occasion, "item_event_id");
    Query q(store.db(),
            "INSERT INTO item_events(id, item, kind, at, library, operator, detail) VALUES(?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, id)
        .bind(2, barcode)
        .bind(3, kind)
        .bind(4, when(store, occasion))
        .bind(5, library)
        .bind(6, store.operatorName())
        .bind(7, std::string(detail)) // an empty view would bind NULL
        .run();
    return id;
}

} // namespace detail

} // namespace ils
