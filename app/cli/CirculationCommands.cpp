// checkout, checkin and renew at a circulation desk.
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "Circulation.h"
#include "LibraryStore.h"
#include "LocalStore.h"

namespace ilsctl {

namespace {

const OptionSpec atOption {"--at", "LIBRARY", QT_TRANSLATE_NOOP("ilsctl", "the library where this happens"), true};
const OptionSpec lostChargeOption {
    "--lost-charge",
    "refund|keep",
    QT_TRANSLATE_NOOP("ilsctl",
                      "for a lost item found, when the county's lost_charge is ask: refund its charge or keep it")};

int runCheckout(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const auto receipt =
        accepted(store.circulation().checkout(ctx.positional(0), ctx.positional(1), ctx.required("--at")));
    const ils::Loan& loan = receipt.loan;
    QStringList lines {
        Text::tr("Lent: %1 %2 to %3, due %4.")
            .arg(qs(loan.item), qs(receipt.title), readerLabel(store, loan.reader), qs(loan.due.toIso()))};
    if (receipt.filledHold)
        lines << Text::tr("This fills the reader's hold on the title.");
    ctx.out().result({{"loan", toJson(loan)},
                      {"item", toJson(receipt.item)},
                      {"title", qs(receipt.title)},
                      {"filled_hold", receipt.filledHold}},
                     lines);
    return Success;
}

QString routeLine(ils::LocalStore& store, const ils::Routing& routing)
{
    const QString holder = named(qs(routing.holdReaderName), routing.holdReader);
    switch (routing.action) {
    case ils::RoutingAction::Reshelve:
        return Text::tr("ROUTE: reshelve");
    case ils::RoutingAction::HoldShelf:
        return Text::tr("ROUTE: hold shelf for %1 until %2")
            .arg(holder, routing.readyUntil ? qs(routing.readyUntil->toIso()) : QStringLiteral("?"));
    case ils::RoutingAction::SendToPickup:
        return Text::tr("ROUTE: send to %1 for the hold of %2").arg(libraryLabel(store, routing.library), holder);
    case ils::RoutingAction::SendHome:
        return Text::tr("ROUTE: send to %1, its home library").arg(libraryLabel(store, routing.library));
    case ils::RoutingAction::ToCataloguing:
        return Text::tr("ROUTE: to the cataloguers (not catalogued yet; it stays in processing)");
    case ils::RoutingAction::KeepWithdrawn:
        return Text::tr("ROUTE: keep off the shelf (withdrawn; it stays withdrawn)");
    }
    return {};
}

QJsonObject routingJson(ils::LocalStore& store, const ils::Routing& routing)
{
    const auto library = store.libraries().find(routing.library);
    return {{"action", qs(toString(routing.action))},
            {"library", qs(routing.library)},
            {"library_name", library ? qs(library->name) : QString()},
            {"hold_reader", routing.holdReader.empty() ? QJsonValue() : QJsonValue(qs(routing.holdReader))},
            {"hold_reader_name", routing.holdReader.empty() ? QJsonValue() : QJsonValue(qs(routing.holdReaderName))},
            {"ready_until", routing.readyUntil ? QJsonValue(qs(routing.readyUntil->toIso())) : QJsonValue()}};
}

int runCheckin(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const std::string at = ctx.required("--at");
    ils::CheckinChoices choices;
    if (const auto lostCharge = ctx.option("--lost-charge")) {
        choices.lostCharge = ils::lostChargeDecisionFromString(*lostCharge);
        if (!choices.lostCharge || *choices.lostCharge == ils::LostChargeDecision::None)
            throw usageError(Text::tr("--lost-charge must be refund or keep, not '%1'").arg(qs(*lostCharge)));
    }
    const auto receipt = accepted(store.circulation().checkin(ctx.positional(0), at, {}, choices));
    // What to do with the book in hand comes first: that is what the librarian acts on.
    QStringList lines {
        routeLine(store, receipt.routing),
        Text::tr("Returned: %1 %2 at %3.").arg(qs(receipt.item.barcode), qs(receipt.title), libraryLabel(store, at))};
    if (receipt.loan) {
        const QString borrower = named(qs(receipt.borrowerName), receipt.loan->reader);
        lines << (receipt.overdueDays > 0
                      ? Text::tr("Loan of %1 closed, %n day(s) overdue.", nullptr, receipt.overdueDays).arg(borrower)
                      : Text::tr("Loan of %1 closed.").arg(borrower));
    } else {
        lines << Text::tr("The item was not on loan.");
    }
    if (receipt.fineFen > 0)
        lines << Text::tr("FINE: %1 yuan charged to the borrower.").arg(formatYuan(receipt.fineFen));
    QJsonValue foundLost;
    if (const auto& found = receipt.foundLost) {
        const QString reader = named(qs(found->readerName), found->reader);
        lines << Text::tr("FOUND: the item was registered as lost and has now been found.");
        if (found->decision == ils::LostChargeDecision::Refund)
            lines << Text::tr("REFUND: %1 yuan to %2; the lost-item charge is cancelled.")
                         .arg(formatYuan(found->refundFen), reader);
        else if (found->decision == ils::LostChargeDecision::Keep)
            lines << Text::tr("The lost-item charge of %1 stays (%2 yuan).").arg(reader, formatYuan(found->keptFen));
        foundLost = QJsonObject {{"lost_charge", qs(toString(found->decision))},
                                 {"reader", qs(found->reader)},
                                 {"refund_fen", static_cast<qint64>(found->refundFen)},
                                 {"cancelled_fen", static_cast<qint64>(found->cancelledFen)},
                                 {"kept_fen", static_cast<qint64>(found->keptFen)}};
    }
    ctx.out().result({{"routing", routingJson(store, receipt.routing)},
                      {"item", toJson(receipt.item)},
                      {"title", qs(receipt.title)},
                      {"loan", receipt.loan ? QJsonValue(toJson(*receipt.loan)) : QJsonValue()},
                      {"borrower_name", qs(receipt.borrowerName)},
                      {"overdue_days", receipt.overdueDays},
                      {"fine_fen", static_cast<qint64>(receipt.fineFen)},
                      {"found_lost", foundLost}},
                     lines);
    return Success;
}

int runRenew(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const auto receipt = accepted(store.circulation().renew(ctx.positional(0), ctx.required("--at")));
    const ils::Loan& loan = receipt.loan;
    ctx.out().result({{"loan", toJson(loan)}, {"previous_due", qs(receipt.previousDue.toIso())}},
                     {Text::tr("Renewed: %1 for %2, due %3 (was %4), renewal %5.")
                          .arg(qs(loan.item),
                               readerLabel(store, loan.reader),
                               qs(loan.due.toIso()),
                               qs(receipt.previousDue.toIso()),
                               QString::number(loan.renewals))});
    return Success;
}

} // namespace

CommandList circulationCommands()
{
    return {
        {{"checkout"},
         {"CARD", "BARCODE"},
         {atOption},
         QT_TRANSLATE_NOOP("ilsctl", "Lend an item to a reader"),
         runCheckout},
        {{"checkin"},
         {"BARCODE"},
         {atOption, lostChargeOption},
         QT_TRANSLATE_NOOP("ilsctl", "Take a returned item back; prints where it must go"),
         runCheckin},
        {{"renew"}, {"BARCODE"}, {atOption}, QT_TRANSLATE_NOOP("ilsctl", "Renew a loan"), runRenew},
    };
}

} // namespace ilsctl
