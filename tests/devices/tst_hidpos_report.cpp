// The HID POS Scanned Data Report parser, byte by byte, and the assembly of continued reports.
#include "barcode/AimIdentifier.h"
#include "barcode/hidpos/HidPosReport.h"
#include "barcode/hidpos/HidReportDescriptor.h"

#include <QTest>

#include <vector>

using namespace ils::devices;

namespace {

using Report = std::vector<std::uint8_t>;

Report report64(std::initializer_list<std::uint8_t> head, std::uint8_t last = 0x00)
{
    Report r(64, 0);
    std::size_t i = 0;
    for (std::uint8_t b : head)
        r[i++] = b;
    r[63] = last;
    return r;
}

HidPosScannedData parsed(const Report& r)
{
    auto result = parseHidPosReport(r.data(), r.size());
    if (!result.ok() || !result.value())
        qFatal("report did not parse: %s", result.ok() ? "not a scan report" : result.error().message.c_str());
    return *result.value();
}

} // namespace

class TestHidPosReport : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryField()
    {
        // ID 2, 4 data bytes, AIM "]E0", data "9787", vendor byte, reserved, not continued
        const Report r = report64({0x02, 0x04, ']', 'E', '0', '9', '7', '8', '7'});
        const HidPosScannedData data = parsed(r);
        QCOMPARE(data.aim, std::string("]E0"));
        QCOMPARE(data.data, std::string("9787"));
        QVERIFY(!data.continued);
    }

    void continuedBitIsBitZeroOfTheLastByte()
    {
        QVERIFY(parsed(report64({0x02, 0x01, 0, 0, 0, 'X'}, 0x01)).continued);
        QVERIFY(parsed(report64({0x02, 0x01, 0, 0, 0, 'X'}, 0xFF)).continued);
        QVERIFY(!parsed(report64({0x02, 0x01, 0, 0, 0, 'X'}, 0xFE)).continued);
    }

    void noAimIdentifierMeansUnknownSymbology()
    {
        const HidPosScannedData data = parsed(report64({0x02, 0x02, 0x00, 0x00, 0x00, '4', '2'}));
        QVERIFY(data.aim.empty());
        HidPosScanAssembler assembler;
        auto scan = assembler.feed(data);
        QVERIFY(scan.ok() && scan.value());
        QCOMPARE(scan.value()->symbology, Symbology::Unknown);
        QCOMPARE(scan.value()->text, std::string("42"));
    }

    void otherReportIdsAreNotScans()
    {
        const Report r = report64({0x04, 0x10});
        auto result = parseHidPosReport(r.data(), r.size());
        QVERIFY(result.ok());
        QVERIFY(!result.value().has_value());
    }

    void fullReportCarriesFiftySixBytes()
    {
        Report r = report64({0x02, 56, ']', 'C', '0'});
        for (int i = 0; i < 56; ++i)
            r[5 + i] = static_cast<std::uint8_t>('A' + i % 26);
        r[61] = 'j'; // the vendor's own symbology byte is not data
        QCOMPARE(parsed(r).data.size(), std::size_t(56));
        QCOMPARE(parsed(r).data.back(), char('A' + 55 % 26));
    }

    void malformedReportsAreNamed()
    {
        const Report tooLong = report64({0x02, 57});
        auto a = parseHidPosReport(tooLong.data(), tooLong.size());
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind, DeviceErrorKind::Protocol);
        QVERIFY2(QString::fromStdString(a.error().message).contains("byte 1 says 57"), a.error().message.c_str());

        const Report shortReport {0x02, 0x00, 0, 0, 0, 0, 0, 0};
        auto b = parseHidPosReport(shortReport.data(), shortReport.size());
        QVERIFY(!b.ok());
        QVERIFY(QString::fromStdString(b.error().message).contains("too short"));

        auto c = parseHidPosReport(nullptr, 0);
        QVERIFY(!c.ok());
    }

    void assemblesContinuedReports()
    {
        HidPosScanAssembler assembler;
        auto first = assembler.feed(parsed(report64({0x02, 0x03, ']', 'Q', '1', 'h', 't', 't'}, 0x01)));
        QVERIFY(first.ok() && !first.value());
        auto second = assembler.feed(parsed(report64({0x02, 0x02, 0, 0, 0, 'p', ':'})));
        QVERIFY(second.ok() && second.value());
        QCOMPARE(second.value()->text, std::string("http:"));
        QCOMPARE(second.value()->symbology, Symbology::Qr);
        // The next scan starts afresh.
        auto third = assembler.feed(parsed(report64({0x02, 0x01, ']', 'A', '0', '7'})));
        QCOMPARE(third.value()->symbology, Symbology::Code39);
        QCOMPARE(third.value()->text, std::string("7"));
    }

    void endlessContinuationIsRefused()
    {
        HidPosScanAssembler assembler;
        Report r = report64({0x02, 56}, 0x01);
        bool refused = false;
        for (int i = 0; i < 200 && !refused; ++i) {
            auto result = assembler.feed(parsed(r));
            refused = !result.ok();
        }
        QVERIFY(refused);
    }

    void reportDescriptorNamesTheUsagePage()
    {
        auto page = [](const Report& d) { return hidApplicationUsagePage(d.data(), d.size()); };
        // Usage Page (0x8C), Usage (Bar Code Scanner), Collection (Application)
        QCOMPARE(page({0x05, 0x8C, 0x09, 0x02, 0xA1, 0x01, 0xC0}).value(), std::optional<std::uint16_t>(0x8C));
        // A keyboard: Usage Page (Generic Desktop), Usage (Keyboard)
        QCOMPARE(page({0x05, 0x01, 0x09, 0x06, 0xA1, 0x01}).value(), std::optional<std::uint16_t>(0x01));
        // A 2-byte Usage Page item; a logical collection first does not count
        QCOMPARE(page({0x06, 0x8C, 0x00, 0xA1, 0x02, 0xC0, 0xA1, 0x01}).value(), std::optional<std::uint16_t>(0x8C));
        // An extended (32-bit) usage carries its own page
        QCOMPARE(page({0x05, 0x01, 0x0B, 0x02, 0x00, 0x8C, 0x00, 0xA1, 0x01}).value(),
                 std::optional<std::uint16_t>(0x8C));
        // Push and Pop restore the page
        QCOMPARE(page({0x05, 0x8C, 0xA4, 0x05, 0x01, 0xB4, 0x09, 0x02, 0xA1, 0x01}).value(),
                 std::optional<std::uint16_t>(0x8C));
        // A long item is skipped whole
        QCOMPARE(page({0xFE, 0x02, 0x00, 0xAA, 0xBB, 0x05, 0x8C, 0xA1, 0x01}).value(),
                 std::optional<std::uint16_t>(0x8C));
        // No application collection
        QCOMPARE(page({0x05, 0x8C, 0x09, 0x02}).value(), std::optional<std::uint16_t>());
        auto cut = page({0x05, 0x8C, 0x06, 0x8C});
        QVERIFY(!cut.ok());
        QVERIFY2(QString::fromStdString(cut.error().message).contains("byte 2"), cut.error().message.c_str());
    }

    void aimIdentifiers()
    {
        QCOMPARE(symbologyFromAim("]C0"), Symbology::Code128);
        QCOMPARE(symbologyFromAim("]C1"), Symbology::Code128);
        QCOMPARE(symbologyFromAim("]A0"), Symbology::Code39);
        QCOMPARE(symbologyFromAim("]E0"), Symbology::Ean13);
        QCOMPARE(symbologyFromAim("]E4"), Symbology::Unknown); // EAN-8
        QCOMPARE(symbologyFromAim("]I0"), Symbology::Interleaved2of5);
        QCOMPARE(symbologyFromAim("]Q1"), Symbology::Qr);
        QCOMPARE(symbologyFromAim("]d2"), Symbology::Unknown);
        QCOMPARE(symbologyFromAim("C0"), Symbology::Unknown);
        QVERIFY(!startsWithAimIdentifier("]C"));
        QVERIFY(!startsWithAimIdentifier("]1C"));
    }
};

QTEST_GUILESS_MAIN(TestHidPosReport)
#include "tst_hidpos_report.moc"
