// outbox: the node's queue of transactions waiting for (or acknowledged by) the central.
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Paging.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ilsctl {

namespace {

constexpr int defaultLimit = 100;

int runOutbox(Context& ctx)
{
    const auto limitText = ctx.option("--limit");
    const auto afterText = ctx.option("--after");
    const int limit = limitText ? parseCount(*limitText, QStringLiteral("--limit")) : defaultLimit;
    const std::int64_t after = afterText ? parseSequence(*afterText, QStringLiteral("--after")) : 0;
    ils::Outbox& outbox = ctx.store().outbox();
    auto entries = outbox.list(after, limit + 1, ctx.flag("--pending")); // one more: are there more?
    const bool more = entries.size() > static_cast<std::size_t>(limit);
    if (more)
        entries.pop_back();
    const auto pending = outbox.pendingCount();
    QJsonArray json;
    Table table({Text::tr("seq"),
                 Text::tr("time (UTC)"),
                 Text::tr("type"),
                 Text::tr("operator"),
                 Text::tr("state"),
                 Text::tr("uuid"),
                 Text::tr("payload")});
    for (const auto& entry : entries) {
        const QJsonObject object = toJson(entry, ctx.flag("--reveal-id"));
        json.append(object);
        table.add(
            {QString::number(entry.seq),
             qs(ils::formatUtc(entry.createdAt)),
             qs(entry.type),
             qs(entry.operatorName),
             qs(entry.state),
             qs(entry.uuid),
             QString::fromUtf8(QJsonDocument(object.value("payload").toObject()).toJson(QJsonDocument::Compact))});
    }
    QStringList lines {
        Text::tr("%n entry(ies) waiting to be sent to the central.", nullptr, static_cast<int>(pending))};
    if (!table.empty())
        lines << table.lines();
    QJsonObject out {{"pending", static_cast<qint64>(pending)}, {"entries", json}};
    describeMore(out, lines, limit, more, entries.empty() ? after : entries.back().seq);
    ctx.out().result(out, lines);
    return Success;
}

} // namespace

CommandList outboxCommands()
{
    return {
        {{"outbox"},
         {},
         {{"--pending", nullptr, QT_TRANSLATE_NOOP("ilsctl", "only entries not yet acknowledged by the central")},
          {"--limit", "N", QT_TRANSLATE_NOOP("ilsctl", "at most N entries (default 100)")},
          {"--after", "SEQ", QT_TRANSLATE_NOOP("ilsctl", "only entries after this sequence number")},
          {"--reveal-id", nullptr, QT_TRANSLATE_NOOP("ilsctl", "show resident ID numbers in payloads unmasked")}},
         QT_TRANSLATE_NOOP("ilsctl", "List the outbox, oldest first"),
         runOutbox},
    };
}

} // namespace ilsctl
