// HOST:PORT as ils-central's --listen, ilsctl's --central and the desk's enrolment page read it.
#include "HostPort.h"

#include <QTest>

class TestHostPort : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("IPv4") << "192.168.1.10:7443"
                              << "192.168.1.10" << 7443;
        QTest::newRow("name") << "central.county:7443"
                              << "central.county" << 7443;
        QTest::newRow("IPv6 in brackets") << "[::1]:7443"
                                          << "::1" << 7443;
        QTest::newRow("spaces around") << "  10.0.0.5:1 \t"
                                       << "10.0.0.5" << 1;
        QTest::newRow("port 0: any free port") << "127.0.0.1:0"
                                               << "127.0.0.1" << 0;
        QTest::newRow("highest port") << "h:65535"
                                      << "h" << 65535;
    }
    void accepts()
    {
        QFETCH(QString, text);
        const auto parsed = ils::parseHostPort(text.toStdString());
        QVERIFY(parsed);
        QFETCH(QString, host);
        QCOMPARE(QString::fromStdString(parsed->host), host);
        QFETCH(int, port);
        QCOMPARE(int(parsed->port), port);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"",
                                "7443",
                                ":7443",
                                "[]:7443",
                                "host:",
                                "host:65536",
                                "host:-1",
                                "host:+80",
                                "host:80x",
                                "host: 80",
                                "host:99999999999"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY2(!ils::parseHostPort(text.toStdString()), qPrintable(text));
    }
};

QTEST_APPLESS_MAIN(TestHostPort)
#include "tst_hostport.moc"
