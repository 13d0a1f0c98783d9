// The ils-central daemon as an administrator runs it: --help, refusals with a message that
// says what to do, a config file with flags over it, "listening on" once bound, a clean
// shutdown on SIGTERM.
#include "LibraryStore.h"
#include "LocalStore.h"
#include "TestCertificate.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCentral : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const char* name) const { return m_dir.filePath(name); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList& arguments)
    {
        QProcess process;
        process.start(ILS_CENTRAL_PATH, arguments);
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitCode(),
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const TestCertificate certificate = makeTestCertificate(m_dir.path());
        QVERIFY2(certificate.ok(), qPrintable(certificate.error));
        ils::SystemClock clock;
        ils::LocalStore central(file("central.db").toStdString(), clock);
        QVERIFY(
            central.initialiseCounty({"532622", "砚山县图书馆", ils::LibraryLevel::County, std::nullopt, "532622"}, 480)
                .ok());
        ils::LocalStore empty(file("empty.db").toStdString(), clock);
    }

    void helpExplainsTheFlags()
    {
        const auto r = run({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: ils-central"));
        QVERIFY(r.out.contains("--listen HOST:PORT"));
        QVERIFY(r.out.contains("SIGTERM"));
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString db = file("central.db"), cert = file("cert.pem"), key = file("key.pem");
        QTest::newRow("unknown flag") << QStringList {"--bogus"} << 2 << "unknown argument \"--bogus\"";
        QTest::newRow("bad listen") << QStringList {"--listen", "nowhere"} << 2 << "listen must be HOST:PORT";
        QTest::newRow("no db") << QStringList {"--cert", cert, "--key", key} << 1 << "no database";
        QTest::newRow("missing db") << QStringList {"--db", file("none.db"), "--cert", cert, "--key", key} << 1
                                    << "ilsctl --db";
        QTest::newRow("no county") << QStringList {"--db", file("empty.db"), "--cert", cert, "--key", key} << 1
                                   << "belongs to no county";
        QTest::newRow("missing cert") << QStringList {"--db", db, "--cert", file("none.pem"), "--key", key} << 1
                                      << "cannot read the TLS certificate file";
        QTest::newRow("no key") << QStringList {"--db", db, "--cert", cert} << 1 << "no TLS key";
        QTest::newRow("key as cert") << QStringList {"--db", db, "--cert", key, "--key", key} << 1
                                     << "cannot load the TLS certificate";
    }

    void refusesWithAReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void configFileWithFlagsOverIt()
    {
        QFile config(file("central.conf"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QString("# the central\nlisten = 127.0.0.1:1\ncert = %1\nkey = %2\ndb = %3\nlog = %4\nthreads = 2\n"
                    "read_deadline = 5\nlogin_deadline = 3\nmax_connections = 100\n"
                    "max_connections_per_address = 8\n")
                .arg(file("cert.pem"), file("key.pem"), file("central.db"), file("central.log"))
                .toUtf8());
        config.close();

        QProcess central;
        central.start(ILS_CENTRAL_PATH, {"--config", file("central.conf"), "--listen", "127.0.0.1:0"});
        QVERIFY(central.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(central.canReadLine(), 10000);
        const QString line = QString::fromUtf8(central.readLine()).trimmed();
        const auto match = QRegularExpression("^listening on 127\\.0\\.0\\.1:(\\d+)$").match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY(match.captured(1).toInt() > 1);

        ::kill(static_cast<pid_t>(central.processId()), SIGTERM);
        QVERIFY(central.waitForFinished(10000));
        QCOMPARE(central.exitStatus(), QProcess::NormalExit);
        QCOMPARE(central.exitCode(), 0);
        QFile log(file("central.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY(text.contains("listening on 127.0.0.1:"));
        QVERIFY(text.contains("certificate fingerprint"));
        QVERIFY(text.contains("received SIGTERM; shutting down"));
        QVERIFY(text.contains("stopped"));
        QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ ").match(text).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestCentral)
#include "tst_central.moc"
