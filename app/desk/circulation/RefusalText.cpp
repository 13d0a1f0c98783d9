#include "RefusalText.h"

#include "DeskTerms.h"

#include "Money.h"

#include <QDateTime>
#include <QStringList>

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
    case ScanKind::TooLong:
        return {RefusalText::tr("This scan is far too long to be a card or a barcode."),
                RefusalText::tr("Check that nothing presses the scanner's trigger, then scan the label once.")};
    case ScanKind::NotOfNetwork:
        return {RefusalText::tr("This code is not one of our county's cards or barcodes."),
                RefusalText::tr("It may be an ISBN or another library's code: scan the library's own barcode label.")};
    default:
        return {RefusalText::tr("This is not a card or a barcode."),
                RefusalText::tr("Scan again, or type the number and press Enter.")};
    }
}

QString fact(const ils::RefusalFacts& facts, const char* key)
{
    const auto found = facts.find(key);
    return found == facts.end() ? QString() : QString::fromStdString(found->second);
}

// A UTC instant from the facts (core's formatUtc), in this desk's local time.
QString localTime(const ils::RefusalFacts& facts, const char* key)
{
    const QString text = fact(facts, key);
    const QDateTime utc = QDateTime::fromString(text, Qt::ISODate);
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : text;
}

QString yuanOf(const QString& fen)
{
    return DeskTerms::yuan(fen.toLongLong());
}

QString routingName(const QString& code, const QString& library)
{
    if (code == QLatin1String("reshelve"))
        return RefusalText::tr("reshelve here");
    if (code == QLatin1String("hold_shelf"))
        return RefusalText::tr("hold shelf here");
    if (code == QLatin1String("send_to_pickup"))
        return RefusalText::tr("send to %1 for a hold").arg(library);
    if (code == QLatin1String("send_home"))
        return RefusalText::tr("send home to %1").arg(library);
    return code;
}

QString fieldName(const QString& code)
{
    if (code == QLatin1String("name"))
        return RefusalText::tr("the name");
    if (code == QLatin1String("id_number"))
        return RefusalText::tr("the ID number");
    if (code == QLatin1String("title"))
        return RefusalText::tr("the title");
    if (code == QLatin1String("author"))
        return RefusalText::tr("the author");
    if (code == QLatin1String("library_code"))
        return RefusalText::tr("the library's code (letters, digits, - or _; not one in use)");
    if (code == QLatin1String("library_name"))
        return RefusalText::tr("the library's name");
    if (code == QLatin1String("division_code"))
        return RefusalText::tr("the division code (6 digits)");
    if (code == QLatin1String("username"))
        return RefusalText::tr("the username (a-z, 0-9, . _ -)");
    if (code == QLatin1String("display_name"))
        return RefusalText::tr("the staff member's name");
    if (code == QLatin1String("database"))
        return RefusalText::tr("the database file: it exists already");
    return code; // another field of a record: its code
}

// The sentence for an item that cannot be lent, naming its exact state.
QString unavailableItem(const QString& status)
{
    if (status == QLatin1String("lost"))
        return RefusalText::tr("The item is recorded as lost.");
    if (status == QLatin1String("withdrawn"))
        return RefusalText::tr("The item has been withdrawn from the collection.");
    if (status == QLatin1String("processing"))
        return RefusalText::tr("The item is still being processed (not yet catalogued).");
    if (status == QLatin1String("in_transit"))
        return RefusalText::tr("The item is in transit between libraries.");
    return {};
}

// What is wrong with a typed amount (core's parseYuan), and where.
QString amountProblem(const ils::RefusalFacts& f)
{
    using namespace ils::fact;
    const QString typed = fact(f, value);
    const QString at = fact(f, position);
    const QString code = fact(f, problem);
    if (code == QLatin1String("empty"))
        return RefusalText::tr("Nothing was typed.");
    if (code == QLatin1String("second_point"))
        return RefusalText::tr("“%1”: a second decimal point at character %2.").arg(typed, at);
    if (code == QLatin1String("no_yuan"))
        return RefusalText::tr("“%1”: no yuan before the point at character %2 (write 0.50, not .50).").arg(typed, at);
    if (code == QLatin1String("sign"))
        return RefusalText::tr("“%1”: a sign at character %2; amounts are never negative.").arg(typed, at);
    if (code == QLatin1String("comma"))
        return RefusalText::tr("“%1”: a comma at character %2; write 1200, not 1,200.").arg(typed, at);
    if (code == QLatin1String("not_a_digit"))
        return RefusalText::tr("“%1”: character %2 is not a digit.").arg(typed, at);
    if (code == QLatin1String("third_decimal"))
        return RefusalText::tr("“%1”: a third decimal at character %2; the smallest amount is 0.01 yuan.")
            .arg(typed, at);
    if (code == QLatin1String("too_large"))
        return RefusalText::tr("“%1”: too many digits of yuan.").arg(typed);
    if (code == QLatin1String("no_fen"))
        return RefusalText::tr("“%1”: no digits after the point at character %2.").arg(typed, at);
    return typed.isEmpty() ? QString() : RefusalText::tr("Typed: %1").arg(typed);
}

