#include "DeskTerms.h"

#include "Money.h"

QString DeskTerms::readerStatus(ils::ReaderStatus status)
{
    switch (status) {
    case ils::ReaderStatus::Active:
        return tr("Active");
    case ils::ReaderStatus::CardLost:
        return tr("Card lost");
    case ils::ReaderStatus::Blocked:
        return tr("Blocked");
    case ils::ReaderStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QString DeskTerms::readerType(const std::string& type)
{
    if (type == "adult")
        return tr("Adult");
    if (type == "child")
        return tr("Child");
    if (type == "senior")
        return tr("Senior");
    if (type == "student")
        return tr("Student");
    return QString::fromStdString(type); // a type the county made up: its own name
}

QString DeskTerms::holdStatus(ils::HoldStatus status)
{
    switch (status) {
    case ils::HoldStatus::Pending:
        return tr("Waiting");
    case ils::HoldStatus::InTransit:
        return tr("On its way");
    case ils::HoldStatus::Ready:
        return tr("Ready to collect");
    case ils::HoldStatus::Fulfilled:
        return tr("Collected");
    case ils::HoldStatus::Cancelled:
        return tr("Cancelled");
    case ils::HoldStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QString DeskTerms::itemStatus(const std::string& code)
{
    const auto status = ils::itemStatusFromString(code);
    if (!status)
        return QString::fromStdString(code);
    switch (*status) {
    case ils::ItemStatus::Available:
        return tr("On the shelf");
    case ils::ItemStatus::OnLoan:
        return tr("On loan");
    case ils::ItemStatus::InTransit:
        return tr("In transit");
    case ils::ItemStatus::OnHoldShelf:
        return tr("On the hold shelf");
    case ils::ItemStatus::Lost:
        return tr("Lost");
    case ils::ItemStatus::Withdrawn:
        return tr("Withdrawn");
    case ils::ItemStatus::Processing:
        return tr("Being processed");
    }
    return QString::fromStdString(code);
}

QString DeskTerms::feeKind(const std::string& kind)
{
    if (kind == "overdue")
        return tr("Overdue fine");
    if (kind == "lost")
        return tr("Lost item");
    if (kind == "card")
        return tr("Card fee");
    return QString::fromStdString(kind);
}

DeskTerms::Instruction DeskTerms::routing(const ils::Routing& routing, const QString& libraryName)
{
    const QString holder = QString::fromStdString(routing.holdReaderName);
    const QString card = QString::fromStdString(routing.holdReader);
    const QString until = routing.readyUntil ? QString::fromStdString(routing.readyUntil->toIso()) : QString();
    switch (routing.action) {
    case ils::RoutingAction::Reshelve:
        return {tr("Reshelve"), tr("Put it back on the shelf here.")};
    case ils::RoutingAction::HoldShelf:
        return {tr("Hold shelf: %1").arg(holder),
                tr("Put it on the hold shelf for %1 (card %2), to collect by %3.").arg(holder, card, until)};
    case ils::RoutingAction::SendToPickup:
        return {tr("Send to %1").arg(libraryName),
                tr("A hold of %1 (card %2) is collected there: put it in the transit box.").arg(holder, card)};
    case ils::RoutingAction::SendHome:
        return {tr("Send home to %1").arg(libraryName),
                tr("It belongs to %1: put it in the transit box.").arg(libraryName)};
    case ils::RoutingAction::ToCataloguing:
        return {tr("To cataloguing"),
                tr("This item is not catalogued yet: give it to the cataloguers. Do not shelve or lend it.")};
    case ils::RoutingAction::KeepWithdrawn:
        return {tr("Withdrawn: do not shelve"),
                tr("This item has been withdrawn from stock: keep it off the shelf and give it to the staff who "
                   "handle withdrawn items.")};
    }
    return {};
}

QString DeskTerms::keepTogether(QString text, const QString& name)
{
    if (name.size() < 2)
        return text;
    QString joined;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && !name[i].isLowSurrogate())
            joined += QChar(0x2060); // WORD JOINER: no line break here
        joined += name[i];
    }
    return text.replace(name, joined);
}

QString DeskTerms::foundLost(const ils::FoundLost& found)
{
    const QString reader = QString::fromStdString(found.readerName.empty() ? found.reader : found.readerName);
    QString text = tr("This item was registered as lost and has now been found.");
    switch (found.decision) {
    case ils::LostChargeDecision::None:
        break;
    case ils::LostChargeDecision::Refund:
        if (found.refundFen > 0)
            text += QLatin1Char(' ')
                + tr("Refund %1 yuan to %2; the lost-item charge is cancelled.").arg(yuan(found.refundFen), reader);
        else
            text += QLatin1Char(' ') + tr("The lost-item charge of %1 is cancelled.").arg(reader);
        break;
    case ils::LostChargeDecision::Keep:
        text += QLatin1Char(' ') + tr("The lost-item charge of %1 stays as it is.").arg(reader);
        break;
    }
    return text;
}

QString DeskTerms::yuan(std::int64_t fen)
{
    return QString::fromStdString(ils::formatYuan(fen));
}
