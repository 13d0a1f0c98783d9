// reader add / show / list / block / unblock / lost.
#include "Command.h"
#include "Context.h"
#include "Paging.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "CatalogueStore.h"
#include "Circulation.h"
#include "LocalStore.h"
#include "ReaderPrivacy.h"
#include "ReaderStore.h"
#include "ResidentId.h"

#include <QJsonArray>

namespace ilsctl {

namespace {

int runReaderAdd(Context& ctx)
{
    ils::NewReader request;
    request.library = ctx.required("--library");
    request.name = ctx.required("--name");
    request.type = ctx.option("--type").value_or("adult");
    request.idNumber = ctx.option("--id-number");
    if (auto deposit = ctx.option("--deposit"))
        request.depositFen = parseAmount(*deposit, QStringLiteral("--deposit"));
    const auto reader = accepted(ctx.store().circulation().registerReader(request));
    // The card number alone, so that a script can write card=$(ilsctl reader add …).
    ctx.out().result({{"reader", toJson(reader, false)}}, {qs(reader.card)});
    return Success;
}

ils::Reader findReader(ils::LocalStore& store, const std::string& card)
{
    auto reader = store.readers().find(card);
    // A resident ID number finds its reader too, by the keyed hash (a branch has no clear numbers).
    if (!reader && ils::isValidResidentId(card))
        reader = store.readers().findByIdNumber(ils::normalizeResidentId(card));
    if (!reader)
        throw refusalError(ils::refuse(ils::Reason::ReaderUnknown, "no reader with card " + card));
    return *reader;
}

QStringList loanLines(ils::LocalStore& store, const std::vector<ils::Loan>& loans, QJsonArray& json)
{
    QStringList lines {Text::tr("  loans (%1):").arg(loans.size())};
    for (const auto& loan : loans) {
        json.append(toJson(loan));
        const auto item = store.catalogue().findItem(loan.item);
        lines << Text::tr("    %1 %2, due %3, lent at %4")
                     .arg(qs(loan.item),
                          item ? titleOf(store, item->recordId) : QString(),
                          qs(loan.due.toIso()),
                          libraryLabel(store, loan.library));
    }
    return lines;
}

QStringList holdLines(ils::LocalStore& store, const std::vector<ils::Hold>& holds, QJsonArray& json)
{
    QStringList lines {Text::tr("  holds (%1):").arg(holds.size())};
    for (const auto& hold : holds) {
        json.append(toJson(hold));
        lines << Text::tr("    #%1 %2, pickup at %3, %4")
                     .arg(QString::number(hold.id),
                          titleOf(store, hold.recordId),
                          libraryLabel(store, hold.pickupLibrary),
                          statusText(hold.status));
    }
    return lines;
}

int runReaderShow(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const bool reveal = ctx.flag("--reveal-id");
    if (reveal && !ils::keepsClearIdNumbers(store.db()))
        throw usageError(Text::tr("--reveal-id works only at the central: a branch keeps resident ID numbers "
                                  "masked and hashed, never in full"));
    const ils::Reader reader = findReader(store, ctx.positional(0));
    const ils::Circulation& circulation = store.circulation();
    const auto owed = circulation.owedFen(reader.card);
    QString status = statusText(reader.status);
    if (!reader.blockReason.empty())
        status += Text::tr(" (%1)").arg(qs(reader.blockReason));
    QStringList lines {named(qs(reader.name), reader.card),
                       Text::tr("  type:         %1").arg(qs(reader.type)),
                       Text::tr("  home library: %1").arg(libraryLabel(store, reader.homeLibrary)),
                       Text::tr("  status:       %1").arg(status),
                       Text::tr("  card expires: %1").arg(qs(reader.expiry.toIso())),
                       Text::tr("  ID number:    %1")
                           .arg(reader.idMasked.empty() ? QStringLiteral("-") : shownIdNumber(reader, reveal)),
                       Text::tr("  deposit:      %1").arg(formatYuan(reader.depositFen)),
                       Text::tr("  owes:         %1").arg(formatYuan(owed))};
    QJsonArray loans;
    QJsonArray holds;
    lines << loanLines(store, circulation.openLoans(reader.card), loans);
    lines << holdLines(store, circulation.openHolds(reader.card), holds);
    ctx.out().result({{"reader", toJson(reader, reveal)},
                      {"owed_fen", static_cast<qint64>(owed)},
                      {"loans", loans},
                      {"holds", holds}},
                     lines);
    return Success;
}

int runReaderList(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const Page page = Page::of(ctx);
    const auto readers = store.readers().list(page.limit, page.offset);
    const std::int64_t total = store.readers().count();
    QJsonArray json;
    Table table({Text::tr("card"), Text::tr("name"), Text::tr("type"), Text::tr("home library"), Text::tr("status")});
    for (const auto& reader : readers) {
        json.append(toJson(reader, false));
        table.add(
            {qs(reader.card), qs(reader.name), qs(reader.type), qs(reader.homeLibrary), statusText(reader.status)});
    }
    QJsonObject out {{"readers", json}};
    QStringList lines = table.empty() && total == 0 ? QStringList {Text::tr("No readers.")} : table.lines();
    page.describe(out, lines, total);
    ctx.out().result(out, lines);
    return Success;
}

int changeStatus(Context& ctx, ils::ReaderStatus status, const std::string& reason)
{
    const auto reader = accepted(ctx.store().circulation().setReaderStatus(ctx.positional(0), status, reason));
    QString line = Text::tr("%1 is now %2.").arg(named(qs(reader.name), reader.card), statusText(reader.status));
    if (!reason.empty())
        line += Text::tr(" Reason: %1").arg(qs(reason));
    ctx.out().result({{"reader", toJson(reader, false)}}, {line});
    return Success;
}

int runReaderBlock(Context& ctx)
{
    return changeStatus(ctx, ils::ReaderStatus::Blocked, ctx.required("--reason"));
}

int runReaderUnblock(Context& ctx)
{
    return changeStatus(ctx, ils::ReaderStatus::Active, {});
}

int runReaderLost(Context& ctx)
{
    return changeStatus(ctx, ils::ReaderStatus::CardLost, ctx.option("--reason").value_or(""));
}

} // namespace

CommandList readerCommands()
{
    return {
        {{"reader", "add"},
         {},
         {{"--library", "CODE", QT_TRANSLATE_NOOP("ilsctl", "the library issuing the card"), true},
          {"--name", "NAME", QT_TRANSLATE_NOOP("ilsctl", "the reader's name"), true},
          {"--type", "TYPE", QT_TRANSLATE_NOOP("ilsctl", "reader type for the rules (default adult)")},
          {"--id-number", "N", QT_TRANSLATE_NOOP("ilsctl", "18-digit resident ID number")},
          {"--deposit", "YUAN", QT_TRANSLATE_NOOP("ilsctl", "deposit paid, e.g. 100.00")}},
         QT_TRANSLATE_NOOP("ilsctl", "Register a reader; prints the new card number"),
         runReaderAdd},
        {{"reader", "show"},
         {"CARD"}, // or a resident ID number
         {{"--reveal-id", nullptr, QT_TRANSLATE_NOOP("ilsctl", "show the resident ID number unmasked")}},
         QT_TRANSLATE_NOOP("ilsctl", "Show a reader with loans, holds and what they owe"),
         runReaderShow},
        {{"reader", "list"}, {}, withPageOptions(), QT_TRANSLATE_NOOP("ilsctl", "List readers"), runReaderList},
        {{"reader", "block"},
         {"CARD"},
         {{"--reason", "TEXT", QT_TRANSLATE_NOOP("ilsctl", "why the reader is blocked"), true}},
         QT_TRANSLATE_NOOP("ilsctl", "Block a reader from borrowing"),
         runReaderBlock},
        {{"reader", "unblock"},
         {"CARD"},
         {},
         QT_TRANSLATE_NOOP("ilsctl", "Let a reader borrow again"),
         runReaderUnblock},
        {{"reader", "lost"},
         {"CARD"},
         {{"--reason", "TEXT", QT_TRANSLATE_NOOP("ilsctl", "a note, e.g. who reported it")}},
         QT_TRANSLATE_NOOP("ilsctl", "Report a reader's card lost"),
         runReaderLost},
    };
}

} // namespace ilsctl
