// backup / restore: copies of the central's database (docs/SYNC.md, "Backup and restore").
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Tr.h"

#include "Backup.h"
#include "Database.h"
#include "Time.h"

#include <QJsonArray>

namespace ilsctl {

namespace {

QString megabytes(std::uint64_t bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString carriedNames(const std::vector<std::string>& nodes)
{
    QStringList names;
    for (const auto& node : nodes)
        names << qs(node);
    return names.join(QStringLiteral(", "));
}

int runBackup(Context& ctx)
{
    const std::string source = ctx.databasePath();
    const std::string target = ctx.required("--to");
    ils::BackupResult result;
    try {
        result = ils::backupDatabase(source, target);
    } catch (const ils::StoreError& e) {
        throw CliError(StoreFailure, QStringLiteral("backup_failed"), Text::tr("backup failed: %1").arg(qs(e.what())));
    }
    ctx.out().result({{"path", qs(result.path)},
                      {"bytes", static_cast<qint64>(result.bytes)},
                      {"head_cn", static_cast<qint64>(result.headCn)}},
                     {Text::tr("Backed up %1 to %2 (%3 MB, checked; up to change number %4).")
                          .arg(qs(source), qs(result.path), megabytes(result.bytes), QString::number(result.headCn))});
    return Success;
}

int runRestore(Context& ctx)
{
    const std::string target = ctx.databasePath();
    const std::string backup = ctx.required("--from");
    ils::RestoreResult result;
    try {
        result = ils::restoreDatabase(backup, target, ils::SystemClock().now());
    } catch (const ils::StoreError& e) {
        throw CliError(
            StoreFailure, QStringLiteral("restore_failed"), Text::tr("restore failed: %1").arg(qs(e.what())));
    }
    QJsonArray carried;
    for (const auto& node : result.nodesCarriedOver)
        carried.append(qs(node));
    QStringList lines {Text::tr("Restored %1 from %2 (up to change number %3).")
                           .arg(qs(target), qs(backup), QString::number(result.headCn))};
    if (!result.keptAside.empty())
        lines << Text::tr("The replaced database is kept as %1.").arg(qs(result.keptAside));
    if (!result.nodesCarriedOver.empty())
        lines << Text::tr("Nodes registered after the backup, kept from the replaced database: %1.")
                     .arg(carriedNames(result.nodesCarriedOver));
    lines << Text::tr("Start ils-central again: at its next sync each node sends again what the backup lacks "
                      "and rebuilds its replica from the central's snapshot.");
    ctx.out().result({{"restored", qs(target)},
                      {"kept_aside", result.keptAside.empty() ? QJsonValue() : QJsonValue(qs(result.keptAside))},
                      {"head_cn", static_cast<qint64>(result.headCn)},
                      {"next_cn", static_cast<qint64>(result.nextCn)},
                      {"epoch", qs(result.epoch)},
                      {"nodes_carried_over", carried}},
                     lines);
    return Success;
}

} // namespace

CommandList backupCommands()
{
    return {
        {{"backup"},
         {},
         {{"--to", "FILE", QT_TRANSLATE_NOOP("ilsctl", "the backup file to write (replaced if it exists)"), true}},
         QT_TRANSLATE_NOOP("ilsctl", "Copy the central's database consistently, also while ils-central runs"),
         runBackup},
        {{"restore"},
         {},
         {{"--from", "FILE", QT_TRANSLATE_NOOP("ilsctl", "the backup file to restore"), true}},
         QT_TRANSLATE_NOOP("ilsctl", "Replace the central's database by a backup (stop ils-central first)"),
         runRestore},
    };
}

} // namespace ilsctl
