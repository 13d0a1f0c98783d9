#include "DeskWords.h"

#include "Result.h"

#include <array>
#include <utility>

namespace {

QString reasonSentence(ils::Reason reason)
{
    using ils::Reason;
    switch (reason) {
    case Reason::LibraryUnknown:
        return DeskWords::tr("There is no such library.");
    case Reason::ReaderUnknown:
        return DeskWords::tr("There is no reader with this card.");
    case Reason::ReaderBlocked:
        return DeskWords::tr("The reader is blocked.");
    case Reason::ReaderCardLost:
        return DeskWords::tr("This card has been reported lost.");
    case Reason::ReaderExpired:
        return DeskWords::tr("The reader's card has expired.");
    case Reason::TooManyLoans:
        return DeskWords::tr("The reader has reached the loan limit.");
    case Reason::OwesTooMuch:
        return DeskWords::tr("The reader owes too much in fines.");
    case Reason::ItemUnknown:
        return DeskWords::tr("There is no item with this barcode.");
    case Reason::ItemNotLoanable:
        return DeskWords::tr("Items of this type are not lent here.");
    case Reason::ItemNotAvailable:
        return DeskWords::tr("The item is not available for loan.");
    case Reason::ItemAlreadyOnLoan:
        return DeskWords::tr("The item is already on loan to another reader.");
    case Reason::ItemAlreadyOnLoanToReader:
        return DeskWords::tr("The reader already has this item on loan.");
    case Reason::ItemOnHoldForOther:
        return DeskWords::tr("The item is held for another reader.");
    case Reason::ItemNotOnLoan:
        return DeskWords::tr("The item is not on loan.");
    case Reason::RenewalLimitReached:
        return DeskWords::tr("The loan cannot be renewed again.");
    case Reason::HoldsWaiting:
        return DeskWords::tr("Other readers are waiting for this title.");
    case Reason::HoldsNotAllowed:
        return DeskWords::tr("Items of this type cannot be reserved.");
    case Reason::TooManyHolds:
        return DeskWords::tr("The reader has reached the hold limit.");
    case Reason::HoldAlreadyPlaced:
        return DeskWords::tr("The reader already has a hold on this title.");
    case Reason::HoldUnknown:
        return DeskWords::tr("There is no such open hold.");
    case Reason::FeeUnknown:
        return DeskWords::tr("There is no such fee.");
    case Reason::AmountInvalid:
        return DeskWords::tr("The amount is not valid.");
    case Reason::InvalidInput:
        return DeskWords::tr("The input is not valid.");
    case Reason::RangeFull:
        return DeskWords::tr("The code range is used up.");
    case Reason::NoRange:
        return DeskWords::tr("The library has no code range for this.");
    case Reason::ItemLentTwice:
        return DeskWords::tr("The same copy was lent twice while offline.");
    case Reason::ReturnedBeforeLent:
        return DeskWords::tr("The copy was returned before its loan reached the central.");
    case Reason::LoanAlreadyClosed:
        return DeskWords::tr("The loan was already closed at the central.");
    case Reason::CheckinOutOfOrder:
        return DeskWords::tr("A return arrived that is older than the open loan.");
    case Reason::RoutingChanged:
        return DeskWords::tr("The central routes the copy differently from the desk.");
    case Reason::ConcurrentEdit:
        return DeskWords::tr("The record was edited at two places.");
    case Reason::NotAuthorised:
        return DeskWords::tr("This node may not do that.");
    case Reason::UnknownOperation:
        return DeskWords::tr("The operation is not known.");
    case Reason::MalformedPayload:
        return DeskWords::tr("The operation's data is malformed.");
    case Reason::StaffUnknown:
        return DeskWords::tr("There is no such staff account.");
    case Reason::StaffExists:
        return DeskWords::tr("A staff account with this username already exists.");
    case Reason::LoginFailed:
        return DeskWords::tr("The username or the password is wrong.");
    case Reason::StaffLocked:
        return DeskWords::tr("The account is locked after too many failed logins.");
    case Reason::StaffInactive:
        return DeskWords::tr("The staff account has been deactivated.");
    case Reason::ItemInProcessing:
        return DeskWords::tr("The item is not catalogued yet.");
    case Reason::LostChargeUndecided:
        return DeskWords::tr("The item was lost and found; its charge needs a decision.");
    }
    return {};
}

} // namespace

QString DeskWords::role(ils::StaffRole role)
{
    switch (role) {
    case ils::StaffRole::Administrator:
        return tr("Administrator");
    case ils::StaffRole::Cataloguer:
        return tr("Cataloguer");
    case ils::StaffRole::Circulation:
        return tr("Circulation");
    case ils::StaffRole::Kiosk:
        return tr("Kiosk");
    }
    return {};
}

QString DeskWords::role(const QString& code)
{
    const auto role = ils::staffRoleFromString(code.toStdString());
    return role ? DeskWords::role(*role) : code;
}

QString DeskWords::operation(std::string_view type)
{
    // The outbox operation types of core (docs/SYNC.md).
    static const std::array<std::pair<std::string_view, const char*>, 12> names {{
        {"checkout", QT_TRANSLATE_NOOP("DeskWords", "Checkout")},
        {"checkin", QT_TRANSLATE_NOOP("DeskWords", "Return")},
        {"renew", QT_TRANSLATE_NOOP("DeskWords", "Renewal")},
        {"hold.place", QT_TRANSLATE_NOOP("DeskWords", "Hold placed")},
        {"hold.cancel", QT_TRANSLATE_NOOP("DeskWords", "Hold cancelled")},
        {"hold.expire", QT_TRANSLATE_NOOP("DeskWords", "Hold expired")},
        {"fee.pay", QT_TRANSLATE_NOOP("DeskWords", "Payment")},
        {"fee.waive", QT_TRANSLATE_NOOP("DeskWords", "Fee waived")},
        {"reader.add", QT_TRANSLATE_NOOP("DeskWords", "New reader")},
        {"reader.status", QT_TRANSLATE_NOOP("DeskWords", "Reader status")},
        {"item.add", QT_TRANSLATE_NOOP("DeskWords", "New item")},
        {"record.edit", QT_TRANSLATE_NOOP("DeskWords", "Record edited")},
    }};
    for (const auto& [code, name] : names)
        if (code == type)
            return tr(name);
    return QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size()));
}

QString DeskWords::reason(std::string_view code)
{
    for (int value = 0; value <= static_cast<int>(ils::lastReason); ++value) {
        const auto reason = static_cast<ils::Reason>(value);
        if (ils::reasonCode(reason) == code)
            return reasonSentence(reason);
    }
    return {};
}
