// The desk's serial scanner (local.scanner_serial_port) through a real pseudo-terminal pair: the
// device manager opens the pty's slave side with QSerialPort, the test writes what a scanner sends
// into the master side, and the scans lend on the real circulation screen (offscreen). A port that
// is not there, and one that hangs up, show in the status bar.
#include "DeskScreen.h"

#include "DeskDeviceWiring.h"
#include "DeskDevices.h"
#include "DeviceStatusWidget.h"
#include "DeviceText.h"

#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <pty.h>
#include <termios.h>
#include <unistd.h>

using Device = DeskDevices::Device;
using State = DeskDevices::State;

namespace {

const std::string openLoansOfItem = "SELECT count(*) FROM loans WHERE item = ? AND returned_at IS NULL";

DeskDevices::Config serialOnly(const QString& port)
{
    DeskDevices::Config config;
    config.scanners.clear();
    config.rfidReader = QStringLiteral("none");
    config.serialPort = port;
    config.serialRetryMs = 100;
    return config;
}

} // namespace

class TestDeskSerial : public QObject
{
    Q_OBJECT

private slots:
    void aSerialScannerLendsAndItsHangUpIsReported()
    {
        int master = -1;
        int slave = -1;
        char name[256] = {};
        QVERIFY2(openpty(&master, &slave, name, nullptr, nullptr) == 0, "openpty failed");
        termios raw {};
        tcgetattr(slave, &raw);
        cfmakeraw(&raw);
        tcsetattr(slave, TCSANOW, &raw);

        DeskScreen screen;
        auto& county = screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "冯亮");
        const auto item = county.addItem(DeskCounty::branchA, "子夜");
        QVERIFY(screen.show());
        DeskDevices devices(serialOnly(QString::fromLocal8Bit(name)));
        connectDeskDevices(devices, screen.view());
        QMainWindow window;
        connectDeskDevices(devices, window);
        auto* status = window.findChild<DeviceStatusWidget*>(QStringLiteral("deviceStatus"));
        QVERIFY(status);
        devices.start();
        QCOMPARE(devices.state(Device::SerialScanner), State::Present);
        QVERIFY2(status->line().contains(QStringLiteral("✓")), qPrintable(status->line()));

        const std::string bytes = card + "\r" + item + "\r";
        QCOMPARE(::write(master, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
        QTRY_COMPARE(screen.count(openLoansOfItem, item), std::int64_t(1));

        ::close(master); // the scanner's end hangs up, as an unplugged USB-serial adapter does
        QTRY_COMPARE(devices.state(Device::SerialScanner), State::Gone);
        QVERIFY2(status->line().contains(QStringLiteral("✗")), qPrintable(status->line()));
        ::close(slave);
    }

    void aPortThatIsNotThereIsReported()
    {
        DeskDevices devices(serialOnly(QStringLiteral("/dev/ttyILS-not-there")));
        QMainWindow window;
        connectDeskDevices(devices, window);
        auto* status = window.findChild<DeviceStatusWidget*>(QStringLiteral("deviceStatus"));
        QVERIFY(status);
        QSignalSpy notices(status, &DeviceStatusWidget::notice);
        devices.start();
        QCOMPARE(devices.state(Device::SerialScanner), State::Gone);
        QVERIFY2(status->line().contains(QStringLiteral("✗")), qPrintable(status->line()));
        // The error (in the staff's words, naming the device), then the state.
        QCOMPARE(notices.count(), 2);
        const QString error = notices[0][0].toString();
        QVERIFY2(error.startsWith(DeviceText::name(Device::SerialScanner)), qPrintable(error));
        QCOMPARE(notices[1][0].toString(), DeviceText::unplugged(Device::SerialScanner));
        QTest::qWait(350); // reopened three times meanwhile: said once
        QCOMPARE(notices.count(), 2);
        QVERIFY(devices.description(Device::SerialScanner).contains(QStringLiteral("ttyILS-not-there")));
    }
};

QTEST_MAIN(TestDeskSerial)
#include "tst_desk_serial.moc"