QString readerDetails(ils::Reason reason, const ils::RefusalFacts& f)
{
    using ils::Reason;
    using namespace ils::fact;
    switch (reason) {
    case Reason::ReaderBlocked:
        return fact(f, text).isEmpty() ? QString() : RefusalText::tr("Reason given: %1").arg(fact(f, text));
    case Reason::ReaderExpired:
        return fact(f, date).isEmpty() ? QString() : RefusalText::tr("The card expired on %1.").arg(fact(f, date));
    case Reason::TooManyLoans:
        return RefusalText::tr("%1 items on loan; the limit is %2.").arg(fact(f, count), fact(f, limit));
    case Reason::OwesTooMuch:
        return RefusalText::tr("Owes %1 yuan; the limit is %2 yuan.")
            .arg(yuanOf(fact(f, count)), yuanOf(fact(f, limit)));
    case Reason::TooManyHolds:
        return RefusalText::tr("%1 holds; the limit is %2.").arg(fact(f, count), fact(f, limit));
    default:
        return {};
    }
}

QString itemDetails(ils::Reason reason, const ils::RefusalFacts& f)
{
    using ils::Reason;
    using namespace ils::fact;
    switch (reason) {
    case Reason::ItemNotAvailable:
        // The sentence names the usual states (unavailableItem); any other is named here.
        if (fact(f, status).isEmpty() || !unavailableItem(fact(f, status)).isEmpty())
            return {};
        return RefusalText::tr("Status: %1.").arg(DeskTerms::itemStatus(fact(f, status).toStdString()));
    case Reason::ItemNotLoanable:
        return RefusalText::tr("Item type %1, reader type %2.")
            .arg(fact(f, itemType), DeskTerms::readerType(fact(f, readerType).toStdString()));
    case Reason::HoldsNotAllowed:
        return RefusalText::tr("Item type %1.").arg(fact(f, itemType));
    case Reason::ItemAlreadyOnLoan:
    case Reason::ItemAlreadyOnLoanToReader:
        if (!fact(f, date).isEmpty())
            return RefusalText::tr("Due back on %1.").arg(fact(f, date));
        return fact(f, barcode).isEmpty() ? QString() : RefusalText::tr("The copy on loan: %1.").arg(fact(f, barcode));
    case Reason::ItemOnHoldForOther:
        return RefusalText::tr("Kept for card %1 until %2.").arg(fact(f, otherCard), fact(f, date));
    case Reason::RenewalLimitReached:
        return RefusalText::tr("Renewed %1 times; the limit is %2.").arg(fact(f, count), fact(f, limit));
    case Reason::HoldsWaiting:
        return RefusalText::tr("%n other reader(s) waiting.", nullptr, fact(f, count).toInt());
    case Reason::AmountInvalid:
        if (!fact(f, fee).isEmpty())
            return RefusalText::tr("Fee %1: %2 yuan paid too much.").arg(fact(f, fee), yuanOf(fact(f, count)));
        return amountProblem(f);
    case Reason::FeeUnknown:
        return fact(f, fee).isEmpty() ? QString()
                                      : RefusalText::tr("%1 yuan paid for fee %2, which the central does not know.")
                                            .arg(yuanOf(fact(f, count)), fact(f, fee));
    case Reason::InvalidInput:
        if (!fact(f, card).isEmpty())
            return RefusalText::tr("This ID number already has card %1.").arg(fact(f, card));
        if (fact(f, field) == QLatin1String("password"))
            return fact(f, problem) == QLatin1String("repeated")
                ? RefusalText::tr("A password of one repeated character is too easy to guess.")
                : RefusalText::tr("The password needs at least %1 characters.").arg(fact(f, limit));
        return fact(f, field).isEmpty() ? QString() : RefusalText::tr("Check %1.").arg(fieldName(fact(f, field)));
    default:
        return {};
    }
}

