// ilsctl on a full disk: exit 1 with the error code disk_full and the words 磁盘已满 (no SQL),
// nothing committed before is lost, and the same command works once there is space. On a real
// 2 MiB tmpfs where the test may mount one; elsewhere ilsctl runs with RLIMIT_FSIZE so that its
// writes fail with EFBIG, which SQLite reports as a failed write (tests/support/SmallDisk.h).
#include "Database.h"
#include "SmallDisk.h"
#include "TestCounty.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace ils;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString errorCode() const
    {
        return QJsonDocument::fromJson(out.toUtf8()).object().value("error").toObject().value("code").toString();
    }
};

// `limited`: the process may not write past the first byte of any file (the fallback's full disk).
Run ilsctl(const QStringList& arguments, bool limited)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("ILS_DB");
    env.insert("LANG", "C");
    process.setProcessEnvironment(env);
    if (limited)
        process.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of being killed
            const rlimit limit {1, 1};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    process.start(ILSCTL_PATH, arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::int64_t readerCount(Database& db)
{
    Query q(db, "SELECT count(*) FROM readers");
    return q.step() ? q.getInt(0) : -1;
}

} // namespace

class TestIlsctlDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskIsReportedAndRecovered()
    {
        TestCounty county;
        SmallDisk disk;
        qInfo("full disk: %s", disk.mounted() ? qPrintable(disk.how()) : "no mount allowed: ilsctl under RLIMIT_FSIZE");
        const QString path = disk.filePath(QStringLiteral("central.db"));
        {
            Query copy(county.store().db(), "VACUUM INTO ?");
            copy.bind(1, path.toStdString()).run();
        }
        const QStringList add {
            "reader", "add", "--library", TestCounty::county, "--name", "读者", "--json", "--db", path};
        QCOMPARE(ilsctl(add, false).exitCode, 0);
        // Held open by the test, so that the WAL stays as a running desk or central keeps it.
        Database db(path.toStdString());
        const auto before = readerCount(db);
        if (disk.mounted())
            disk.fill(db);

        int saved = 0;
        Run failed;
        for (int i = 0; i < 200; ++i) {
            Run run = ilsctl(add, !disk.mounted());
            if (run.exitCode != 0) {
                failed = run;
                break;
            }
            ++saved;
        }
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.errorCode(), QStringLiteral("disk_full"));
        QVERIFY2(failed.err.contains(QStringLiteral("disk is full")), qPrintable(failed.err));
        QVERIFY(!failed.err.contains(QStringLiteral("SQL")));
        const Run chinese = ilsctl(add + QStringList {"--lang", "zh_CN"}, !disk.mounted());
        QCOMPARE(chinese.exitCode, 1);
        QVERIFY2(chinese.err.contains(QStringLiteral("磁盘已满")), qPrintable(chinese.err));
        QCOMPARE(readerCount(db), before + saved);

        // Space again.
        if (disk.mounted())
            disk.free(db);
        QCOMPARE(ilsctl(add, false).exitCode, 0);
        QCOMPARE(readerCount(db), before + saved + 1);
        Query check(db, "PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.getText(0), std::string("ok"));
    }
};

QTEST_GUILESS_MAIN(TestIlsctlDiskFull)
#include "tst_ilsctl_diskfull.moc"
