// exceptions: the report of what the central recorded against the rules while applying the
// nodes' operations (docs/SYNC.md). The table replicates, so a node's database shows it too.
#include "Command.h"
#include "Context.h"
#include "Paging.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "CentralService.h"
#include "LocalStore.h"

#include <QJsonArray>

namespace ilsctl {

namespace {

constexpr int defaultLimit = 1000;

int runExceptions(Context& ctx)
{
    const auto limitText = ctx.option("--limit");
    const auto afterText = ctx.option("--after");
    const int limit = limitText ? parseCount(*limitText, QStringLiteral("--limit")) : defaultLimit;
    const std::int64_t after = afterText ? parseSequence(*afterText, QStringLiteral("--after")) : 0;
    ils::LocalStore& store = ctx.store();
    auto entries = ils::CentralService(store).exceptions(after, limit + 1); // one more: are there more?
    const bool more = entries.size() > static_cast<std::size_t>(limit);
    if (more)
        entries.pop_back();
    QJsonArray json;
    QStringList lines;
    for (const auto& entry : entries) {
        const QString sentence = reasonTextForCode(entry.code);
        QJsonObject facts; // the specifics as data (none in entries recorded before schema version 5)
        for (const auto& [key, value] : entry.facts.value_or(ils::RefusalFacts {}))
            facts.insert(qs(key), qs(value));
        json.append(QJsonObject {{"id", static_cast<qint64>(entry.id)},
                                 {"at", qs(ils::formatUtc(entry.at))},
                                 {"node_id", qs(entry.nodeId)},
                                 {"seq", static_cast<qint64>(entry.seq)},
                                 {"operation", qs(entry.type)},
                                 {"code", qs(entry.code)},
                                 {"reason", sentence},
                                 {"library", qs(entry.library)},
                                 {"detail", qs(entry.detail)},
                                 {"facts", facts}});
        lines << Text::tr("#%1  %2  %3 seq %4  %5 at %6")
                     .arg(QString::number(entry.id),
                          localTime(store, entry.at),
                          qs(entry.nodeId),
                          QString::number(entry.seq),
                          qs(entry.type),
                          entry.library.empty() ? QStringLiteral("-") : libraryLabel(store, entry.library));
        lines << (sentence.isEmpty() ? QStringLiteral("    ") + qs(entry.code)
                                     : Text::tr("    %1: %2").arg(qs(entry.code), sentence));
        if (!entry.detail.empty())
            lines << QStringLiteral("    ") + qs(entry.detail); // core's words, not translated
    }
    if (lines.isEmpty())
        lines << Text::tr("No exceptions.");
    const qint64 last = entries.empty() ? after : entries.back().id;
    QJsonObject out {{"exceptions", json}, {"last_id", last}};
    describeMore(out, lines, limit, more, last);
    ctx.out().result(out, lines);
    return Success;
}

} // namespace

CommandList exceptionCommands()
{
    return {
        {{"exceptions"},
         {},
         {{"--after", "ID", QT_TRANSLATE_NOOP("ilsctl", "only entries after this id (to page on)")},
          {"--limit", "N", QT_TRANSLATE_NOOP("ilsctl", "at most N entries (default 1000)")}},
         QT_TRANSLATE_NOOP("ilsctl", "List the exceptions report: rules broken by operations done offline"),
         runExceptions},
    };
}

} // namespace ilsctl
