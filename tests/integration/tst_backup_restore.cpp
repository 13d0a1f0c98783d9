// The county central restored from an older backup loses nothing the branches had: two nodes and
// ils-central as real processes on 127.0.0.1 over TLS. Operations are synced, `ilsctl backup`
// copies the running central, more operations are pushed, acknowledged and pulled by the other
// branch, the central is stopped and `ilsctl restore`d, and after the nodes sync again every
// operation is at the central exactly once (by node and sequence number, and by its effects:
// loans, fees, payments) and the replicas hold the central's rows (docs/SYNC.md, "Backup and
// restore"). Meanwhile ils-central writes its scheduled backups. Each slot builds on the ones
// before it.
#include "Processes.h"

#include "Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <tuple>

using namespace integration;

namespace {

const QString county = QStringLiteral("532622");
const QString branchA = QStringLiteral("532622-01");
const QString branchB = QStringLiteral("532622-02");

const QByteArray ranges = "kind\tfirst\tlast\tlibrary\tdescription\n"
                          "reader\t532622000000001\t532622000999999\t532622\t县馆读者证\n"
                          "reader\t532622001000001\t532622001999999\t532622-01\t江那镇分馆读者证\n"
                          "reader\t532622002000001\t532622002999999\t532622-02\t平远镇分馆读者证\n"
                          "item\t2622000000000001\t2622009999999999\t532622\t县馆馆藏\n"
                          "item\t2622010000000001\t2622019999999999\t532622-01\t江那镇分馆馆藏\n"
                          "item\t2622020000000001\t2622029999999999\t532622-02\t平远镇分馆馆藏\n";

bool ownerOnly(const QString& path)
{
    namespace fs = std::filesystem;
    return (fs::status(path.toStdString()).permissions() & fs::perms::all)
        == (fs::perms::owner_read | fs::perms::owner_write);
}

std::int64_t number(const QString& db, const std::string& sql)
{
    return std::stoll(queryRows(db, sql).front());
}

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

private:
    Run on(const QString& db, QStringList arguments, const QMap<QString, QString>& environment = {}) const
    {
        arguments << "--db" << db;
        return ilsctl(arguments, environment);
    }
    QString path(const char* name) const { return m_dir.filePath(name); }
    void enrolNode(const QString& db, const QString& library, QString& nodeId);
    QString addReader(const QString& db, const QString& library, const QString& name);
    void expectConverged();
    // Every operation of each node's outbox is applied at the central exactly once.
    void expectEachOperationOnce();

    QTemporaryDir m_dir;
    QString m_fingerprint;
    QString m_centralDb;
    QString m_dbA;
    QString m_dbB;
    QString m_nodeA;
    QString m_nodeB;
    QString m_backups;
    std::unique_ptr<Central> m_central;
    QStringList m_copies;
    QString m_readerA;
    QString m_readerB;

private slots:
    void initTestCase();
    void scheduledBackupsRunWhileNodesSync();
    void badBackupSettingsAndASecondCentralAreRefused();
    void restoredCentralGetsEveryOperationOnce();
    void changesAfterTheRestoreReachEveryNode();
    void operationsANodeNoLongerKeepsAreSkippedByTheAdministrator();
    void cleanupTestCase();
};

void TestBackupRestore::enrolNode(const QString& db, const QString& library, QString& nodeId)
{
    const Run add = on(m_centralDb, {"node", "add", "--library", library, "--json"});
    QVERIFY_RUN(add);
    const QString token = add.json().value("node").toObject().value("token").toString();
    const Run enrol = on(
        db, {"enrol", "--central", m_central->address(), "--fingerprint", m_fingerprint, "--token", token, "--json"});
    QVERIFY_RUN(enrol);
    nodeId = enrol.json().value("node_id").toString();
}

QString TestBackupRestore::addReader(const QString& db, const QString& library, const QString& name)
{
    const Run reader = on(db, {"reader", "add", "--library", library, "--name", name});
    return reader.exitCode == 0 ? reader.out.trimmed() : QString();
}

void TestBackupRestore::expectConverged()
{
    const Rows central = replicatedRows(m_centralDb);
    QVERIFY(!central.at("loans").empty());
    const QString a = firstDifference(central, replicatedRows(m_dbA));
    QVERIFY2(a.isEmpty(), qPrintable("node A differs from the central in " + a));
    const QString b = firstDifference(central, replicatedRows(m_dbB));
    QVERIFY2(b.isEmpty(), qPrintable("node B differs from the central in " + b));
}

