#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace ils {

// Why the engine said no. Every refusal a person can meet has its own code, so the desk
// can explain it and the sync layer can report it.
enum class Reason
{
    LibraryUnknown,
    ReaderUnknown,
    ReaderBlocked,
    ReaderCardLost,
    ReaderExpired,
    TooManyLoans,
    OwesTooMuch,
    ItemUnknown,
    ItemNotLoanable, // the rules lend nothing of this type here (reference copies)
    ItemNotAvailable, // lost, withdrawn, in processing or in transit
    ItemAlreadyOnLoan,
    ItemAlreadyOnLoanToReader,
    ItemOnHoldForOther,
    ItemNotOnLoan,
    RenewalLimitReached,
    HoldsWaiting,
    HoldsNotAllowed,
    TooManyHolds,
    HoldAlreadyPlaced,
    HoldUnknown,
    FeeUnknown,
    AmountInvalid,
    InvalidInput,
    RangeFull,
    NoRange,
    // Outcomes of applying a node's operations at the central (docs/SYNC.md).
    ItemLentTwice,
    ReturnedBeforeLent,
    LoanAlreadyClosed,
    CheckinOutOfOrder,
    RoutingChanged,
    ConcurrentEdit,
    NotAuthorised,
    UnknownOperation,
    MalformedPayload,
    // Staff accounts (StaffAccounts.h).
    StaffUnknown,
    StaffExists,
    LoginFailed, // unknown user or wrong password: the same answer, so names cannot be probed
    StaffLocked, // too many failed logins in a row; the detail says until when
    StaffInactive,
    // Check-in states (Lending.cpp).
    ItemInProcessing, // not catalogued yet: not lent, handed to the cataloguers
    LostChargeUndecided, // a lost copy came back and the county asks whether to refund its charge
};

// The last value of Reason, for code that walks them all (a new reason goes before it or
// moves it).
inline constexpr Reason lastReason = Reason::LostChargeUndecided;

std::string_view reasonCode(Reason reason); // stable snake_case code, e.g. "reader_blocked"

struct Refusal
{
    Reason reason;
    std::string detail; // specifics for the person: which limit, which date, which status
};

// An expected business outcome: a value, or the reason it could not be had.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Refusal refusal)
        : m_value(std::move(refusal))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<T>(m_value); }
    T& value() { return std::get<T>(m_value); }
    const T* operator->() const { return &value(); }
    const Refusal& refusal() const { return std::get<Refusal>(m_value); }

private:
    std::variant<T, Refusal> m_value;
};

inline Refusal refuse(Reason reason, std::string detail = {})
{
    return Refusal {reason, std::move(detail)};
}

} // namespace ils
