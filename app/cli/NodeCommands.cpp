// node add / list / revoke, nodes: the central's register of branch nodes (docs/SYNC.md).
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Paging.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "CentralService.h"
#include "LocalStore.h"
#include "ReplicaService.h"

#include <QJsonArray>

#include <algorithm>

namespace ilsctl {

namespace {

constexpr int defaultValidDays = 7;

QString nodeStatusText(const std::string& status)
{
    if (status == "pending")
        return Text::tr("waiting for enrolment");
    if (status == "active")
        return Text::tr("active");
    if (status == "revoked")
        return Text::tr("revoked");
    return qs(status);
}

QJsonObject toJson(const ils::NodeInfo& node)
{
    return {{"id", qs(node.nodeId)},
            {"number", node.number},
            {"library", qs(node.library)},
            {"name", qs(node.name)},
            {"status", qs(node.status)},
            {"last_seq", static_cast<qint64>(node.lastSeq)},
            {"last_contact", node.lastContact ? QJsonValue(qs(ils::formatUtc(*node.lastContact))) : QJsonValue()},
            {"backlog", static_cast<qint64>(node.backlog)}};
}

// Nodes are registered at the central only: a node's replica would pass its register on to
// nobody, and preparing it as a central would install the change feed where it does not belong.
ils::LocalStore& centralStore(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    if (ils::ReplicaService(store).credentials())
        throw usageError(Text::tr("this database is the replica of an enrolled node; nodes are managed on the "
                                  "central's database"));
    return store;
}

int runNodeAdd(Context& ctx)
{
    const std::string library = ctx.required("--library");
    const auto daysText = ctx.option("--valid-days");
    const int days = daysText ? parseCount(*daysText, QStringLiteral("--valid-days"), 365) : defaultValidDays;
    if (days < 1)
        throw usageError(Text::tr("--valid-days: a token must be valid for at least one day"));
    ils::LocalStore& store = centralStore(ctx);
    ils::CentralService central(store);
    central.prepare();
    const auto token = accepted(central.addNode(library, ctx.option("--name").value_or(""), days));
    const ils::NodeInfo& node = token.node;
    QJsonObject json = toJson(node);
    json.insert("token", qs(token.token));
    json.insert("expires_at", qs(ils::formatUtc(token.expiresAt)));
    ctx.out().result(
        {{"node", json}},
        {Text::tr("Added node %1 (number %2) for %3.")
             .arg(qs(node.nodeId), QString::number(node.number), libraryLabel(store, node.library)),
         Text::tr("Enrolment token (shown once, valid until %1): %2")
             .arg(localTime(store, token.expiresAt), qs(token.token)),
         Text::tr("On the node: ilsctl --db NODE.db enrol --central HOST:PORT --fingerprint SHA256 (it asks for "
                  "the token; or pipe it in with --token-stdin)")});
    return Success;
}

int runNodeList(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    QJsonArray json;
    Table table({Text::tr("node"),
                 Text::tr("number"),
                 Text::tr("library"),
                 Text::tr("name"),
                 Text::tr("status"),
                 Text::tr("last contact"),
                 Text::tr("backlog"),
                 Text::tr("last seq")});
    const auto all = ils::CentralService(store).nodes();
    const Page page = Page::of(ctx);
    for (const auto& node : page.cut(all)) {
        json.append(toJson(node));
        table.add({qs(node.nodeId),
                   QString::number(node.number),
                   qs(node.library),
                   qs(node.name),
                   nodeStatusText(node.status),
                   node.lastContact ? localTime(store, *node.lastContact) : Text::tr("never"),
                   QString::number(node.backlog),
                   QString::number(node.lastSeq)});
    }
    QJsonObject out {{"nodes", json}};
    QStringList lines = table.empty() && all.empty() ? QStringList {Text::tr("No nodes.")} : table.lines();
    page.describe(out, lines, static_cast<std::int64_t>(all.size()));
    ctx.out().result(out, lines);
    return Success;
}

int runNodeRevoke(Context& ctx)
{
    ils::LocalStore& store = centralStore(ctx);
    ils::CentralService central(store);
    const std::string& id = ctx.positional(0);
    const auto nodes = central.nodes();
    if (std::none_of(nodes.begin(), nodes.end(), [&](const ils::NodeInfo& n) { return n.nodeId == id; }))
        throw notFoundError(Text::tr("there is no node %1 ('ilsctl nodes' lists them)").arg(qs(id)));
    const auto node = accepted(central.revokeNode(id));
    ctx.out().result(
        {{"node", toJson(node)}},
        {Text::tr("Node %1 is revoked: the central refuses its credentials from now on.").arg(qs(node.nodeId))});
    return Success;
}

int runNodeSkip(Context& ctx)
{
    ils::LocalStore& store = centralStore(ctx);
    ils::CentralService central(store);
    const std::string& id = ctx.positional(0);
    const auto nodes = central.nodes();
    if (std::none_of(nodes.begin(), nodes.end(), [&](const ils::NodeInfo& n) { return n.nodeId == id; }))
        throw notFoundError(Text::tr("there is no node %1 ('ilsctl nodes' lists them)").arg(qs(id)));
    const std::int64_t seq = parseSequence(ctx.required("--to"), QStringLiteral("--to"));
    const std::int64_t before =
        std::find_if(nodes.begin(), nodes.end(), [&](const ils::NodeInfo& n) { return n.nodeId == id; })->lastSeq;
    const auto node = accepted(central.skipLostOperations(id, seq));
    ctx.out().result({{"node", toJson(node)}, {"lost_from", static_cast<qint64>(before + 1)}},
                     {Text::tr("Operations %1 to %2 of node %3 are recorded as lost; the node continues after %2.")
                          .arg(QString::number(before + 1), QString::number(seq), qs(node.nodeId))});
    return Success;
}

} // namespace

CommandList nodeCommands()
{
    const char* listSummary = QT_TRANSLATE_NOOP("ilsctl", "List the nodes: status, last contact, backlog (central)");
    return {
        {{"node", "add"},
         {},
         {{"--library", "CODE", QT_TRANSLATE_NOOP("ilsctl", "the library the node works for"), true},
          {"--name", "NAME", QT_TRANSLATE_NOOP("ilsctl", "a name for the node, e.g. the desk it serves")},
          {"--valid-days", "D", QT_TRANSLATE_NOOP("ilsctl", "days the enrolment token stays valid (default 7)")}},
         QT_TRANSLATE_NOOP("ilsctl", "Register a node at the central; prints its one-time enrolment token"),
         runNodeAdd},
        {{"node", "list"}, {}, withPageOptions(), listSummary, runNodeList},
        {{"nodes"}, {}, withPageOptions(), listSummary, runNodeList},
        {{"node", "revoke"},
         {"NODE_ID"},
         {},
         QT_TRANSLATE_NOOP("ilsctl", "Revoke a node's credentials (central)"),
         runNodeRevoke},
        {{"node", "skip"},
         {"NODE_ID"},
         {{"--to", "SEQ", QT_TRANSLATE_NOOP("ilsctl", "the last lost sequence number"), true}},
         QT_TRANSLATE_NOOP("ilsctl",
                           "After a restore: accept that a node's operations up to SEQ are lost, which it no longer "
                           "keeps (central)"),
         runNodeSkip},
    };
}

} // namespace ilsctl