void TestBackupRestore::expectEachOperationOnce()
{
    for (const auto& [node, db] : {std::pair {m_nodeA, m_dbA}, std::pair {m_nodeB, m_dbB}}) {
        const std::int64_t last = number(db, "SELECT coalesce(max(seq), 0) FROM outbox");
        QVERIFY(last > 0);
        const std::string where = " FROM applied WHERE node_id = '" + node.toStdString() + "'";
        QCOMPARE(number(m_centralDb, "SELECT count(*)" + where), last);
        QCOMPARE(number(m_centralDb, "SELECT count(DISTINCT seq)" + where), last);
        QCOMPARE(number(m_centralDb, "SELECT max(seq)" + where), last);
        QCOMPARE(number(m_centralDb, "SELECT count(DISTINCT uuid)" + where), last);
        QCOMPARE(number(db, "SELECT count(*) FROM outbox WHERE state = 'pending'"), std::int64_t(0));
    }
}

void TestBackupRestore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fingerprint = makeCertificate(m_dir.path());
    QVERIFY2(!m_fingerprint.isEmpty(), "openssl could not make a certificate");
    m_centralDb = path("central.db");
    m_dbA = path("branch-a.db");
    m_dbB = path("branch-b.db");
    m_backups = path("backups");

    QVERIFY_RUN(on(m_centralDb, {"init", "--county", county, "--name", "砚山县图书馆", "--division", county}));
    QVERIFY_RUN(on(m_centralDb, {"library", "add", branchA, "江那镇分馆", "--level", "branch", "--parent", county}));
    QVERIFY_RUN(on(m_centralDb, {"library", "add", branchB, "平远镇分馆", "--level", "branch", "--parent", county}));
    QFile table(path("ranges.tsv"));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write(ranges);
    table.close();
    QVERIFY_RUN(on(m_centralDb, {"ranges", "import", table.fileName()}));
    const Run first =
        on(m_centralDb, {"item", "add", "--library", county, "--title", "平凡的世界", "--author", "路遥", "--json"});
    QVERIFY_RUN(first);
    m_copies << first.json().value("item").toObject().value("barcode").toString();
    const QString record = QString::number(first.json().value("record").toObject().value("id").toInteger());
    for (int i = 1; i < 8; ++i) {
        const Run copy = on(m_centralDb, {"item", "add", "--library", county, "--record", record});
        QVERIFY_RUN(copy);
        m_copies << copy.out.trimmed();
    }

    m_central = std::make_unique<Central>(m_centralDb, path("cert.pem"), path("key.pem"));
    m_central->setExtraArguments({"--backup-dir", m_backups, "--backup-every", "2s", "--backup-keep", "2"});
    QVERIFY2(m_central->start(), qPrintable(m_central->log()));
    enrolNode(m_dbA, branchA, m_nodeA);
    enrolNode(m_dbB, branchB, m_nodeB);
}

void TestBackupRestore::scheduledBackupsRunWhileNodesSync()
{
    m_readerA = addReader(m_dbA, branchA, "张三");
    m_readerB = addReader(m_dbB, branchB, "王五");
    QVERIFY(!m_readerA.isEmpty() && !m_readerB.isEmpty());
    // Lent 40 days ago: its return after the backup owes a fine.
    const QString longAgo = QDateTime::currentDateTimeUtc().addDays(-40).toString(Qt::ISODate);
    QVERIFY_RUN(on(m_dbA, {"checkout", m_readerA, m_copies[0], "--at", branchA}, {{"ILS_NOW", longAgo}}));
    QVERIFY_RUN(on(m_dbB, {"checkout", m_readerB, m_copies[1], "--at", branchB}));
    // Syncs go on while the central writes a backup every 2 s and keeps the newest 2.
    QTRY_VERIFY_WITH_TIMEOUT(m_central->log().contains("old backup deleted"), 30000);
    for (int round = 0; round < 2; ++round) {
        QVERIFY_RUN(on(m_dbA, {"sync"}));
        QVERIFY_RUN(on(m_dbB, {"sync"}));
    }
    const QStringList written = QDir(m_backups).entryList({"central-*.db"}, QDir::Files);
    QVERIFY2(!written.isEmpty() && written.size() <= 3, qPrintable(written.join(", "))); // 3 between write and prune
    for (const QString& name : written)
        QVERIFY(ownerOnly(QDir(m_backups).filePath(name)));
    QVERIFY2(m_central->log().contains("backup written: " + m_backups), qPrintable(m_central->log()));
    QVERIFY(!m_central->log().contains("backup FAILED"));
    expectConverged();
}

