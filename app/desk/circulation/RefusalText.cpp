#include "RefusalText.h"

namespace {

RefusalText::Text readerReason(ils::Reason reason)
{
    using ils::Reason;
    switch (reason) {
    case Reason::ReaderUnknown:
        return {RefusalText::tr("There is no reader with this card."),
                RefusalText::tr("Check the number on the card; a new reader registers with F8.")};
    case Reason::ReaderBlocked:
        return {RefusalText::tr("The reader is blocked."),
                RefusalText::tr("Ask the reader to have the block lifted at the central library.")};
    case Reason::ReaderCardLost:
        return {RefusalText::tr("This card has been reported lost."),
                RefusalText::tr(
                    "Keep the card and check who is using it; the owner gets a new card at their home library.")};
    case Reason::ReaderExpired:
        return {RefusalText::tr("The reader's card has expired."),
                RefusalText::tr("Ask the reader to renew the card at their home library, with their ID card.")};
    case Reason::TooManyLoans:
        return {RefusalText::tr("The reader has reached the loan limit."),
                RefusalText::tr("Lend no more now; the reader can borrow again after returning some items.")};
    case Reason::OwesTooMuch:
        return {RefusalText::tr("The reader owes too much in fines."),
                RefusalText::tr("Take a payment (F6) first, then lend again.")};
    default:
        return {};
    }
}

RefusalText::Text itemReason(ils::Reason reason)
{
    using ils::Reason;
    switch (reason) {
    case Reason::ItemUnknown:
        return {RefusalText::tr("There is no item with this barcode."),
                RefusalText::tr("Put the item aside for the cataloguer; do not lend it.")};
    case Reason::ItemNotLoanable:
        return {RefusalText::tr("Items of this type are not lent here."),
                RefusalText::tr("It is for reading in the library only; put it back.")};
    case Reason::ItemNotAvailable:
        return {RefusalText::tr("The item is not available for loan (lost, withdrawn, in processing or in transit)."),
                RefusalText::tr("Press F12, scan the item to check it in, then scan the reader's card again.")};
    case Reason::ItemAlreadyOnLoan:
        return {RefusalText::tr("The item is on loan to another reader."),
                RefusalText::tr("Press F12, scan the item to check it in, then scan the reader's card again.")};
    case Reason::ItemAlreadyOnLoanToReader:
        return {RefusalText::tr("The reader already has this item on loan."),
                RefusalText::tr("Nothing to do; to extend the loan, renew it (F3).")};
    case Reason::ItemOnHoldForOther:
        return {RefusalText::tr("The item is waiting on the hold shelf for another reader."),
                RefusalText::tr("Do not lend it; put it back on the hold shelf.")};
    case Reason::ItemNotOnLoan:
        return {RefusalText::tr("The item is not on loan."),
                RefusalText::tr("Nothing to renew; if it was on the desk, reshelve it.")};
    case Reason::RenewalLimitReached:
        return {RefusalText::tr("The loan cannot be renewed again."),
                RefusalText::tr("The item must be returned; the reader may borrow it again afterwards.")};
    case Reason::HoldsWaiting:
        return {RefusalText::tr("Other readers are waiting for this title."),
                RefusalText::tr("It cannot be renewed; ask the reader to return it by the due date.")};
    default:
        return {};
    }
}

// Items out of circulation at check-in and at checkout (the circ part of issue 9): they are not
// checked in to be lent, so the instruction never sends staff to F12.
RefusalText::Text stockReason(ils::Reason reason)
{
    using ils::Reason;
    switch (reason) {
    case Reason::ItemInProcessing:
        return {RefusalText::tr("The item is not catalogued yet; it cannot be lent."),
                RefusalText::tr("Do not lend it and do not shelve it: give it to the cataloguers.")};
    case Reason::LostChargeUndecided:
        return {RefusalText::tr("The item was registered as lost and has been found."),
                RefusalText::tr("Decide whether to refund the lost-item charge, then scan the item again.")};
    default:
        return {};
    }
}

RefusalText::Text otherReason(ils::Reason reason)
{
    using ils::Reason;
    switch (reason) {
    case Reason::LibraryUnknown:
        return {RefusalText::tr("This desk's library is not known to the system."),
                RefusalText::tr("Call the central library to check this desk's setup.")};
    case Reason::HoldsNotAllowed:
        return {RefusalText::tr("Items of this type cannot be reserved."),
                RefusalText::tr("Tell the reader; nothing else to do.")};
    case Reason::TooManyHolds:
        return {RefusalText::tr("The reader has reached the hold limit."),
                RefusalText::tr("A new hold is possible once one is collected or cancelled.")};
    case Reason::HoldAlreadyPlaced:
        return {RefusalText::tr("The reader already has a hold on this title."),
                RefusalText::tr("Nothing to do; the reader is already in the queue.")};
    case Reason::HoldUnknown:
        return {RefusalText::tr("There is no such open hold."),
                RefusalText::tr("Scan the reader's card again to see the holds.")};
    case Reason::FeeUnknown:
        return {RefusalText::tr("There is no such fee."),
                RefusalText::tr("Scan the reader's card again to see the fees.")};
    case Reason::AmountInvalid:
        return {RefusalText::tr("The amount is not valid."),
                RefusalText::tr("Type yuan with at most two decimals, e.g. 2 or 2.50, and no more than is owed.")};
    case Reason::InvalidInput:
        return {RefusalText::tr("What was typed is not valid."), RefusalText::tr("Check it and try again.")};
    case Reason::RangeFull:
        return {RefusalText::tr("This library has used up its numbers."),
                RefusalText::tr("Call the central library for a new range of numbers.")};
    case Reason::NoRange:
        return {RefusalText::tr("This library has no range of numbers for this."),
                RefusalText::tr("Call the central library to assign one.")};
    default:
        // The outcomes of replaying a node's operations at the central (docs/SYNC.md): a desk
        // does not meet them, but must never show an empty message if one ever arrives.
        return {RefusalText::tr("The central library recorded a conflict for this operation."),
                RefusalText::tr("Tell the central library; it is in the exceptions report.")};
    }
}

RefusalText::Text scanText(ScanKind kind)
{
    switch (kind) {
    case ScanKind::UnregisteredResidentId:
        return {RefusalText::tr("No reader is registered with this ID number."),
                RefusalText::tr("Register the reader with F8.")};
    case ScanKind::NotOfNetwork:
        return {RefusalText::tr("This code is not one of our county's cards or barcodes."),
                RefusalText::tr("It may be an ISBN or another library's code: scan the library's own barcode label.")};
    default:
        return {RefusalText::tr("This is not a card or a barcode."),
                RefusalText::tr("Scan again, or type the number and press Enter.")};
    }
}

} // namespace

