#pragma once

#include <functional>
#include <map>
#include <optional>
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
std::optional<Reason> reasonFromCode(std::string_view code); // none for a code this program does not know

// The specifics of a refusal as data, so that each screen says them in its own language (the
// desk's RefusalText, ilsctl's Reasons) and the exceptions report keeps them (docs/SYNC.md).
// Keys are the names in namespace fact; values are codes, ISO dates, UTC instants
// (formatUtc) or decimal integers, never sentences, except `text`, which is typed by staff.
using RefusalFacts = std::map<std::string, std::string, std::less<>>;

namespace fact {
inline constexpr const char* status = "status"; // an item's status code ("lost", "processing")
inline constexpr const char* date = "date"; // ISO date: a card's expiry, a loan's due date, a hold's last day
inline constexpr const char* count = "count"; // how many: loans held, renewals, readers waiting, fen owed
inline constexpr const char* limit = "limit"; // the limit `count` is measured against
inline constexpr const char* text = "text"; // words staff typed (a block reason): shown as typed
inline constexpr const char* card = "card"; // a reader's card
inline constexpr const char* otherCard = "other_card"; // the other reader: a hold's, an earlier loan's
inline constexpr const char* barcode = "barcode"; // an item's barcode
inline constexpr const char* itemType = "item_type"; // an item type code
inline constexpr const char* readerType = "reader_type"; // a reader type code
inline constexpr const char* library = "library"; // a library code
inline constexpr const char* at = "at"; // a UTC instant (formatUtc): when it happened
inline constexpr const char* otherAt = "other_at"; // a second instant: the other loan's start
inline constexpr const char* routing = "routing"; // a routing action code, as the desk told it
inline constexpr const char* otherRouting = "other_routing"; // the routing the central found
inline constexpr const char* destination = "destination"; // the library of `routing`
inline constexpr const char* otherDestination = "other_destination"; // the library of `other_routing`
inline constexpr const char* fee = "fee"; // a fee's id
inline constexpr const char* record = "record"; // a catalogue record's id
inline constexpr const char* field = "field"; // a record's field ("title", "author"…)
inline constexpr const char* value = "value"; // a field's value as sent: user data, shown as typed
inline constexpr const char* otherValue = "other_value"; // the value kept instead
} // namespace fact

struct Refusal
{
    Reason reason;
    std::string detail; // specifics in English, for logs and ilsctl's --lang en
    RefusalFacts facts = {}; // the same specifics as data: what the screens word
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

inline Refusal refuse(Reason reason, std::string detail = {}, RefusalFacts facts = {})
{
    return Refusal {reason, std::move(detail), std::move(facts)};
}

// The facts as a flat JSON object of strings (the exceptions table keeps them so) and back;
// text that is not such an object gives no facts.
std::string factsJson(const RefusalFacts& facts);
RefusalFacts factsFromJson(std::string_view json);

} // namespace ils
