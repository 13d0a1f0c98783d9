#include "Result.h"

#include "Json.h"

namespace ils {

std::string_view reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::LibraryUnknown:
        return "library_unknown";
    case Reason::ReaderUnknown:
        return "reader_unknown";
    case Reason::ReaderBlocked:
        return "reader_blocked";
    case Reason::ReaderCardLost:
        return "reader_card_lost";
    case Reason::ReaderExpired:
        return "reader_expired";
    case Reason::TooManyLoans:
        return "too_many_loans";
    case Reason::OwesTooMuch:
        return "owes_too_much";
    case Reason::ItemUnknown:
        return "item_unknown";
    case Reason::ItemNotLoanable:
        return "item_not_loanable";
    case Reason::ItemNotAvailable:
        return "item_not_available";
    case Reason::ItemAlreadyOnLoan:
        return "item_already_on_loan";
    case Reason::ItemAlreadyOnLoanToReader:
        return "item_already_on_loan_to_reader";
    case Reason::ItemOnHoldForOther:
        return "item_on_hold_for_other";
    case Reason::ItemNotOnLoan:
        return "item_not_on_loan";
    case Reason::RenewalLimitReached:
        return "renewal_limit_reached";
    case Reason::HoldsWaiting:
        return "holds_waiting";
    case Reason::HoldsNotAllowed:
        return "holds_not_allowed";
    case Reason::TooManyHolds:
        return "too_many_holds";
    case Reason::HoldAlreadyPlaced:
        return "hold_already_placed";
    case Reason::HoldUnknown:
        return "hold_unknown";
    case Reason::FeeUnknown:
        return "fee_unknown";
    case Reason::AmountInvalid:
        return "amount_invalid";
    case Reason::InvalidInput:
        return "invalid_input";
    case Reason::RangeFull:
        return "range_full";
    case Reason::NoRange:
        return "no_range";
    case Reason::ItemLentTwice:
        return "item_lent_twice";
    case Reason::ReturnedBeforeLent:
        return "returned_before_lent";
    case Reason::LoanAlreadyClosed:
        return "loan_already_closed";
    case Reason::CheckinOutOfOrder:
        return "checkin_out_of_order";
    case Reason::RoutingChanged:
        return "routing_changed";
    case Reason::ConcurrentEdit:
        return "concurrent_edit";
    case Reason::NotAuthorised:
        return "not_authorised";
    case Reason::UnknownOperation:
        return "unknown_operation";
    case Reason::MalformedPayload:
        return "malformed_payload";
    case Reason::StaffUnknown:
        return "staff_unknown";
    case Reason::StaffExists:
        return "staff_exists";
    case Reason::LoginFailed:
        return "login_failed";
    case Reason::StaffLocked:
        return "staff_locked";
    case Reason::StaffInactive:
        return "staff_inactive";
    case Reason::ItemInProcessing:
        return "item_in_processing";
    case Reason::LostChargeUndecided:
        return "lost_charge_undecided";
    }
    return "unknown";
}

} // namespace ils

namespace ils {

std::optional<Reason> reasonFromCode(std::string_view code)
{
    for (int value = 0; value <= static_cast<int>(lastReason); ++value)
        if (reasonCode(static_cast<Reason>(value)) == code)
            return static_cast<Reason>(value);
    return std::nullopt;
}

std::string factsJson(const RefusalFacts& facts)
{
    JsonWriter json;
    for (const auto& [key, value] : facts)
        json.add(key, value);
    return json.str();
}

RefusalFacts factsFromJson(std::string_view json)
{
    RefusalFacts facts;
    const auto parsed = parseFlatJson(json);
    if (!parsed.value)
        return facts;
    for (const auto& [key, value] : parsed.value->strings)
        facts.emplace(key, value);
    for (const auto& [key, value] : parsed.value->numbers)
        facts.emplace(key, std::to_string(value));
    return facts;
}

} // namespace ils