RefusalText::Text RefusalText::forReason(ils::Reason reason)
{
    if (auto text = readerReason(reason); !text.what.isEmpty())
        return text;
    if (auto text = itemReason(reason); !text.what.isEmpty())
        return text;
    if (auto text = stockReason(reason); !text.what.isEmpty())
        return text;
    return otherReason(reason);
}

RefusalText::Text RefusalText::forProblem(const Problem& problem)
{
    switch (problem.source) {
    case Problem::Source::Engine:
        return forReason(problem.reason);
    case Problem::Source::Scan:
        return scanText(problem.scan);
    case Problem::Source::NoReader:
        return {tr("No reader is loaded."), tr("Scan the reader's card first.")};
    case Problem::Source::NothingToRenew:
        return {tr("The reader has nothing on loan."), tr("Nothing to renew.")};
    case Problem::Source::NotPermitted:
        return {tr("Your account may not do this at the desk."),
                tr("Cataloguer accounts look readers up only. Ask a colleague with a circulation account, or log "
                   "out (Ctrl+L) and log in with one.")};
    case Problem::Source::PrintFailed:
        return {tr("The page could not be printed or saved."),
                tr("Check the printer and that the disk is not full, then press the key again.")};
    }
    return {};
}

QString RefusalText::actionFailed(Problem::Action action)
{
    switch (action) {
    case Problem::Action::Scan:
        return tr("Scan not accepted");
    case Problem::Action::LoadReader:
        return tr("This reader cannot borrow now");
    case Problem::Action::Checkout:
        return tr("Checkout refused");
    case Problem::Action::Checkin:
        return tr("Return refused");
    case Problem::Action::Renew:
        return tr("Renewal refused");
    case Problem::Action::Hold:
        return tr("Hold refused");
    case Problem::Action::Pay:
        return tr("Payment refused");
    case Problem::Action::Waive:
        return tr("Waiver refused");
    case Problem::Action::Register:
        return tr("Registration refused");
    case Problem::Action::Print:
        return tr("Not printed");
    }
    return {};
}
