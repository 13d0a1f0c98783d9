// Fees: overdue fines are charged at check-in (Lending.cpp); payments and waivers here.
#include "CirculationDetail.h"

#include "Ids.h"
#include "LocalStore.h"
#include "Money.h"
#include "ReaderStore.h"
#include "Settings.h"

#include <charconv>

namespace ils {

using namespace detail;

namespace {

struct SplitPart
{
    std::int64_t feeId = 0;
    std::int64_t amountFen = 0;
    std::int64_t eventId = 0;
};

// "fee:amount:event;…" — how a node spread a payment over the reader's fees.
std::optional<std::vector<SplitPart>> parseSplit(std::string_view text)
{
    std::vector<SplitPart> parts;
    while (!text.empty()) {
        const auto end = text.find(';');
        const auto piece = text.substr(0, end);
        SplitPart part;
        std::int64_t* fields[] = {&part.feeId, &part.amountFen, &part.eventId};
        std::size_t pos = 0;
        for (int i = 0; i < 3; ++i) {
            const auto stop = i < 2 ? piece.find(':', pos) : piece.size();
            if (stop == std::string_view::npos)
                return std::nullopt;
            auto [ptr, ec] = std::from_chars(piece.data() + pos, piece.data() + stop, *fields[i]);
            if (ec != std::errc() || ptr != piece.data() + stop)
                return std::nullopt;
            pos = stop + 1;
        }
        parts.push_back(part);
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return parts;
}

std::optional<Fee> findFee(Database& db, std::int64_t id)
{
    Query q(db, std::string("SELECT ") + feeColumns + " FROM fees WHERE id = ?");
    q.bind(1, id);
    if (q.step())
        return readFee(q);
    return std::nullopt;
}

} // namespace

Result<FeeReceipt> Circulation::pay(std::string_view card, std::int64_t amountFen, const Occasion& occasion)
{
    Database& db = m_store.db();
    Transaction tx(db);
    if (!m_store.readers().exists(card))
        return refuse(Reason::ReaderUnknown, "no reader with card " + std::string(card));
    if (amountFen <= 0)
        return refuse(Reason::AmountInvalid, "a payment must be more than 0");
    FeeReceipt receipt;
    const Timestamp now = when(m_store, occasion);
    std::vector<SplitPart> split;
    if (occasion.facts) {
        // The money was taken for these fees at the node: apply the same split.
        auto parsed = parseSplit(occasion.facts->text("split").value_or(""));
        if (!parsed)
            return refuse(Reason::MalformedPayload, "the payment's split is not fee:amount:event;…");
        split = *parsed;
    } else {
        const auto owed = owedFen(card);
        if (amountFen > owed)
            return refuse(Reason::AmountInvalid,
                          "pays " + formatYuan(amountFen) + " yuan but owes only " + formatYuan(owed));
        std::int64_t left = amountFen;
        for (const Fee& fee : openFees(card)) { // oldest first
            if (left == 0)
                break;
            const auto part = std::min(left, fee.outstandingFen());
            left -= part;
            split.push_back({fee.id, part, 0});
        }
    }
    std::string splitText;
    for (auto& part : split) {
        auto fee = findFee(db, part.feeId);
        if (!fee || fee->reader != card) {
            receipt.exceptions.push_back(
                refuse(Reason::FeeUnknown,
                       "payment of " + formatYuan(part.amountFen) + " yuan for fee " + std::to_string(part.feeId)
                           + " that the central does not know",
                       {{fact::fee, std::to_string(part.feeId)}, {fact::count, std::to_string(part.amountFen)}}));
            continue;
        }
        const auto applied = std::min(part.amountFen, fee->outstandingFen());
        if (applied < part.amountFen)
            receipt.exceptions.push_back(refuse(
                Reason::AmountInvalid,
                "fee " + std::to_string(fee->id) + " was already settled; " + formatYuan(part.amountFen - applied)
                    + " yuan paid too much",
                {{fact::fee, std::to_string(fee->id)}, {fact::count, std::to_string(part.amountFen - applied)}}));
        fee->paidFen += applied;
        Query update(db, "UPDATE fees SET paid_fen = ? WHERE id = ?");
        update.bind(1, fee->paidFen).bind(2, fee->id).run();
        if (part.eventId == 0)
            part.eventId = nextId(db, "fee_events", m_store.settings().nodeNumber());
        Query event(db,
                    "INSERT INTO fee_events(id, fee_id, kind, amount_fen, at, operator) VALUES(?, ?, 'pay', ?, ?, ?)");
        event.bind(1, part.eventId)
            .bind(2, fee->id)
            .bind(3, part.amountFen)
            .bind(4, now)
            .bind(5, m_store.operatorName());
        event.run();
        splitText += (splitText.empty() ? "" : ";") + std::to_string(fee->id) + ":" + std::to_string(part.amountFen)
            + ":" + std::to_string(part.eventId);
        receipt.fees.push_back(*fee);
    }
    receipt.appliedFen = amountFen;
    if (!occasion.factMode())
        m_store.record("fee.pay",
                       JsonWriter()
                           .add("card", std::string(card))
                           .add("amount_fen", amountFen)
                           .add("paid_at", now)
                           .add("split", splitText)
                           .str());
    tx.commit();
    return receipt;
}

Result<FeeReceipt>
Circulation::waive(std::int64_t feeId, std::int64_t amountFen, std::string_view reason, const Occasion& occasion)
{
    Database& db = m_store.db();
    Transaction tx(db);
    RuleGate gate(occasion);
    auto fee = findFee(db, feeId);
    if (!fee)
        return refuse(Reason::FeeUnknown, "no fee with id " + std::to_string(feeId));
    if (reason.empty())
        return refuse(Reason::InvalidInput, "a waiver needs a reason");
    if (amountFen <= 0)
        return refuse(Reason::AmountInvalid, "a waiver must be more than 0");
    if (amountFen > fee->outstandingFen()
        && gate.refuses(
            refuse(Reason::AmountInvalid,
                   "can waive between 0.01 and " + formatYuan(fee->outstandingFen()) + " yuan of this fee")))
        return gate.refusal();
    const auto waived = std::min(amountFen, fee->outstandingFen());
    fee->waivedFen += waived;
    Query update(db, "UPDATE fees SET waived_fen = ? WHERE id = ?");
    update.bind(1, fee->waivedFen).bind(2, fee->id).run();
    const auto eventId = newId(m_store, "fee_events", occasion, "event_id");
    Query event(db,
                "INSERT INTO fee_events(id, fee_id, kind, amount_fen, at, operator, note) "
                "VALUES(?, ?, 'waive', ?, ?, ?, ?)");
    event.bind(1, eventId)
        .bind(2, fee->id)
        .bind(3, waived)
        .bind(4, when(m_store, occasion))
        .bind(5, m_store.operatorName())
        .bind(6, reason)
        .run();
    if (!occasion.factMode())
        m_store.record("fee.waive",
                       JsonWriter()
                           .add("card", fee->reader)
                           .add("fee_id", fee->id)
                           .add("event_id", eventId)
                           .add("amount_fen", amountFen)
                           .add("reason", reason)
                           .str());
    tx.commit();
    FeeReceipt receipt {gate.takeNoted(), {*fee}, waived};
    return receipt;
}

} // namespace ils
