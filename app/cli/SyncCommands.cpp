// enrol and sync: a node's side of replication, carried by the sync module (docs/SYNC.md).
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "SecretInput.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "CertificateFingerprint.h"
#include "Enrolment.h"
#include "SyncClient.h"

#include "LocalStore.h"
#include "ReplicaService.h"
#include "Settings.h"

#include <QFileInfo>

#include <unistd.h>

namespace ilsctl {

namespace {

std::string fingerprintOption(const std::string& text)
{
    const auto fingerprint = ils::normaliseFingerprint(text);
    if (!fingerprint)
        throw usageError(Text::tr("--fingerprint: '%1' is not valid (expected the SHA-256 fingerprint of the "
                                  "central's certificate: 64 hex digits, colons allowed)")
                             .arg(qs(text)));
    return *fingerprint;
}

ils::CentralAddress centralOption(const std::string& text, const std::string& fingerprint)
{
    const auto [host, port] = parseHostPort(text, QStringLiteral("--central"));
    return {host, port, fingerprint};
}

// The client reports an Error message of the central as "the central closed the session: …";
// anything else (no route, timeout, a certificate that does not match) never reached a verdict.
bool centralRefused(const std::string& error)
{
    return error.starts_with("the central closed the session:");
}

// The one-time token enrols a node and so gets its credentials: read from stdin or a prompt
// without echo, never from argv, which every user of the PC can read in ps. --token still works,
// with a warning, for scripts written before --token-stdin.
std::string enrolmentToken(Context& ctx)
{
    const QString ended = Text::tr("no enrolment token: standard input ended");
    if (const auto given = ctx.option("--token")) {
        if (ctx.flag("--token-stdin"))
            throw usageError(Text::tr("give the token either with --token-stdin or with --token, not both"));
        ctx.out().warn(Text::tr("ilsctl: warning: --token shows the token to every user of this computer (ps); "
                                "use --token-stdin or the prompt"));
        return *given;
    }
    std::string token;
    if (ctx.flag("--token-stdin"))
        token = readSecretLine(ended);
    else if (isatty(STDIN_FILENO))
        token = promptSecret(Text::tr("Enrolment token: "), ended);
    else
        throw usageError(Text::tr("standard input is not a terminal: give the token with --token-stdin"));
    token = QString::fromStdString(token).trimmed().toStdString();
    if (token.empty())
        throw usageError(Text::tr("no enrolment token given"));
    return token;
}

QString seconds(double value)
{
    return QString::number(value, 'f', 2);
}

int runEnrol(Context& ctx)
{
    const std::string path = ctx.databasePath();
    if (QFileInfo::exists(qs(path)))
        throw usageError(Text::tr("database %1 already exists; enrolment creates a new node database, give a new path")
                             .arg(qs(path)));
    const auto central = centralOption(ctx.required("--central"), fingerprintOption(ctx.required("--fingerprint")));
    const std::string token = enrolmentToken(ctx);
    const auto result = ils::enrol(path, central, token, ctx.option("--name").value_or(""));
    if (!result.ok()) {
        if (centralRefused(result.error))
            throw CliError(BadInput,
                           QStringLiteral("enrolment_refused"),
                           Text::tr("the central refused the enrolment: %1").arg(qs(result.error)));
        throw CliError(
            SyncFailure, QStringLiteral("sync_failed"), Text::tr("enrolment failed: %1").arg(qs(result.error)));
    }
    ils::LocalStore& store = ctx.store();
    const ils::NodeInfo& node = result.node;
    ctx.out().result({{"node_id", qs(node.nodeId)},
                      {"number", node.number},
                      {"library", qs(node.library)},
                      {"name", qs(node.name)},
                      {"cursor", static_cast<qint64>(result.cursor)},
                      {"snapshot_bytes", static_cast<qint64>(result.snapshotBytes)},
                      {"compressed_bytes", static_cast<qint64>(result.compressedBytes)},
                      {"seconds", result.seconds}},
                     {Text::tr("Enrolled as node %1 (number %2) for %3.")
                          .arg(qs(node.nodeId), QString::number(node.number), libraryLabel(store, node.library)),
                      Text::tr("Replica %1 made from the central's snapshot: %2 bytes (%3 compressed), change "
                               "number %4, in %5 s.")
                          .arg(qs(path),
                               QString::number(result.snapshotBytes),
                               QString::number(result.compressedBytes),
                               QString::number(result.cursor),
                               seconds(result.seconds))});
    return Success;
}

QJsonObject toJson(const ils::SyncSummary& summary)
{
    return {{"pushed", static_cast<qint64>(summary.pushed)},
            {"applied", static_cast<qint64>(summary.applied)},
            {"exceptions", static_cast<qint64>(summary.exceptions)},
            {"rejected", static_cast<qint64>(summary.rejected)},
            {"pulled", static_cast<qint64>(summary.pulled)},
            {"cursor", static_cast<qint64>(summary.cursor)},
            {"backlog", static_cast<qint64>(summary.backlog)},
            {"requeued", static_cast<qint64>(summary.requeued)},
            {"central_restored", summary.centralRestored},
            {"seconds", summary.seconds}};
}

int runSync(Context& ctx)
{
    // The desk's practice database (练习模式) holds made-up loans: they must never reach a central.
    if (ctx.store().settings().get("local.training", "") == "1")
        throw CliError(BadInput,
                       QStringLiteral("training_database"),
                       Text::tr("this is a training database (practice mode); its transactions never sync"));
    const auto credentials = ils::ReplicaService(ctx.store()).credentials();
    if (!credentials)
        throw CliError(BadInput,
                       QStringLiteral("not_enrolled"),
                       Text::tr("this database is not an enrolled node; enrol it first with 'ilsctl enrol'"));
    ils::SyncOptions options;
    const auto centralText = ctx.option("--central");
    const auto fingerprintText = ctx.option("--fingerprint");
    if (centralText || fingerprintText) {
        ils::CentralAddress central = credentials->central;
        if (centralText)
            central = centralOption(*centralText, central.fingerprint);
        if (fingerprintText)
            central.fingerprint = fingerprintOption(*fingerprintText);
        options.central = central;
    }
    const auto summary = ils::syncOnce(ctx.databasePath(), options);
    if (!summary.ok())
        throw CliError(SyncFailure,
                       QStringLiteral("sync_failed"),
                       Text::tr("sync failed after %1 operation(s) pushed and %2 change(s) pulled: %3")
                           .arg(QString::number(summary.pushed), QString::number(summary.pulled), qs(summary.error)),
                       toJson(summary));
    QStringList lines;
    if (summary.centralRestored || summary.requeued > 0)
        lines << Text::tr("The central was restored from a backup: %1 operation(s) it lacked were sent again, and "
                          "this replica was rebuilt from the central's snapshot.")
                     .arg(QString::number(summary.requeued));
    lines << Text::tr("Pushed %1 operation(s): %2 applied, %3 applied with exceptions, %4 rejected.")
                 .arg(QString::number(summary.pushed),
                      QString::number(summary.applied),
                      QString::number(summary.exceptions),
                      QString::number(summary.rejected))
          << Text::tr("Pulled %1 change(s); the replica is at change number %2.")
                 .arg(QString::number(summary.pulled), QString::number(summary.cursor))
          << Text::tr("%1 operation(s) still waiting in the outbox. Done in %2 s.")
                 .arg(QString::number(summary.backlog), seconds(summary.seconds));
    ctx.out().result(toJson(summary), lines);
    return Success;
}

} // namespace

CommandList syncCommands()
{
    return {
        {{"enrol"},
         {},
         {{"--central", "HOST:PORT", QT_TRANSLATE_NOOP("ilsctl", "where the central's ils-central listens"), true},
          {"--fingerprint",
           "SHA256",
           QT_TRANSLATE_NOOP("ilsctl", "the SHA-256 fingerprint of the central's certificate"),
           true},
          {"--token-stdin",
           nullptr,
           QT_TRANSLATE_NOOP("ilsctl",
                             "read the one-time token from 'ilsctl node add' from the first line of stdin (without "
                             "it: asked for without echo)")},
          {"--token",
           "TOKEN",
           QT_TRANSLATE_NOOP("ilsctl", "the token on the command line, where other users see it: avoid")},
          {"--name", "NAME", QT_TRANSLATE_NOOP("ilsctl", "a name for this node, e.g. the desk it serves")}},
         QT_TRANSLATE_NOOP("ilsctl",
                           "Make --db (a new file) a node's replica, from the central's snapshot; stores the "
                           "node's credentials"),
         runEnrol},
        {{"sync"},
         {},
         {{"--central",
           "HOST:PORT",
           QT_TRANSLATE_NOOP("ilsctl", "the central's address for this run (default: as enrolled)")},
          {"--fingerprint",
           "SHA256",
           QT_TRANSLATE_NOOP("ilsctl", "the certificate fingerprint to expect for this run (default: as enrolled)")}},
         QT_TRANSLATE_NOOP("ilsctl", "Push the outbox to the central, pull its changes, and report"),
         runSync},
    };
}

} // namespace ilsctl