void TestBackupRestore::badBackupSettingsAndASecondCentralAreRefused()
{
    for (const auto& [flag, value, named] : {std::tuple {"--backup-every", "5x", "backup_every"},
                                             std::tuple {"--backup-every", "0h", "backup_every"},
                                             std::tuple {"--backup-keep", "0", "backup_keep"}}) {
        QProcess central;
        central.start(ILS_CENTRAL_PATH, {"--db", m_centralDb, flag, value});
        QVERIFY(central.waitForFinished(20000));
        QCOMPARE(central.exitCode(), 2);
        const QString err = QString::fromUtf8(central.readAllStandardError());
        QVERIFY2(err.contains(named) && err.contains(value), qPrintable(err));
    }
    // The database is held by the running central: a second one on it stops with a clear message.
    Central second(m_centralDb, path("cert.pem"), path("key.pem"));
    QVERIFY(!second.start());
    QVERIFY2(second.log().contains("held by a running ils-central"), qPrintable(second.log()));
    QVERIFY(m_central->running());
}

void TestBackupRestore::restoredCentralGetsEveryOperationOnce()
{
    // The backup, taken while the central runs.
    const QString backup = path("central-backup.db");
    const Run taken = on(m_centralDb, {"backup", "--to", backup, "--json"});
    QVERIFY_RUN(taken);
    QVERIFY(ownerOnly(backup));
    const std::int64_t backupHead = taken.json().value("head_cn").toInteger();
    QVERIFY(backupHead > 0);

    // After it: operations pushed and acknowledged at both branches, and pulled by the other.
    QVERIFY_RUN(on(m_dbA, {"checkin", m_copies[0], "--at", branchA})); // 40 days: a fine
    QVERIFY_RUN(on(m_dbA, {"checkout", m_readerA, m_copies[2], "--at", branchA}));
    QVERIFY_RUN(on(m_dbA, {"fee", "pay", m_readerA, "0.10"}));
    const QString newReader = addReader(m_dbB, branchB, "孙七");
    QVERIFY(!newReader.isEmpty());
    QVERIFY_RUN(on(m_dbB, {"checkout", newReader, m_copies[3], "--at", branchB}));
    QVERIFY_RUN(on(m_dbB, {"checkout", m_readerB, m_copies[4], "--at", branchB}));
    // An administrator's change at the central after the backup: the restore loses it, and the
    // branches that pulled it must come back to the central's row.
    QVERIFY_RUN(on(m_centralDb, {"reader", "block", m_readerA, "--reason", "证件待核实"}));
    QVERIFY_RUN(on(m_dbA, {"sync"}));
    QVERIFY_RUN(on(m_dbB, {"sync"}));
    QVERIFY_RUN(on(m_dbA, {"sync"}));
    expectConverged();
    expectEachOperationOnce();
    const std::int64_t loans = number(m_centralDb, "SELECT count(*) FROM loans");
    const std::int64_t openLoans = number(m_centralDb, "SELECT count(*) FROM loans WHERE returned_at IS NULL");
    const std::int64_t fees = number(m_centralDb, "SELECT count(*) FROM fees");
    const std::int64_t paid = number(m_centralDb, "SELECT coalesce(sum(paid_fen), 0) FROM fees");
    const std::int64_t payments = number(m_centralDb, "SELECT count(*) FROM fee_events");
    QVERIFY(fees > 0);
    QCOMPARE(paid, std::int64_t(10));
    QCOMPARE(payments, std::int64_t(1));
    // B pulled what A did after the backup: its feed cursor is past the backup's head.
    QVERIFY(number(m_dbB, "SELECT value FROM settings WHERE key = 'local.feed_cursor'") > backupHead);

    // Not under a running central.
    const Run refused = on(m_centralDb, {"restore", "--from", backup, "--json"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("running ils-central"), qPrintable(refused.describe()));
    const quint16 port = m_central->port();
    QCOMPARE(m_central->stop(), 0);

    const Run restored = on(m_centralDb, {"restore", "--from", backup, "--json"});
    QVERIFY_RUN(restored);
    QVERIFY(QFile::exists(restored.json().value("kept_aside").toString()));
    QCOMPARE(restored.json().value("head_cn").toInteger(), backupHead);
    QVERIFY(number(m_centralDb, "SELECT count(*) FROM loans") < loans); // the backup lacks them
    QVERIFY2(m_central->start(port), qPrintable(m_central->log()));

    // Each node sends again what the restored central lacks, and pulls its rows anew.
    const Run syncA = on(m_dbA, {"sync", "--json"});
    QVERIFY_RUN(syncA);
    QCOMPARE(syncA.json().value("requeued").toInt(), 3);
    QCOMPARE(syncA.json().value("pushed").toInt(), 3);
    QCOMPARE(syncA.json().value("rejected").toInt(), 0);
    QVERIFY(syncA.json().value("central_restored").toBool());
    const Run syncB = on(m_dbB, {"sync", "--json"});
    QVERIFY_RUN(syncB);
    QCOMPARE(syncB.json().value("requeued").toInt(), 3);
    QCOMPARE(syncB.json().value("pushed").toInt(), 3);
    QCOMPARE(syncB.json().value("rejected").toInt(), 0);
    QVERIFY(syncB.json().value("central_restored").toBool());
    QVERIFY_RUN(on(m_dbA, {"sync"}));
    QVERIFY_RUN(on(m_dbB, {"sync"}));

    expectEachOperationOnce();
    QCOMPARE(number(m_centralDb, "SELECT count(*) FROM loans"), loans);
    QCOMPARE(number(m_centralDb, "SELECT count(*) FROM loans WHERE returned_at IS NULL"), openLoans);
    QCOMPARE(number(m_centralDb, "SELECT count(*) FROM fees"), fees);
    QCOMPARE(number(m_centralDb, "SELECT coalesce(sum(paid_fen), 0) FROM fees"), paid);
    QCOMPARE(number(m_centralDb, "SELECT count(*) FROM fee_events"), payments);
    expectConverged();
    // A second sync finds nothing more to send.
    const Run again = on(m_dbA, {"sync", "--json"});
    QVERIFY_RUN(again);
    QCOMPARE(again.json().value("requeued").toInt(), 0);
    QCOMPARE(again.json().value("pushed").toInt(), 0);
    QVERIFY(!again.json().value("central_restored").toBool());
}

void TestBackupRestore::changesAfterTheRestoreReachEveryNode()
{
    // B's cursor had passed the backup's head; the restored central's new change numbers must not
    // hide below it.
    QVERIFY_RUN(on(m_dbA, {"checkout", m_readerA, m_copies[5], "--at", branchA}));
    QVERIFY_RUN(on(m_centralDb, {"item", "add", "--library", county, "--title", "边城", "--author", "沈从文"}));
    QVERIFY_RUN(on(m_dbA, {"sync"}));
    QVERIFY_RUN(on(m_dbB, {"sync"}));
    QVERIFY_RUN(on(m_dbA, {"sync"}));
    const Run atB = on(m_dbB, {"item", "show", m_copies[5], "--json"});
    QCOMPARE(atB.json().value("loan").toObject().value("reader").toString(), m_readerA);
    expectConverged();
    expectEachOperationOnce();
}

void TestBackupRestore::operationsANodeNoLongerKeepsAreSkippedByTheAdministrator()
{
    const QString backup = path("central-backup-2.db");
    QVERIFY_RUN(on(m_centralDb, {"backup", "--to", backup}));
    QVERIFY_RUN(on(m_dbA, {"checkout", m_readerA, m_copies[6], "--at", branchA}));
    QVERIFY_RUN(on(m_dbA, {"sync"}));
    const std::int64_t lost = number(m_dbA, "SELECT max(seq) FROM outbox");
    // Past local.keep_acked_days: the node has deleted what it had acknowledged.
    {
        ils::Database db(m_dbA.toStdString());
        db.exec("DELETE FROM outbox WHERE state = 'acked'");
    }
    const quint16 port = m_central->port();
    QCOMPARE(m_central->stop(), 0);
    QVERIFY_RUN(on(m_centralDb, {"restore", "--from", backup}));
    QVERIFY2(m_central->start(port), qPrintable(m_central->log()));

    // The node says what is missing and what the administrator can do; it sends nothing.
    const Run stuck = on(m_dbA, {"sync", "--json"});
    QCOMPARE(stuck.exitCode, 4);
    const QString skip = QStringLiteral("ilsctl node skip %1 --to %2").arg(m_nodeA).arg(lost);
    QVERIFY2(stuck.err.contains(skip), qPrintable(stuck.describe()));
    QVERIFY_RUN(on(m_centralDb, {"node", "skip", m_nodeA, "--to", QString::number(lost)}));
    QVERIFY_RUN(on(m_dbA, {"sync"}));
    QVERIFY_RUN(on(m_dbB, {"sync"}));
    expectConverged();
    // The lost checkout is gone everywhere, as at the central; nothing else is.
    QVERIFY(on(m_dbA, {"item", "show", m_copies[6], "--json"}).json().value("loan").isNull());
    const Run five = on(m_dbB, {"item", "show", m_copies[5], "--json"});
    QCOMPARE(five.json().value("loan").toObject().value("reader").toString(), m_readerA);
}

void TestBackupRestore::cleanupTestCase()
{
    if (m_central && m_central->running())
        QCOMPARE(m_central->stop(), 0);
}

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backup_restore.moc"
