#include "Reasons.h"

#include "Tr.h"
#include "Views.h"

#include "Catalogue.h"

#include <QJsonObject>

namespace ilsctl {

QString reasonText(ils::Reason reason)
{
    using ils::Reason;
    switch (reason) {
    case Reason::LibraryUnknown:
        return Text::tr("There is no such library.");
    case Reason::ReaderUnknown:
        return Text::tr("There is no reader with this card.");
    case Reason::ReaderBlocked:
        return Text::tr("The reader is blocked.");
    case Reason::ReaderCardLost:
        return Text::tr("This card has been reported lost.");
    case Reason::ReaderExpired:
        return Text::tr("The reader's card has expired.");
    case Reason::TooManyLoans:
        return Text::tr("The reader has reached the loan limit.");
    case Reason::OwesTooMuch:
        return Text::tr("The reader owes too much in fines.");
    case Reason::ItemUnknown:
        return Text::tr("There is no item with this barcode.");
    case Reason::ItemNotLoanable:
        return Text::tr("Items of this type are not lent here.");
    case Reason::ItemNotAvailable:
        return Text::tr("The item is not available for loan.");
    case Reason::ItemAlreadyOnLoan:
        return Text::tr("The item is already on loan to another reader.");
    case Reason::ItemAlreadyOnLoanToReader:
        return Text::tr("The reader already has this item on loan.");
    case Reason::ItemOnHoldForOther:
        return Text::tr("The item is held for another reader.");
    case Reason::ItemNotOnLoan:
        return Text::tr("The item is not on loan.");
    case Reason::RenewalLimitReached:
        return Text::tr("The loan cannot be renewed again.");
    case Reason::HoldsWaiting:
        return Text::tr("Other readers are waiting for this title.");
    case Reason::HoldsNotAllowed:
        return Text::tr("Items of this type cannot be reserved.");
    case Reason::TooManyHolds:
        return Text::tr("The reader has reached the hold limit.");
    case Reason::HoldAlreadyPlaced:
        return Text::tr("The reader already has a hold on this title.");
    case Reason::HoldUnknown:
        return Text::tr("There is no such open hold.");
    case Reason::FeeUnknown:
        return Text::tr("There is no such fee.");
    case Reason::AmountInvalid:
        return Text::tr("The amount is not valid.");
    case Reason::InvalidInput:
        return Text::tr("The input is not valid.");
    case Reason::RangeFull:
        return Text::tr("The code range is used up.");
    case Reason::NoRange:
        return Text::tr("The library has no code range for this.");
    case Reason::ItemLentTwice:
        return Text::tr("The same copy was lent twice while offline.");
    case Reason::ReturnedBeforeLent:
        return Text::tr("The copy was returned before its loan reached the central.");
    case Reason::LoanAlreadyClosed:
        return Text::tr("The loan was already closed at the central.");
    case Reason::CheckinOutOfOrder:
        return Text::tr("A return arrived that is older than the open loan.");
    case Reason::RoutingChanged:
        return Text::tr("The central routes the copy differently from the desk.");
    case Reason::ConcurrentEdit:
        return Text::tr("The record was edited at two places.");
    case Reason::NotAuthorised:
        return Text::tr("This node may not do that.");
    case Reason::UnknownOperation:
        return Text::tr("The operation is not known.");
    case Reason::MalformedPayload:
        return Text::tr("The operation's data is malformed.");
    case Reason::StaffUnknown:
        return Text::tr("There is no such staff account.");
    case Reason::StaffExists:
        return Text::tr("A staff account with this username already exists.");
    case Reason::LoginFailed:
        return Text::tr("The username or the password is wrong.");
    case Reason::StaffLocked:
        return Text::tr("The account is locked after too many failed logins.");
    case Reason::StaffInactive:
        return Text::tr("The staff account has been deactivated.");
    case Reason::ItemInProcessing:
        return Text::tr("The item is not catalogued yet; give it to the cataloguers.");
    case Reason::LostChargeUndecided:
        return Text::tr("The item was registered as lost and has been found: say whether to refund its charge "
                        "(--lost-charge refund or keep).");
    }
    return Text::tr("Refused.");
}

QString reasonTextForCode(std::string_view code)
{
    // Reason is a dense enum ending at lastReason; reasonCode() is its only spelling.
    for (int value = 0; value <= static_cast<int>(ils::lastReason); ++value) {
        const auto reason = static_cast<ils::Reason>(value);
        if (ils::reasonCode(reason) == code)
            return reasonText(reason);
    }
    return {};
}

int exitCodeFor(ils::Reason reason)
{
    using ils::Reason;
    switch (reason) {
    case Reason::ReaderUnknown:
    case Reason::ItemUnknown:
    case Reason::HoldUnknown:
    case Reason::FeeUnknown:
    case Reason::StaffUnknown:
        return NotFound;
    default:
        return BadInput;
    }
}

CliError refusalError(const ils::Refusal& refusal)
{
    const QString detail = qs(refusal.detail);
    QString sentence = reasonText(refusal.reason);
    // The exact state of an item that cannot be lent, in the user's language.
    const auto status = refusal.facts.find(ils::fact::status);
    if (refusal.reason == ils::Reason::ItemNotAvailable && status != refusal.facts.end())
        if (const auto known = ils::itemStatusFromString(status->second))
            sentence = Text::tr("The item is not available for loan: %1.").arg(statusText(*known));
    QJsonObject facts;
    for (const auto& [key, value] : refusal.facts)
        facts.insert(qs(key), qs(value));
    return CliError(exitCodeFor(refusal.reason),
                    qs(ils::reasonCode(refusal.reason)),
                    detail.isEmpty() ? sentence : Text::tr("%1 (%2)").arg(sentence, detail),
                    QJsonObject {{QStringLiteral("detail"), detail}, {QStringLiteral("facts"), facts}});
}

} // namespace ilsctl
