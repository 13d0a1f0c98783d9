// `ils-desk --help` prints the usage and exits, with no display at all: the program itself, run
// with no QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY (the usage is for a terminal, over ssh too).
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestDeskHelp : public QObject
{
    Q_OBJECT

private slots:
    void helpNeedsNoDisplay()
    {
        for (const char* flag : {"--help", "-h"}) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
                environment.remove(QLatin1String(name));
            QProcess desk;
            desk.setProcessEnvironment(environment);
            desk.start(QStringLiteral(ILS_DESK_BINARY), {QLatin1String(flag)});
            QVERIFY(desk.waitForFinished(30000));
            const QString out = QString::fromLocal8Bit(desk.readAllStandardOutput());
            const QString err = QString::fromLocal8Bit(desk.readAllStandardError());
            QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
            QVERIFY2(desk.exitCode() == 0, qPrintable(err));
            QVERIFY2(out.startsWith(QStringLiteral("usage: ils-desk")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("--training")), qPrintable(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestDeskHelp)
#include "tst_desk_help.moc"
