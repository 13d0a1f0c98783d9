// The USB drivers against devices emulated by umockdev: real libusb (enumeration through udev,
// open, claim, interrupt and bulk transfers, hot-plug through uevents) talking to a scripted
// kernel side (EmulatedUsbDevice). Runs under umockdev-wrapper; see tests/devices/CMakeLists.txt.
#include "EmulatedDevices.h"
#include "EmulatedUsbDevice.h"

#include "barcode/hidpos/HidPosScanner.h"
#include "rfid/feig/FeigProtocol.h"
#include "rfid/feig/FeigUsbReader.h"
#include "usb/UsbContext.h"
#include "usb/UsbEnumerator.h"
#include "usb/UsbHotplugMonitor.h"

#include <QTest>

#include <map>
#include <mutex>

using namespace ils::devices;
using ils::test::EmulatedUsbBus;
using ils::test::EmulatedUsbDevice;
using ils::test::EmulatedUsbSpec;

namespace {

using ils::test::Bytes;
using ils::test::feigSpec;
using ils::test::hidReport;
using ils::test::kFeigProduct;
using ils::test::kFeigVendor;
using ils::test::kScannerProduct;
using ils::test::kScannerVendor;
using ils::test::scannerSpec;
using ils::test::scriptFeig;

// The same scanner in keyboard mode: Usage Page (Generic Desktop), Usage (Keyboard).
const Bytes kKeyboardDescriptor {0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0x05, 0x07, 0x19, 0xE0, 0x29, 0xE7,
                                 0x15, 0x00, 0x25, 0x01, 0x75, 0x01, 0x95, 0x08, 0x81, 0x02, 0xC0};

Bytes frame(Bytes body)
{
    return ils::test::feigFrame(std::move(body));
}

Bytes concat(std::initializer_list<Bytes> parts)
{
    Bytes all;
    for (const Bytes& part : parts)
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

// Two library tags; UIDs as RfidTag keeps them (LSB first) and as the reader sends them (MSB first).
const Bytes kUidA {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x04, 0xE0};
const Bytes kUidAWire {0xE0, 0x04, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11};
const Bytes kUidB {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x04, 0xE0};
const Bytes kUidBWire {0xE0, 0x04, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01};

// The reader's scripted answers: request frame → answer frame. Anything else gets no answer.
std::map<Bytes, Bytes> feigScript()
{
    std::map<Bytes, Bytes> script;
    script[frame({0xFF, 0xB0, 0x01, 0x00})] =
        frame(concat({{0x00, 0xB0, 0x00, 0x02}, {0x03, 0x06}, kUidAWire, {0x03, 0x00}, kUidBWire}));
    script[frame(concat({{0xFF, 0xB0, 0x23, 0x01}, kUidAWire, {0x00, 0x02}}))] =
        frame({0x00, 0xB0, 0x00, 0x02, 0x04, 0x00, 0x13, 0x12, 0x11, 0x10, 0x00, 0x17, 0x16, 0x15, 0x14});
    script[frame(concat({{0xFF, 0xB0, 0x2B, 0x01}, kUidAWire}))] =
        frame(concat({{0x00, 0xB0, 0x00, 0x06}, kUidAWire, {0x07, 0x03, 0x1B, 0x01}}));
    script[frame(concat({{0xFF, 0xB0, 0x24, 0x01}, kUidAWire, {0x02, 0x01, 0x04, 0xA3, 0xA2, 0xA1, 0xA0}}))] =
        frame({0x00, 0xB0, 0x00});
    script[frame(concat({{0xFF, 0xB0, 0x27, 0x01}, kUidAWire, {0xC2}}))] = frame({0x00, 0xB0, 0x95, 0x12});
    // EAS through [0xB1] (NXP custom commands): tag A is an ICODE SLIX, tag B does not know the command.
    script[frame(concat({{0xFF, 0xB1, 0x04, 0xA2, 0x01}, kUidAWire}))] = frame({0x00, 0xB1, 0x00});
    script[frame(concat({{0xFF, 0xB1, 0x04, 0xA3, 0x01}, kUidAWire}))] = frame({0x00, 0xB1, 0x00});
    script[frame(concat({{0xFF, 0xB1, 0x04, 0xA2, 0x01}, kUidBWire}))] = frame({0x00, 0xB1, 0x95, 0x01});
    return script;
}

struct Recorder
{
    std::mutex mutex;
    std::vector<std::string> events;

    void add(const std::string& event)
    {
        std::lock_guard lock(mutex);
        events.push_back(event);
    }
    int count(const std::string& event)
    {
        std::lock_guard lock(mutex);
        return static_cast<int>(std::count(events.begin(), events.end(), event));
    }
};

} // namespace

class TestUsbEmulated : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_bus = std::make_unique<EmulatedUsbBus>();
        m_scanner = &m_bus->add(scannerSpec());
        m_feig = &m_bus->add(feigSpec());
        scriptFeig(*m_feig, feigScript());
        auto context = UsbContext::create(); // after the testbed, so libusb sees the emulated bus
        QVERIFY2(context.ok(), context.ok() ? "" : context.error().message.c_str());
        m_context = std::move(context.value());
    }

    void cleanup()
    {
        m_context.reset();
        m_bus.reset();
    }

    void enumeratesByVendorProductAndClass()
    {
        const auto all = enumerateUsb(*m_context, {});
        QCOMPARE(all.size(), std::size_t(2));
        const auto feig = enumerateUsb(*m_context, UsbMatch {kFeigVendor, std::nullopt, std::nullopt});
        QCOMPARE(feig.size(), std::size_t(1));
        QCOMPARE(feig[0].productId, kFeigProduct);
        QCOMPARE(feig[0].address, std::uint8_t(3));
        const auto hid = enumerateUsb(*m_context, UsbMatch {std::nullopt, std::nullopt, kUsbClassHid});
        QCOMPARE(hid.size(), std::size_t(1));
        QCOMPARE(hid[0].vendorId, kScannerVendor);
        QVERIFY(enumerateUsb(*m_context, UsbMatch {0x1234, std::nullopt, std::nullopt}).empty());
    }

    void hidPosScanArrivesWithSymbology()
    {
        std::mutex mutex;
        std::vector<Scan> scans;
        Recorder connection;
        HidPosScanner scanner(*m_context,
                              UsbMatch {kScannerVendor, kScannerProduct, std::nullopt},
                              {[&](const Scan& scan) {
                                   std::lock_guard lock(mutex);
                                   scans.push_back(scan);
                               },
                               [&](bool connected, const std::string&) { connection.add(connected ? "up" : "down"); },
                               [&](const DeviceError& error) { connection.add("error: " + error.message); }});
        scanner.start();
        QTRY_VERIFY(scanner.connected());
        QCOMPARE(connection.count("up"), 1);

        // A status report (another report ID) is not a scan; a scan may span two reports.
        Bytes status(64, 0);
        status[0] = 0x04;
        m_scanner->queueIn(status);
        m_scanner->queueIn(hidReport("]E0", "978711", true));
        m_scanner->queueIn(hidReport("", "1234567", false));
        Bytes malformed = hidReport("]C0", "X", false);
        malformed[1] = 60; // more data than a 64-byte report holds: reported, not scanned
        m_scanner->queueIn(malformed);
        m_scanner->queueIn(hidReport("]C0", "A0012345", false));
        QTRY_COMPARE(scans.size(), std::size_t(2));
        QCOMPARE(connection.count("error: HID POS scanned data report: byte 1 says 60 data bytes, but a report of 64 "
                                  "bytes holds at most 56"),
                 1);
        std::lock_guard lock(mutex);
        QCOMPARE(scans[0].text, std::string("9787111234567"));
        QCOMPARE(scans[0].symbology, Symbology::Ean13);
        QCOMPARE(scans[1].text, std::string("A0012345"));
        QCOMPARE(scans[1].symbology, Symbology::Code128);
    }

    void scannerInKeyboardModeIsRefusedWithAReason()
    {
        EmulatedUsbSpec spec = scannerSpec();
        spec.productId = 0x1301;
        spec.address = 4;
        spec.hidReportDescriptor = kKeyboardDescriptor;
        m_bus->add(spec);
        Recorder events;
        std::mutex mutex;
        std::string message;
        HidPosScanner scanner(*m_context,
                              UsbMatch {kScannerVendor, 0x1301, std::nullopt},
                              {nullptr,
                               [&](bool up, const std::string&) { events.add(up ? "up" : "down"); },
                               [&](const DeviceError& error) {
                                   std::lock_guard lock(mutex);
                                   message = error.message;
                                   events.add("error");
                               }});
        scanner.start();
        QTRY_COMPARE(events.count("error"), 1);
        QCOMPARE(events.count("up"), 0);
        QVERIFY(!scanner.connected());
        std::lock_guard lock(mutex);
        QVERIFY2(QString::fromStdString(message).contains("0x0001"), message.c_str());
        QVERIFY(QString::fromStdString(message).contains("HID POS mode"));
    }

    void feigInventoryReadsAndWrites()
    {
        FeigUsbReader reader(*m_context);
        auto tags = reader.inventory();
        QVERIFY2(tags.ok(), tags.ok() ? "" : tags.error().message.c_str());
        QCOMPARE(tags.value().size(), std::size_t(2));
        QCOMPARE(tags.value()[0].uid, kUidA);
        QCOMPARE(tags.value()[0].dsfid, std::uint8_t(0x06));
        QCOMPARE(tags.value()[1].uid, kUidB);
        QVERIFY(reader.connected());
        QVERIFY(QString::fromStdString(reader.description()).contains("0ab1:0102"));

        auto blocks = reader.readBlocks(kUidA, 0, 2);
        QVERIFY2(blocks.ok(), blocks.ok() ? "" : blocks.error().message.c_str());
        QCOMPARE(blocks.value(), (Bytes {0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17}));

        auto info = reader.systemInfo(kUidA);
        QVERIFY(info.ok());
        QCOMPARE(info.value().uid, kUidA);
        QCOMPARE(info.value().afi, std::uint8_t(0x07));
        QCOMPARE(info.value().blockSize, 4);
        QCOMPARE(info.value().blockCount, 28);

        auto written = reader.writeBlocks(kUidA, 2, Bytes {0xA0, 0xA1, 0xA2, 0xA3});
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().message.c_str());
        auto easOn = reader.setEas(kUidA, true);
        QVERIFY2(easOn.ok(), easOn.ok() ? "" : easOn.error().message.c_str());
        QVERIFY(reader.setEas(kUidA, false).ok());

        auto partial = reader.writeBlocks(kUidA, 2, Bytes {0xA0, 0xA1, 0xA2});
        QVERIFY(!partial.ok());
        QVERIFY(QString::fromStdString(partial.error().message).contains("whole number"));
    }

    void feigDeviceErrorsBecomeClearErrors()
    {
        FeigUsbReader::Options options;
        options.timeoutMs = 300;
        FeigUsbReader reader(*m_context, options);

        auto afi = reader.writeAfi(kUidA, 0xC2); // the tag answers ISO error 0x12: block locked
        QVERIFY(!afi.ok());
        QCOMPARE(afi.error().kind, DeviceErrorKind::TagError);
        QVERIFY2(QString::fromStdString(afi.error().message).contains("0x12"), afi.error().message.c_str());
        QVERIFY(QString::fromStdString(afi.error().message).contains("locked"));

        auto silent = reader.lockBlocks(kUidA, 0, 1); // not in the script: the reader never answers
        QVERIFY(!silent.ok());
        QCOMPARE(silent.error().kind, DeviceErrorKind::Timeout);

        // The next command gets its own answer, not a late one for the command that timed out.
        m_feig->queueIn(frame({0x00, 0xB0, 0x00}));
        auto afterTimeout = reader.readBlocks(kUidA, 0, 2);
        QVERIFY2(afterTimeout.ok(), afterTimeout.ok() ? "" : afterTimeout.error().message.c_str());

        auto eas = reader.setEas(kUidB, true); // not an NXP tag
        QVERIFY(!eas.ok());
        QCOMPARE(eas.error().kind, DeviceErrorKind::Unsupported);
        QVERIFY(QString::fromStdString(eas.error().message).contains("EAS"));

        // A reply with a broken CRC is a protocol error naming the CRC.
        auto script = feigScript();
        Bytes broken = frame({0x00, 0xB0, 0x00, 0x00});
        broken.back() ^= 0xFF;
        script[frame({0xFF, 0xB0, 0x01, 0x00})] = broken;
        scriptFeig(*m_feig, script);
        auto tags = reader.inventory();
        QVERIFY(!tags.ok());
        QCOMPARE(tags.error().kind, DeviceErrorKind::Protocol);
        QVERIFY(QString::fromStdString(tags.error().message).contains("CRC"));
    }

    void unplugAndReplugRecoverWithoutRestart()
    {
        Recorder app;
        FeigUsbReader reader(*m_context);
        std::unique_ptr<HidPosScanner> scanner;
        std::mutex scansMutex;
        std::vector<Scan> scans;
        scanner = std::make_unique<HidPosScanner>(
            *m_context,
            UsbMatch {kScannerVendor, kScannerProduct, std::nullopt},
            HidPosScanner::Callbacks {[&](const Scan& scan) {
                                          std::lock_guard lock(scansMutex);
                                          scans.push_back(scan);
                                      },
                                      [&](bool up, const std::string&) { app.add(up ? "scanner up" : "scanner down"); },
                                      nullptr},
            10000); // a long retry: only the hot-plug news can bring it back in time
        UsbHotplugMonitor monitor(*m_context,
                                  UsbMatch {},
                                  {[&](const UsbDeviceInfo& device) {
                                       app.add("arrived " + device.describe());
                                       if (device.vendorId == kScannerVendor)
                                           scanner->deviceArrived();
                                   },
                                   [&](const UsbDeviceInfo& device) {
                                       app.add("left " + device.describe());
                                       if (device.vendorId == kFeigVendor)
                                           reader.deviceLeft();
                                   }});
        QVERIFY(monitor.usesHotplugEvents());
        const std::string feig = "0ab1:0102 on bus 1 address 3";
        const std::string hid = "05e0:1300 on bus 1 address 2";
        QCOMPARE(app.count("arrived " + feig), 1); // present at start
        scanner->start();
        QTRY_COMPARE(app.count("scanner up"), 1);
        QVERIFY(reader.inventory().ok());

        m_feig->unplug();
        m_scanner->unplug();
        QTRY_COMPARE(app.count("left " + feig), 1);
        QTRY_COMPARE(app.count("left " + hid), 1);
        QTRY_COMPARE(app.count("scanner down"), 1);
        QVERIFY(!reader.connected());
        QVERIFY(!scanner->connected());
        auto gone = reader.inventory();
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, DeviceErrorKind::NotConnected);

        m_feig->plug();
        m_scanner->plug();
        QTRY_COMPARE(app.count("arrived " + feig), 2);
        QTRY_COMPARE(app.count("scanner up"), 2);
        auto back = reader.inventory();
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
        QCOMPARE(back.value().size(), std::size_t(2));
        m_scanner->queueIn(hidReport("]C0", "R00042", false));
        QTRY_COMPARE(scans.size(), std::size_t(1));
        scanner.reset();
    }

    void pollingFallbackSeesUnplugAndReplug()
    {
        Recorder app;
        UsbHotplugMonitor monitor(
            *m_context,
            UsbMatch {kFeigVendor, std::nullopt, std::nullopt},
            {[&](const UsbDeviceInfo&) { app.add("arrived"); }, [&](const UsbDeviceInfo&) { app.add("left"); }},
            UsbHotplugMonitor::Mode::Polling,
            std::chrono::milliseconds(50));
        QVERIFY(!monitor.usesHotplugEvents());
        QTRY_COMPARE(app.count("arrived"), 1);
        m_feig->unplug();
        QTRY_COMPARE(app.count("left"), 1);
        m_feig->plug();
        QTRY_COMPARE(app.count("arrived"), 2);
    }

private:
    std::unique_ptr<EmulatedUsbBus> m_bus;
    EmulatedUsbDevice* m_scanner = nullptr;
    EmulatedUsbDevice* m_feig = nullptr;
    std::unique_ptr<UsbContext> m_context;
};

QTEST_GUILESS_MAIN(TestUsbEmulated)
#include "tst_usb_emulated.moc"
