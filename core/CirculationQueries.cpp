// The read side of circulation, for the desk and the CLI.
#include "CirculationDetail.h"

#include "LocalStore.h"

namespace ils {

using namespace detail;

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
    case RoutingAction::ToCataloguing:
        return "to_cataloguing";
    case RoutingAction::KeepWithdrawn:
        return "keep_withdrawn";
    }
    return "?";
}

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

} // namespace ils
