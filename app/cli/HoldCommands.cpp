// hold place / cancel / list: reservations, per title, collected at a pickup library.
#include "Command.h"
#include "Context.h"
#include "Paging.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "Circulation.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "ReaderStore.h"

#include <QJsonArray>

#include <algorithm>

namespace ilsctl {

namespace {

int runHoldPlace(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const auto receipt =
        accepted(store.circulation().placeHold(ctx.positional(0), ctx.positional(1), ctx.required("--pickup")));
    const ils::Hold& hold = receipt.hold;
    ctx.out().result({{"hold", toJson(hold)}, {"title", qs(receipt.title)}, {"queue_position", receipt.queuePosition}},
                     {Text::tr("Hold #%1 placed on %2 for %3, number %4 in the queue; pickup at %5.")
                          .arg(QString::number(hold.id),
                               qs(receipt.title),
                               readerLabel(store, hold.reader),
                               QString::number(receipt.queuePosition),
                               libraryLabel(store, hold.pickupLibrary))});
    return Success;
}

int runHoldCancel(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const auto hold = accepted(store.circulation().cancelHold(parseId(ctx.positional(0), QStringLiteral("ID"))));
    ctx.out().result(
        {{"hold", toJson(hold)}},
        {Text::tr("Hold #%1 on %2 for %3 cancelled.")
             .arg(QString::number(hold.id), titleOf(store, hold.recordId), readerLabel(store, hold.reader))});
    return Success;
}

int runHoldList(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const std::string& card = ctx.positional(0);
    if (!store.readers().exists(card))
        throw refusalError(ils::refuse(ils::Reason::ReaderUnknown, "no reader with card " + card));
    QJsonArray json;
    Table table({Text::tr("id"),
                 Text::tr("title"),
                 Text::tr("pickup"),
                 Text::tr("status"),
                 Text::tr("queue"),
                 Text::tr("until")});
    const auto all = store.circulation().openHolds(card);
    const Page page = Page::of(ctx);
    for (const auto& hold : page.cut(all)) {
        // The reader's place among everyone waiting for the title.
        const auto queue = store.circulation().holdQueue(hold.recordId);
        const auto found =
            std::find_if(queue.begin(), queue.end(), [&](const ils::Hold& h) { return h.id == hold.id; });
        const int position = static_cast<int>(found - queue.begin()) + 1;
        QJsonObject object = toJson(hold);
        object.insert("title", titleOf(store, hold.recordId));
        object.insert("queue_position", position);
        json.append(object);
        table.add({QString::number(hold.id),
                   titleOf(store, hold.recordId),
                   libraryLabel(store, hold.pickupLibrary),
                   statusText(hold.status),
                   QString::number(position),
                   hold.readyUntil ? qs(hold.readyUntil->toIso()) : QStringLiteral("-")});
    }
    QJsonObject out {{"card", qs(card)}, {"holds", json}};
    QStringList lines = table.empty() && all.empty() ? QStringList {Text::tr("No open holds.")} : table.lines();
    page.describe(out, lines, static_cast<std::int64_t>(all.size()));
    ctx.out().result(out, lines);
    return Success;
}

int runHoldExpire(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const std::string at = ctx.required("--at");
    if (!store.libraries().find(at))
        throw refusalError(ils::refuse(ils::Reason::LibraryUnknown, "library " + at + " does not exist"));
    QJsonArray json;
    Table table({Text::tr("barcode"), Text::tr("title"), Text::tr("reader"), Text::tr("until")});
    for (const auto& hold : store.circulation().expireHoldShelf(at)) {
        QJsonObject object = toJson(hold);
        object.insert("title", titleOf(store, hold.recordId));
        json.append(object);
        table.add({qs(hold.item.value_or("-")),
                   titleOf(store, hold.recordId),
                   readerLabel(store, hold.reader),
                   hold.readyUntil ? qs(hold.readyUntil->toIso()) : QStringLiteral("-")});
    }
    QStringList lines;
    if (table.empty()) {
        lines << Text::tr("No hold on the shelf has expired.");
    } else {
        lines << Text::tr("Take these copies off the hold shelf and check them in again:");
        lines << table.lines();
    }
    ctx.out().result({{"library", qs(at)}, {"expired", json}}, lines);
    return Success;
}

} // namespace

CommandList holdCommands()
{
    return {
        {{"hold", "place"},
         {"CARD", "BARCODE"},
         {{"--pickup", "LIBRARY", QT_TRANSLATE_NOOP("ilsctl", "where the reader will collect it"), true}},
         QT_TRANSLATE_NOOP("ilsctl", "Reserve the title of an item for a reader"),
         runHoldPlace},
        {{"hold", "cancel"}, {"ID"}, {}, QT_TRANSLATE_NOOP("ilsctl", "Cancel a hold"), runHoldCancel},
        {{"hold", "list"},
         {"CARD"},
         withPageOptions(),
         QT_TRANSLATE_NOOP("ilsctl", "List a reader's open holds"),
         runHoldList},
        {{"hold", "expire"},
         {},
         {{"--at", "LIBRARY", QT_TRANSLATE_NOOP("ilsctl", "the library whose hold shelf is checked"), true}},
         QT_TRANSLATE_NOOP("ilsctl", "Expire holds left on the hold shelf past their date"),
         runHoldExpire},
    };
}

} // namespace ilsctl
