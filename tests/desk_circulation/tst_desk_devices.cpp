// The desk's real devices (app/desk/devices) against USB devices emulated with umockdev: the real
// libusb, drivers, hot-plug monitor, device manager, circulation screen and status bar (offscreen)
// with only the kernel's side scripted (tests/devices/usb). A HID POS scanner plugged in after the
// start lends; unplugged, the status bar says so; plugged again, it lends again without a restart.
// A FEIG reader becomes the RFID pad and comes back the same way. Runs under the umockdev preload
// library, as tst_usb_emulated does.
#include "DeskScreen.h"

#include "DeskDeviceWiring.h"
#include "DeskDevices.h"
#include "DeviceStatusWidget.h"
#include "DeviceText.h"
#include "EmulatedDevices.h"
#include "EmulatedUsbDevice.h"
#include "LocalStore.h"
#include "RfidPadController.h"
#include "Settings.h"
#include "simulator/LibraryTags.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTest>

using namespace ils::test;
using Device = DeskDevices::Device;
using State = DeskDevices::State;

namespace {

const std::string openLoansOfItem = "SELECT count(*) FROM loans WHERE item = ? AND returned_at IS NULL";

// A library tag (ISO 28560) for an item of the test county, secured as on the shelf.
ils::devices::SimulatedTag itemTag(int serial, const std::string& barcode)
{
    ils::devices::ItemTagSpec spec;
    spec.primaryItemId = barcode;
    spec.ownerLibrary = "CN-532622";
    auto tag = ils::devices::makeItemTag(ils::devices::simulatedUid(serial), spec);
    if (!tag)
        qFatal("item tag: %s", tag.error().message.c_str());
    return tag.value();
}

DeskDevices::Config scannerOnly()
{
    DeskDevices::Config config;
    config.scanners = {{kScannerVendor, kScannerProduct}};
    config.rfidReader = QStringLiteral("none");
    // Long: only the hot-plug news can bring a re-plugged scanner back within the test's wait.
    config.retryMs = 60000;
    return config;
}

// The desk's status bar, as MainWindow has one, with the device line added by the wiring.
struct StatusBar
{
    explicit StatusBar(DeskDevices& devices)
    {
        connectDeskDevices(devices, window);
        widget = window.findChild<DeviceStatusWidget*>(QStringLiteral("deviceStatus"));
    }
    QString line() const { return widget ? widget->line() : QString(); }
    QString message() const { return window.statusBar()->currentMessage(); }

    QMainWindow window;
    DeviceStatusWidget* widget = nullptr;
};

} // namespace

