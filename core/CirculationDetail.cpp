#include "CirculationDetail.h"

#include "Ids.h"
#include "LocalStore.h"
#include "Settings.h"

namespace ils::detail {

const char* const loanColumns = "id, item, reader, library, out_at, due, renewals, returned_at, return_library";
const char* const holdColumns = "id, record_id, reader, pickup, placed_at, status, item, ready_until";
const char* const feeColumns = "id, reader, item, kind, amount_fen, paid_fen, waived_fen, created_at, note";

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

std::int64_t countOf(Database& db, const char* sql, std::string_view key)
{
    Query q(db, sql);
    q.bind(1, key);
    return q.step() ? q.getInt(0) : 0;
}

std::optional<Refusal> readerStanding(const Reader& reader, Date today)
{
    switch (reader.status) {
    case ReaderStatus::CardLost:
        return refuse(Reason::ReaderCardLost, "card " + reader.card + " is reported lost", {{fact::card, reader.card}});
    case ReaderStatus::Blocked:
        return refuse(Reason::ReaderBlocked,
                      reader.blockReason.empty() ? "reader " + reader.card + " is blocked"
                                                 : "reader " + reader.card + " is blocked: " + reader.blockReason,
                      {{fact::card, reader.card}, {fact::text, reader.blockReason}});
    case ReaderStatus::Expired:
        return refuse(Reason::ReaderExpired,
                      "card " + reader.card + " expired on " + reader.expiry.toIso(),
                      {{fact::card, reader.card}, {fact::date, reader.expiry.toIso()}});
    case ReaderStatus::Active:
        break;
    }
    if (reader.expiry < today)
        return refuse(Reason::ReaderExpired,
                      "card " + reader.card + " expired on " + reader.expiry.toIso(),
                      {{fact::card, reader.card}, {fact::date, reader.expiry.toIso()}});
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
    // The IN (…) lets SQLite use the partial index of open holds.
    Query q(db,
            std::string("SELECT ") + holdColumns
                + " FROM holds WHERE record_id = ? AND status IN ('pending', 'in_transit', 'ready') "
                  "AND status = 'pending' ORDER BY placed_at, id LIMIT 1");
    q.bind(1, recordId);
    if (q.step())
        return readHold(q);
    return std::nullopt;
}

Timestamp when(LocalStore& store, const Occasion& occasion)
{
    return occasion.at.value_or(store.clock().now());
}

std::int64_t newId(LocalStore& store, const char* table, const Occasion& occasion, std::string_view factKey)
{
    if (occasion.facts) {
        if (auto id = occasion.facts->number(factKey))
            return *id;
    }
    return nextId(store.db(), table, store.settings().nodeNumber());
}

} // namespace ils::detail
