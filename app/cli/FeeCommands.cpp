// fee pay / waive / list. Amounts are typed in yuan and kept in fen (see core/Money.h).
#include "Command.h"
#include "Context.h"
#include "Paging.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "Circulation.h"
#include "LocalStore.h"
#include "ReaderStore.h"

#include <QJsonArray>

namespace ilsctl {

namespace {

QJsonArray feesJson(const std::vector<ils::Fee>& fees)
{
    QJsonArray json;
    for (const auto& fee : fees)
        json.append(toJson(fee));
    return json;
}

int runFeePay(Context& ctx)
{
    const std::string& card = ctx.positional(0);
    const auto amount = parseAmount(ctx.positional(1), QStringLiteral("AMOUNT"));
    ils::LocalStore& store = ctx.store();
    const auto receipt = accepted(store.circulation().pay(card, amount));
    const auto owed = store.circulation().owedFen(card);
    ctx.out().result({{"card", qs(card)},
                      {"paid_fen", static_cast<qint64>(receipt.appliedFen)},
                      {"fees", feesJson(receipt.fees)},
                      {"owed_fen", static_cast<qint64>(owed)}},
                     {Text::tr("Paid %1 yuan for %2; still owes %3 yuan.")
                          .arg(formatYuan(receipt.appliedFen), readerLabel(store, card), formatYuan(owed))});
    return Success;
}

int runFeeWaive(Context& ctx)
{
    const auto feeId = parseId(ctx.positional(0), QStringLiteral("FEE_ID"));
    const auto amount = parseAmount(ctx.positional(1), QStringLiteral("AMOUNT"));
    const std::string reason = ctx.required("--reason");
    ils::LocalStore& store = ctx.store();
    const auto receipt = accepted(store.circulation().waive(feeId, amount, reason));
    const ils::Fee& fee = receipt.fees.front();
    ctx.out().result({{"waived_fen", static_cast<qint64>(receipt.appliedFen)}, {"fee", toJson(fee)}},
                     {Text::tr("Waived %1 yuan of fee #%2 for %3; %4 yuan of it outstanding.")
                          .arg(formatYuan(receipt.appliedFen),
                               QString::number(fee.id),
                               readerLabel(store, fee.reader),
                               formatYuan(fee.outstandingFen()))});
    return Success;
}

int runFeeList(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const std::string& card = ctx.positional(0);
    if (!store.readers().exists(card))
        throw refusalError(ils::refuse(ils::Reason::ReaderUnknown, "no reader with card " + card));
    const auto all = store.circulation().openFees(card);
    const Page page = Page::of(ctx);
    const auto fees = page.cut(all);
    const auto owed = store.circulation().owedFen(card);
    Table table({Text::tr("id"),
                 Text::tr("kind"),
                 Text::tr("item"),
                 Text::tr("amount"),
                 Text::tr("paid"),
                 Text::tr("waived"),
                 Text::tr("outstanding"),
                 Text::tr("note")});
    for (const auto& fee : fees)
        table.add({QString::number(fee.id),
                   qs(fee.kind),
                   qs(fee.item.value_or("-")),
                   formatYuan(fee.amountFen),
                   formatYuan(fee.paidFen),
                   formatYuan(fee.waivedFen),
                   formatYuan(fee.outstandingFen()),
                   qs(fee.note)});
    QStringList lines = table.empty() ? QStringList {Text::tr("No open fees.")} : table.lines();
    QJsonObject json {{"card", qs(card)}, {"fees", feesJson(fees)}, {"owed_fen", static_cast<qint64>(owed)}};
    page.describe(json, lines, static_cast<std::int64_t>(all.size()));
    lines << Text::tr("%1 owes %2 yuan.").arg(readerLabel(store, card), formatYuan(owed));
    ctx.out().result(json, lines);
    return Success;
}

} // namespace

CommandList feeCommands()
{
    return {
        {{"fee", "pay"},
         {"CARD", "AMOUNT"},
         {},
         QT_TRANSLATE_NOOP("ilsctl", "Take a payment in yuan (e.g. 1.50); the oldest fees are settled first"),
         runFeePay},
        {{"fee", "waive"},
         {"FEE_ID", "AMOUNT"},
         {{"--reason", "TEXT", QT_TRANSLATE_NOOP("ilsctl", "why it is waived"), true}},
         QT_TRANSLATE_NOOP("ilsctl", "Waive part or all of a fee"),
         runFeeWaive},
        {{"fee", "list"},
         {"CARD"},
         withPageOptions(),
         QT_TRANSLATE_NOOP("ilsctl", "List a reader's open fees"),
         runFeeList},
    };
}

} // namespace ilsctl
