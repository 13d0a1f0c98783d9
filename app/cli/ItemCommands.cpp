// item add / show: copies, their records, where they are and who has them.
#include "Command.h"
#include "Context.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "CatalogueStore.h"
#include "Circulation.h"
#include "LocalStore.h"

#include <QJsonArray>

namespace ilsctl {

namespace {

int runItemAdd(Context& ctx)
{
    ils::NewItem request;
    request.library = ctx.required("--library");
    request.record.title = ctx.option("--title").value_or("");
    request.record.isbn = ctx.option("--isbn").value_or("");
    request.record.author = ctx.option("--author").value_or("");
    request.record.publisher = ctx.option("--publisher").value_or("");
    request.record.year = ctx.option("--year").value_or("");
    if (auto record = ctx.option("--record"))
        request.recordId = parseId(*record, QStringLiteral("--record"));
    request.type = ctx.option("--type").value_or("book");
    request.callNumber = ctx.option("--call-number").value_or("");
    ils::LocalStore& store = ctx.store();
    const auto item = accepted(store.circulation().addItem(request));
    const auto record = store.catalogue().findRecord(item.recordId);
    // The barcode alone, so that a script can write book=$(ilsctl item add …).
    ctx.out().result({{"item", toJson(item)}, {"record", record ? toJson(*record) : QJsonObject()}},
                     {qs(item.barcode)});
    return Success;
}

QString eventText(const ils::ItemEvent& event)
{
    if (event.kind == "found")
        return event.detail == "refund" ? Text::tr("found after being lost; its charge was refunded")
            : event.detail == "keep"    ? Text::tr("found after being lost; its charge was kept")
                                        : Text::tr("found after being lost");
    if (event.kind == "returned_processing")
        return Text::tr("brought to a desk while in processing; sent to the cataloguers");
    if (event.kind == "returned_withdrawn")
        return Text::tr("brought to a desk while withdrawn; kept off the shelf");
    return qs(event.kind);
}

int runItemShow(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const std::string& barcode = ctx.positional(0);
    const auto item = store.catalogue().findItem(barcode);
    if (!item)
        throw refusalError(ils::refuse(ils::Reason::ItemUnknown, "no item with barcode " + barcode));
    const auto record = store.catalogue().findRecord(item->recordId);
    const auto loan = store.circulation().openLoanOfItem(barcode);
    const auto queue = store.circulation().holdQueue(item->recordId);
    const QString loanText = loan ? Text::tr("%1, due %2").arg(readerLabel(store, loan->reader), qs(loan->due.toIso()))
                                  : QStringLiteral("-");
    QStringList lines {
        Text::tr("%1 %2").arg(qs(item->barcode), record ? qs(record->title) : QString()),
        Text::tr("  status:          %1").arg(statusText(item->status)),
        Text::tr("  owner:           %1").arg(libraryLabel(store, item->ownerLibrary)),
        Text::tr("  current library: %1").arg(libraryLabel(store, item->currentLibrary)),
        Text::tr("  in transit to:   %1")
            .arg(item->transitTo ? libraryLabel(store, *item->transitTo) : QStringLiteral("-")),
        Text::tr("  loan:            %1").arg(loanText),
        Text::tr("  holds waiting:   %1").arg(queue.size()),
        Text::tr("  type:            %1").arg(qs(item->type)),
        Text::tr("  call number:     %1").arg(item->callNumber.empty() ? QStringLiteral("-") : qs(item->callNumber))};
    QJsonArray history;
    for (const auto& event : store.circulation().itemHistory(barcode)) {
        lines << Text::tr("  history:         %1 at %2: %3")
                     .arg(localTime(store, event.at), libraryLabel(store, event.library), eventText(event));
        history.append(QJsonObject {{"at", qs(ils::formatUtc(event.at))},
                                    {"kind", qs(event.kind)},
                                    {"library", qs(event.library)},
                                    {"operator", qs(event.operatorName)},
                                    {"detail", qs(event.detail)}});
    }
    ctx.out().result({{"item", toJson(*item)},
                      {"record", record ? toJson(*record) : QJsonObject()},
                      {"loan", loan ? QJsonValue(toJson(*loan)) : QJsonValue()},
                      {"holds_queue", static_cast<qint64>(queue.size())},
                      {"history", history}},
                     lines);
    return Success;
}

} // namespace

CommandList itemCommands()
{
    return {
        {{"item", "add"},
         {},
         {{"--library", "CODE", QT_TRANSLATE_NOOP("ilsctl", "the owning library"), true},
          {"--title", "TITLE", QT_TRANSLATE_NOOP("ilsctl", "title, for a new record")},
          {"--isbn", "ISBN", QT_TRANSLATE_NOOP("ilsctl", "ISBN; a record with this ISBN is reused")},
          {"--author", "NAME", QT_TRANSLATE_NOOP("ilsctl", "author, for a new record")},
          {"--publisher", "NAME", QT_TRANSLATE_NOOP("ilsctl", "publisher, for a new record")},
          {"--year", "YEAR", QT_TRANSLATE_NOOP("ilsctl", "year of publication, for a new record")},
          {"--record", "ID", QT_TRANSLATE_NOOP("ilsctl", "add a copy of this existing record")},
          {"--type", "TYPE", QT_TRANSLATE_NOOP("ilsctl", "item type for the rules (default book)")},
          {"--call-number", "TEXT", QT_TRANSLATE_NOOP("ilsctl", "call number")}},
         QT_TRANSLATE_NOOP("ilsctl", "Add a copy; prints the new barcode"),
         runItemAdd},
        {{"item", "show"},
         {"BARCODE"},
         {},
         QT_TRANSLATE_NOOP("ilsctl", "Show an item: status, owner, where it is, its loan and holds"),
         runItemShow},
    };
}

} // namespace ilsctl