// What the central recorded while applying a node's operations (docs/SYNC.md).
QString centralDetails(ils::Reason reason, const ils::RefusalFacts& f)
{
    using ils::Reason;
    using namespace ils::fact;
    switch (reason) {
    case Reason::ItemLentTwice:
        if (!fact(f, otherAt).isEmpty())
            return RefusalText::tr("Copy %1 was also on loan to card %2 from %3; that loan is recorded as returned at "
                                   "%4.")
                .arg(fact(f, barcode), fact(f, otherCard), localTime(f, otherAt), localTime(f, at));
        if (!fact(f, otherCard).isEmpty())
            return RefusalText::tr("Copy %1 was lent again to card %2 at %3; this loan is recorded as returned then.")
                .arg(fact(f, barcode), fact(f, otherCard), localTime(f, at));
        return RefusalText::tr("Copy %1 has a later loan from %2; this loan is recorded as returned then.")
            .arg(fact(f, barcode), localTime(f, at));
    case Reason::LoanAlreadyClosed:
        if (!fact(f, otherCard).isEmpty())
            return RefusalText::tr("Copy %1: the loan to card %2 was already closed; the copy is now lent to card %3.")
                .arg(fact(f, barcode), fact(f, card), fact(f, otherCard));
        return RefusalText::tr("Copy %1 is back: the loan that was renewed was already closed.").arg(fact(f, barcode));
    case Reason::ReturnedBeforeLent:
        return RefusalText::tr("Copy %1 was returned at %2 at %3, before this loan reached the central.")
            .arg(fact(f, barcode), fact(f, library), localTime(f, at));
    case Reason::CheckinOutOfOrder:
        return RefusalText::tr("Copy %1 was returned at %2 at %3, before the open loan from %4; that loan stays open.")
            .arg(fact(f, barcode), fact(f, library), localTime(f, at), localTime(f, otherAt));
    case Reason::RoutingChanged:
        return RefusalText::tr("Copy %1: the desk at %2 said %3; with what the central knows: %4.")
            .arg(fact(f, barcode),
                 fact(f, library),
                 routingName(fact(f, routing), fact(f, destination)),
                 routingName(fact(f, otherRouting), fact(f, otherDestination)));
    case Reason::ConcurrentEdit:
        return RefusalText::tr("Record %1, %2: “%3” was sent; “%4” is kept.")
            .arg(fact(f, record), fieldName(fact(f, field)), fact(f, value), fact(f, otherValue));
    default:
        return {};
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
    case Problem::Source::Engine: {
        Text text = forReason(problem.reason);
        if (problem.reason == ils::Reason::ItemNotAvailable) {
            const auto status = problem.facts.find(ils::fact::status);
            if (status != problem.facts.end())
                if (QString exact = unavailableItem(QString::fromStdString(status->second)); !exact.isEmpty())
                    text.what = exact;
        }
        return text;
    }
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
    case Problem::Source::DiskFull:
        return {tr("The disk is full: this was not saved."),
                tr("Everything saved before is safe. Free some disk space (or call support), then do it again.")};
    case Problem::Source::StorageFailed:
        return {tr("The database could not save this."),
                tr("Everything saved before is safe. Try again; if it happens again, restart the desk and call "
                   "support.")};
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

QString RefusalText::details(ils::Reason reason, const ils::RefusalFacts& facts)
{
    if (facts.empty())
        return {};
    if (auto text = readerDetails(reason, facts); !text.isEmpty())
        return text;
    if (auto text = itemDetails(reason, facts); !text.isEmpty())
        return text;
    return centralDetails(reason, facts);
}

QString RefusalText::detailOf(const Problem& problem)
{
    QStringList parts;
    if (!problem.detail.isEmpty())
        parts << problem.detail;
    if (problem.source == Problem::Source::Engine) {
        const QString facts = details(problem.reason, problem.facts);
        if (!facts.isEmpty())
            parts << facts;
    }
    return parts.join(QLatin1Char(' '));
}
