#pragma once

#include "Catalogue.h"
#include "Json.h"
#include "Loan.h"
#include "Reader.h"
#include "Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils {

class LocalStore;

// When and how strictly an operation happens. At a desk the rules decide and the clock gives
// the time. At the central, replaying what a node already did, the node's payload gives the
// time, the ids and what the reader was told (due date, fine): a rule the node broke becomes
// an exception in the receipt instead of a refusal, because the book has already left.
struct Occasion
{
    std::optional<Timestamp> at;
    const FlatJson* facts = nullptr;
    bool factMode() const { return facts != nullptr; }
};

struct CheckoutReceipt
{
    std::vector<Refusal> exceptions; // rules broken in fact mode
    Loan loan;
    Item item;
    std::string title;
    bool filledHold = false; // the reader collected their own hold
};

// What the librarian must do with a returned item.
enum class RoutingAction
{
    Reshelve, // put it back on the shelf here
    HoldShelf, // put it on the hold shelf here for `holdReader`
    SendToPickup, // send it to `library`, where `holdReader` will collect it
    SendHome, // send it to its owning `library`
    ToCataloguing, // not catalogued yet (processing): it stays in processing, for the cataloguers
    KeepWithdrawn, // withdrawn from stock: it stays withdrawn and off the shelf
};

std::string_view toString(RoutingAction action);

struct Routing
{
    RoutingAction action = RoutingAction::Reshelve;
    std::string library; // destination for SendToPickup / SendHome; here otherwise
    std::string holdReader; // card of the reader the hold is for
    std::string holdReaderName;
    std::optional<Date> readyUntil;
};

// What a check-in did with the charge for a lost copy that came back (Settings::lostCharge).
enum class LostChargeDecision
{
    None, // no charge was standing
    Refund, // the charge is cancelled; what was paid goes back to the reader
    Keep, // the charge stays as it is
};

std::string_view toString(LostChargeDecision decision);
std::optional<LostChargeDecision> lostChargeDecisionFromString(std::string_view text);

struct FoundLost
{
    LostChargeDecision decision = LostChargeDecision::None;
    std::string reader; // who was charged
    std::string readerName;
    std::int64_t refundFen = 0; // paid before, to hand back now (Refund)
    std::int64_t cancelledFen = 0; // owed and no longer owed (Refund)
    std::int64_t keptFen = 0; // the charge that stays (Keep)
};

// A line of an item's history (table item_events).
struct ItemEvent
{
    std::int64_t id = 0;
    std::string item;
    std::string kind; // found | returned_withdrawn | returned_processing
    Timestamp at = 0;
    std::string library;
    std::string operatorName;
    std::string detail; // for `found`: the charge decision, refund | keep | none
};

// What the person at the desk chose during a check-in; the county's settings apply otherwise.
struct CheckinChoices
{
    std::optional<LostChargeDecision> lostCharge; // Refund or Keep, when the county says "ask"
};

struct CheckinReceipt
{
    std::vector<Refusal> exceptions;
    Item item;
    std::string title;
    std::optional<Loan> loan; // the loan closed by this return, if it was on loan
    std::string borrowerName;
    std::int64_t fineFen = 0;
    std::int64_t feeId = 0; // the fine's fee, when there is one
    int overdueDays = 0;
    Routing routing;
    std::optional<FoundLost> foundLost; // the copy was registered as lost
};

struct RenewReceipt
{
    std::vector<Refusal> exceptions;
    Loan loan;
    Date previousDue;
};

struct HoldReceipt
{
    std::vector<Refusal> exceptions;
    Hold hold;
    std::string title;
    int queuePosition = 1;
};

struct FeeReceipt
{
    std::vector<Refusal> exceptions;
    std::vector<Fee> fees; // the fees touched, after the change
    std::int64_t appliedFen = 0;
};

struct NewReader
{
    std::string library;
    std::string name;
    std::string type = "adult";
    std::optional<std::string> idNumber;
    std::int64_t depositFen = 0;
};

struct NewItem
{
    std::string library;
    Record record; // used when recordId is 0 and no record has the ISBN
    std::int64_t recordId = 0;
    std::string type = "book";
    std::string callNumber;
};

// The circulation engine. Every operation checks the county's rules, changes the local
// store and appends its outbox entry in one transaction; a refusal changes nothing.
class Circulation
{
public:
    explicit Circulation(LocalStore& store)
        : m_store(store)
    {
    }

    Result<CheckoutReceipt>
    checkout(std::string_view card, std::string_view barcode, std::string_view at, const Occasion& occasion = {});
    // A lost copy comes back found; a copy in processing or withdrawn is routed to whoever
    // handles it and keeps its status. With the county's lost charge set to "ask", a desk must
    // say in `choices` whether to refund, or the check-in is refused (LostChargeUndecided).
    Result<CheckinReceipt> checkin(std::string_view barcode,
                                   std::string_view at,
                                   const Occasion& occasion = {},
                                   const CheckinChoices& choices = {});
    Result<RenewReceipt> renew(std::string_view barcode, std::string_view at, const Occasion& occasion = {});
    Result<HoldReceipt>
    placeHold(std::string_view card, std::string_view barcode, std::string_view pickup, const Occasion& occasion = {});
    Result<Hold> cancelHold(std::int64_t holdId, const Occasion& occasion = {});
    // Holds whose copy waited on this library's hold shelf past its date: they expire, and the
    // list tells the librarian which copies to take off the shelf and check in again.
    std::vector<Hold> expireHoldShelf(std::string_view at);
    Result<Hold> expireHold(std::int64_t holdId, const Occasion& occasion);
    Result<FeeReceipt> pay(std::string_view card, std::int64_t amountFen, const Occasion& occasion = {});
    Result<FeeReceipt>
    waive(std::int64_t feeId, std::int64_t amountFen, std::string_view reason, const Occasion& occasion = {});
    Result<Reader> registerReader(const NewReader& reader);
    Result<Reader>
    setReaderStatus(std::string_view card, ReaderStatus status, std::string_view reason, const Occasion& occasion = {});
    Result<Item> addItem(const NewItem& item);

    // Read side for the desk and the CLI.
    std::vector<Loan> openLoans(std::string_view card) const;
    std::optional<Loan> openLoanOfItem(std::string_view barcode) const;
    std::vector<Hold> openHolds(std::string_view card) const;
    std::vector<Hold> holdQueue(std::int64_t recordId) const;
    std::vector<Fee> openFees(std::string_view card) const;
    // The charges for a lost copy that are not cancelled: what a check-in of it may refund.
    std::vector<Fee> lostCharges(std::string_view barcode) const;
    std::vector<ItemEvent> itemHistory(std::string_view barcode) const;
    std::int64_t owedFen(std::string_view card) const;

private:
    LocalStore& m_store;
};

} // namespace ils
