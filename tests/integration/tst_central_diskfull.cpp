// The central's disk fills up while a branch pushes: the real ils-central says so in its log,
// the branch is told the central's disk is full and keeps its operations, the central keeps
// running with everything it had committed, and once space is freed the next sync delivers
// every operation exactly once. On a real 2 MiB tmpfs where the test may mount one; elsewhere
// the running central gets RLIMIT_FSIZE (prlimit), so that its writes fail with EFBIG, which
// SQLite reports as a failed write (its log cannot be written then, so only the branch's side
// is checked). See tests/support/SmallDisk.h.
#include "Processes.h"

#include "Database.h"
#include "SmallDisk.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace integration;

namespace {

const QString county = QStringLiteral("532622");
const QString branch = QStringLiteral("532622-01");

} // namespace

class TestCentralDiskFull : public QObject
{
    Q_OBJECT

private:
    Run on(const QString& db, QStringList arguments) const
    {
        arguments << "--db" << db;
        return ilsctl(arguments);
    }
    void addReaders(int count)
    {
        for (int i = 0; i < count; ++i)
            QVERIFY_RUN(on(m_nodeDb, {"reader", "add", "--library", branch, "--name", "读者"}));
    }
    std::int64_t number(const QString& db, const std::string& sql) const
    {
        return std::stoll(queryRows(db, sql).front());
    }

    QTemporaryDir m_dir;
    QString m_nodeDb;

private slots:
    void fullCentralLosesNothingAndRecovers()
    {
        // A central whose writes hit RLIMIT_FSIZE gets EFBIG, not the signal that would kill it.
        std::signal(SIGXFSZ, SIG_IGN);
        SmallDisk disk;
        qInfo("full disk: %s",
              disk.mounted() ? qPrintable(disk.how()) : "no mount allowed: the central under RLIMIT_FSIZE");
        const QString centralDb = disk.filePath(QStringLiteral("central.db"));
        m_nodeDb = m_dir.filePath("branch.db");
        const QString fingerprint = makeCertificate(m_dir.path());
        QVERIFY(!fingerprint.isEmpty());
        QVERIFY_RUN(on(centralDb, {"init", "--county", county, "--name", "砚山县图书馆"}));
        QVERIFY_RUN(on(centralDb, {"library", "add", branch, "江那镇分馆", "--level", "branch", "--parent", county}));
        QFile table(m_dir.filePath("ranges.tsv"));
        QVERIFY(table.open(QIODevice::WriteOnly));
        table.write("kind\tfirst\tlast\tlibrary\tdescription\n"
                    "reader\t532622001000001\t532622001999999\t532622-01\tA\n");
        table.close();
        QVERIFY_RUN(on(centralDb, {"ranges", "import", table.fileName()}));
        Central central(
            centralDb, m_dir.filePath("cert.pem"), m_dir.filePath("key.pem"), m_dir.filePath("central.log"));
        QVERIFY2(central.start(), qPrintable(central.log()));
        const Run add = on(centralDb, {"node", "add", "--library", branch, "--json"});
        QVERIFY_RUN(add);
        QVERIFY_RUN(on(m_nodeDb,
                       {"enrol",
                        "--central",
                        central.address(),
                        "--fingerprint",
                        fingerprint,
                        "--token",
                        add.json().value("node").toObject().value("token").toString()}));
        addReaders(3);
        QVERIFY_RUN(on(m_nodeDb, {"sync"}));

        // Fill the central's disk, then work on at the branch and sync until the central refuses.
        ils::Database watcher(centralDb.toStdString()); // the test's own look at the central's file
        if (disk.mounted()) {
            disk.fill(watcher);
        } else {
            // The soft limit only: the hard one stays, so that the test may lift it again.
            const rlimit limit {1, RLIM_INFINITY};
            QCOMPARE(prlimit(static_cast<pid_t>(central.pid()), RLIMIT_FSIZE, &limit, nullptr), 0);
        }
        Run refused;
        for (int round = 0; round < 40; ++round) {
            addReaders(10);
            const Run sync = on(m_nodeDb, {"sync"});
            if (sync.exitCode != 0) {
                refused = sync;
                break;
            }
        }
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("central's disk is full")), qPrintable(refused.describe()));
        QVERIFY(central.running());
        if (disk.mounted())
            QVERIFY2(central.log().contains(QStringLiteral("THE CENTRAL'S DISK IS FULL")), qPrintable(central.log()));
        // What the central committed is whole, and the branch still has what it could not send.
        QCOMPARE(queryRows(centralDb, "PRAGMA integrity_check"), std::vector<std::string> {"ok"});
        const auto backlog = number(m_nodeDb, "SELECT count(*) FROM outbox WHERE state = 'pending'");
        QVERIFY(backlog > 0);

        // Space again: the next sync delivers the rest, each operation once.
        if (disk.mounted()) {
            disk.free(watcher);
        } else {
            const rlimit limit {RLIM_INFINITY, RLIM_INFINITY};
            QCOMPARE(prlimit(static_cast<pid_t>(central.pid()), RLIMIT_FSIZE, &limit, nullptr), 0);
        }
        QVERIFY_RUN(on(m_nodeDb, {"sync"}));
        QCOMPARE(number(m_nodeDb, "SELECT count(*) FROM outbox WHERE state = 'pending'"), std::int64_t(0));
        const auto lastSeq = number(m_nodeDb, "SELECT max(seq) FROM outbox");
        QCOMPARE(queryRows(centralDb, "SELECT count(*) || '|' || count(DISTINCT seq) || '|' || max(seq) FROM applied"),
                 std::vector<std::string> {std::to_string(lastSeq) + "|" + std::to_string(lastSeq) + "|"
                                           + std::to_string(lastSeq)});
        QCOMPARE(number(centralDb, "SELECT count(*) FROM readers WHERE home_library = '532622-01'"),
                 number(m_nodeDb, "SELECT count(*) FROM readers WHERE home_library = '532622-01'"));
        QCOMPARE(queryRows(centralDb, "PRAGMA integrity_check"), std::vector<std::string> {"ok"});
        QCOMPARE(central.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCentralDiskFull)
#include "tst_central_diskfull.moc"