class TestDeskDevices : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_bus = std::make_unique<EmulatedUsbBus>(); }
    void cleanup() { m_bus.reset(); }

    void aScannerPluggedInLaterLendsAndComesBackAfterReplugging()
    {
        EmulatedUsbDevice& scanner = m_bus->add(scannerSpec());
        scanner.unplug(); // not there when the desk starts
        DeskScreen screen;
        auto& county = screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "冯亮");
        const auto first = county.addItem(DeskCounty::branchA, "子夜");
        const auto second = county.addItem(DeskCounty::branchA, "家");
        QVERIFY(screen.show());

        DeskDevices devices(scannerOnly());
        connectDeskDevices(devices, screen.view());
        StatusBar status(devices);
        devices.start();
        QTest::qWait(200);
        QCOMPARE(devices.state(Device::Scanner), State::NotSeen);
        QVERIFY(status.line().isEmpty());

        scanner.plug();
        QTRY_COMPARE(devices.state(Device::Scanner), State::Present);
        QVERIFY2(status.line().contains(QStringLiteral("✓")), qPrintable(status.line()));
        QCOMPARE(status.message(), DeviceText::plugged(Device::Scanner));
        QVERIFY(devices.description(Device::Scanner).contains(QStringLiteral("05e0:1300")));

        scanner.queueIn(hidReport("]C0", card));
        scanner.queueIn(hidReport("]C0", first));
        QTRY_COMPARE(screen.count(openLoansOfItem, first), std::int64_t(1));

        scanner.unplug();
        QTRY_COMPARE(devices.state(Device::Scanner), State::Gone);
        QVERIFY2(status.line().contains(QStringLiteral("✗")), qPrintable(status.line()));
        QCOMPARE(status.message(), DeviceText::unplugged(Device::Scanner));

        scanner.plug();
        QTRY_COMPARE(devices.state(Device::Scanner), State::Present);
        QCOMPARE(status.message(), DeviceText::plugged(Device::Scanner));
        scanner.queueIn(hidReport("]C0", second));
        QTRY_COMPARE(screen.count(openLoansOfItem, second), std::int64_t(1));
        // And a return, with the reader done: the first item comes back.
        QMetaObject::invokeMethod(&screen.view(), "endReader");
        scanner.queueIn(hidReport("]C0", first));
        QTRY_COMPARE(screen.count(openLoansOfItem, first), std::int64_t(0));
    }

    void aFeigReaderBecomesThePadAndComesBackAfterReplugging()
    {
        EmulatedUsbDevice& scanner = m_bus->add(scannerSpec());
        EmulatedUsbDevice& feig = m_bus->add(feigSpec());
        EmulatedFeigPad tags;
        tags.serve(feig);
        DeskScreen screen;
        auto& county = screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "冯亮");
        const auto first = county.addItem(DeskCounty::branchA, "子夜");
        const auto second = county.addItem(DeskCounty::branchA, "家");
        screen.store().settings().set("local.rfid_poll_ms", 100);
        QVERIFY(screen.show());
        DeskDevices::Config config; // the defaults: the Zebra scanner, a FEIG reader if plugged in
        config.retryMs = 60000;
        DeskDevices devices(config);
        connectDeskDevices(devices, screen.view());
        StatusBar status(devices);
        devices.start();

        QTRY_VERIFY(screen.view().rfidPad() != nullptr);
        RfidPadController* pad = screen.view().rfidPad();
        QTRY_VERIFY(pad->connected());
        QCOMPARE(devices.state(Device::RfidReader), State::Present);
        QVERIFY2(pad->description().contains(QStringLiteral("FEIG")), qPrintable(pad->description()));
        QTRY_COMPARE(devices.state(Device::Scanner), State::Present);
        QVERIFY2(status.line().contains(QStringLiteral("RFID")) && !status.line().contains(QStringLiteral("✗")),
                 qPrintable(status.line()));

        // The reader's card from the scanner, then a book on the pad: lent, security bit off.
        scanner.queueIn(hidReport("]C0", card));
        QTRY_COMPARE(screen.find<QLabel>("lastScan")->text(), QString::fromStdString(card));
        const auto book = itemTag(1, first);
        tags.place(book);
        QTRY_COMPARE(screen.count(openLoansOfItem, first), std::int64_t(1));
        QTRY_VERIFY(tags.afi(book.uid) != book.afi);

        feig.unplug();
        QTRY_COMPARE(devices.state(Device::RfidReader), State::Gone);
        QTRY_VERIFY(!pad->connected());
        QVERIFY2(status.line().contains(QStringLiteral("✗")), qPrintable(status.line()));
        QTRY_COMPARE(status.message(), DeviceText::unplugged(Device::RfidReader));

        feig.plug();
        QTRY_COMPARE(devices.state(Device::RfidReader), State::Present);
        QTRY_VERIFY(pad->connected());
        QCOMPARE(screen.view().rfidPad(), pad); // the same pad: nothing was restarted
        QCOMPARE(status.message(), DeviceText::plugged(Device::RfidReader));
        tags.place(itemTag(2, second));
        QTRY_COMPARE(screen.count(openLoansOfItem, second), std::int64_t(1));
    }

    void settingsChooseTheDevicesAndNameWhatIsWrong()
    {
        DeskScreen screen;
        auto& settings = screen.store().settings();
        auto config = DeskDevices::configFrom(settings);
        QCOMPARE(config.scanners.size(), std::size_t(1));
        QCOMPARE(config.scanners[0].vendorId, std::uint16_t(0x05E0));
        QCOMPARE(config.rfidReader, QStringLiteral("auto"));
        QVERIFY(config.serialPort.isEmpty());

        settings.set("local.scanner_usb", "0c2e:0b61, zebra");
        settings.set("local.rfid_reader", "fieg");
        settings.set("local.scanner_serial_port", "/dev/ttyUSB0");
        config = DeskDevices::configFrom(settings);
        QCOMPARE(config.scanners.size(), std::size_t(1));
        QCOMPARE(config.scanners[0].productId, std::uint16_t(0x0B61));
        QCOMPARE(config.serialPort, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(config.rfidReader, QStringLiteral("auto"));
        QCOMPARE(config.problems.size(), 2);
        QVERIFY(config.problems[0].contains(QStringLiteral("local.scanner_usb")));
        QVERIFY(config.problems[0].contains(QStringLiteral("zebra")));
        QVERIFY(config.problems[1].contains(QStringLiteral("local.rfid_reader")));

        settings.set("local.scanner_usb", "none");
        QVERIFY(DeskDevices::configFrom(settings).scanners.empty());
    }

private:
    std::unique_ptr<EmulatedUsbBus> m_bus;
};

QTEST_MAIN(TestDeskDevices)
#include "tst_desk_devices.moc"
