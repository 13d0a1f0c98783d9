// FEIG ISO host protocol framing and parsing, byte by byte (devices/rfid/feig/FeigProtocol).
#include "rfid/feig/FeigProtocol.h"

#include <QTest>

using namespace ils::devices;
namespace fp = ils::devices::feig;

namespace {

const Bytes kUid {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x04, 0xE0}; // as RfidTag keeps it
const Bytes kUidWire {0xE0, 0x04, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11}; // as the reader sends it

fp::Response response(std::uint8_t status, Bytes data)
{
    fp::Response r;
    r.comAdr = 0x00;
    r.command = 0xB0;
    r.status = status;
    r.data = std::move(data);
    return r;
}

Bytes withUid(Bytes head, Bytes tail)
{
    head.insert(head.end(), kUidWire.begin(), kUidWire.end());
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

} // namespace

class TestFeigProtocol : public QObject
{
    Q_OBJECT

private slots:
    void crcIsCcittBackwardFromFfff()
    {
        // The standard check value of this CRC (CRC-16/MCRF4XX: 0x8408 reflected, start 0xFFFF).
        const std::string check = "123456789";
        QCOMPARE(fp::crc16(reinterpret_cast<const std::uint8_t*>(check.data()), check.size()), std::uint16_t(0x6F91));
    }

    void encodesStandardFrames()
    {
        const Bytes frame = fp::encodeRequest(0xFF, 0xB0, fp::inventoryRequest(false));
        QCOMPARE(frame.size(), std::size_t(7));
        QCOMPARE(frame[0], std::uint8_t(7)); // LENGTH counts every byte, CRC included
        QCOMPARE(frame[1], std::uint8_t(0xFF));
        QCOMPARE(frame[2], std::uint8_t(0xB0));
        QCOMPARE(frame[3], std::uint8_t(0x01));
        QCOMPARE(frame[4], std::uint8_t(0x00));
        const std::uint16_t crc = fp::crc16(frame.data(), 5);
        QCOMPARE(frame[5], std::uint8_t(crc & 0xFF)); // LSB first
        QCOMPARE(frame[6], std::uint8_t(crc >> 8));
        QCOMPARE(fp::frameLength(frame.data(), 1), std::size_t(7));
        QCOMPARE(fp::inventoryRequest(true), (Bytes {0x01, 0x80}));
    }

    void encodesAdvancedFramesBeyond255Bytes()
    {
        const Bytes frame = fp::encodeRequest(0x01, 0xB0, Bytes(300, 0xAA));
        QCOMPARE(frame.size(), std::size_t(307));
        QCOMPARE(frame[0], std::uint8_t(0x02));
        QCOMPARE(frame[1], std::uint8_t(307 >> 8));
        QCOMPARE(frame[2], std::uint8_t(307 & 0xFF));
        QCOMPARE(frame[3], std::uint8_t(0x01));
        QCOMPARE(fp::frameLength(frame.data(), 2), std::size_t(0)); // not known yet
        QCOMPARE(fp::frameLength(frame.data(), 3), std::size_t(307));
    }

    void decodesAndChecksResponses()
    {
        Bytes frame = fp::encodeRequest(0x00, 0xB0, Bytes {0x00, 0x42});
        // A response frame has the same shape with STATUS first in the data.
        auto decoded = fp::decodeResponse(frame.data(), frame.size());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().command, std::uint8_t(0xB0));
        QCOMPARE(decoded.value().status, std::uint8_t(0x00));
        QCOMPARE(decoded.value().data, Bytes {0x42});

        Bytes corrupted = frame;
        corrupted[4] ^= 0x01;
        auto bad = fp::decodeResponse(corrupted.data(), corrupted.size());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, DeviceErrorKind::Protocol);
        QVERIFY(QString::fromStdString(bad.error().message).contains("CRC"));

        auto truncated = fp::decodeResponse(frame.data(), frame.size() - 1);
        QVERIFY(!truncated.ok());
        QVERIFY(QString::fromStdString(truncated.error().message).contains("length"));

        const Bytes tiny {0x05, 0x00, 0xB0};
        QVERIFY(!fp::decodeResponse(tiny.data(), tiny.size()).ok());

        Bytes advanced = fp::encodeRequest(0x00, 0xB0, Bytes(260, 0x00));
        auto big = fp::decodeResponse(advanced.data(), advanced.size());
        QVERIFY(big.ok());
        QCOMPARE(big.value().data.size(), std::size_t(259));
    }

    void buildsAddressedRequestsMsbFirst()
    {
        QCOMPARE(fp::readBlocksRequest(kUid, 3, 2), withUid({0x23, 0x01}, {0x03, 0x02}));
        QCOMPARE(fp::systemInfoRequest(kUid), withUid({0x2B, 0x01}, {}));
        QCOMPARE(fp::writeAfiRequest(kUid, 0x07), withUid({0x27, 0x01}, {0x07}));
        QCOMPARE(fp::lockBlocksRequest(kUid, 0, 4), withUid({0x22, 0x01}, {0x00, 0x04}));
        // [0xB1]: manufacturer NXP (0x04), Set EAS 0xA2 / Reset EAS 0xA3, addressed
        QCOMPARE(fp::easRequest(kUid, true), withUid({0x04, 0xA2, 0x01}, {}));
        QCOMPARE(fp::easRequest(kUid, false), withUid({0x04, 0xA3, 0x01}, {}));
        // DB-ADR, DB-N, DB-SIZE, then each block's bytes most significant first.
        QCOMPARE(fp::writeBlocksRequest(kUid, 1, 4, Bytes {1, 2, 3, 4, 5, 6, 7, 8}),
                 withUid({0x24, 0x01}, {0x01, 0x02, 0x04, 4, 3, 2, 1, 8, 7, 6, 5}));
    }

    void parsesInventory()
    {
        Bytes data {0x02, 0x03, 0x06};
        data.insert(data.end(), kUidWire.begin(), kUidWire.end());
        data.insert(data.end(), {0x03, 0x00, 0xE0, 0x04, 0, 0, 0, 0, 0, 0x01});
        auto page = fp::parseInventory(response(0x00, data));
        QVERIFY(page.ok());
        QCOMPARE(page.value().tags.size(), std::size_t(2));
        QCOMPARE(page.value().tags[0].uid, kUid);
        QCOMPARE(page.value().tags[0].dsfid, std::uint8_t(0x06));
        QCOMPARE(page.value().tags[1].uid, (Bytes {0x01, 0, 0, 0, 0, 0, 0x04, 0xE0}));
        QVERIFY(!page.value().more);

        auto more = fp::parseInventory(response(0x94, data));
        QVERIFY(more.ok() && more.value().more);

        auto empty = fp::parseInventory(response(0x01, {}));
        QVERIFY(empty.ok() && empty.value().tags.empty());

        data.pop_back();
        auto shortened = fp::parseInventory(response(0x00, data));
        QVERIFY(!shortened.ok());
        QVERIFY(QString::fromStdString(shortened.error().message).contains("2 data sets"));

        // A tag of another air interface (TR-TYPE other than 0x03) is skipped, not an error.
        Bytes foreign {0x01, 0x04, 0x00, 1, 2, 3, 4, 5, 6, 7, 8};
        auto skipped = fp::parseInventory(response(0x00, foreign));
        QVERIFY(skipped.ok() && skipped.value().tags.empty());
    }

    void parsesReadBlocksIntoMemoryOrder()
    {
        auto blocks = fp::parseReadBlocks(
            response(0x00, {0x02, 0x04, 0x00, 0x13, 0x12, 0x11, 0x10, 0x01, 0x17, 0x16, 0x15, 0x14}), 2);
        QVERIFY(blocks.ok());
        QCOMPARE(blocks.value(), (Bytes {0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17}));

        auto wrongCount = fp::parseReadBlocks(response(0x00, {0x01, 0x04, 0x00, 1, 2, 3, 4}), 2);
        QVERIFY(!wrongCount.ok());
        auto wrongSize = fp::parseReadBlocks(response(0x00, {0x01, 0x04, 0x00, 1, 2, 3}), 1);
        QVERIFY(!wrongSize.ok());
        QVERIFY(QString::fromStdString(wrongSize.error().message).contains("expected 7"));
    }

    void parsesSystemInformation()
    {
        Bytes data {0x06};
        data.insert(data.end(), kUidWire.begin(), kUidWire.end());
        data.insert(data.end(), {0x07, 0x03, 0x1B, 0x01});
        auto info = fp::parseSystemInfo(response(0x00, data));
        QVERIFY(info.ok());
        QCOMPARE(info.value().dsfid, std::uint8_t(0x06));
        QCOMPARE(info.value().uid, kUid);
        QCOMPARE(info.value().afi, std::uint8_t(0x07));
        QCOMPARE(info.value().blockSize, 4);
        QCOMPARE(info.value().blockCount, 28);
        data.pop_back();
        QVERIFY(!fp::parseSystemInfo(response(0x00, data)).ok());
    }

    void statusesBecomeErrorKinds()
    {
        QVERIFY(fp::checkStatus(response(0x00, {}), "x").ok());
        QCOMPARE(fp::checkStatus(response(0x01, {}), "x").error().kind, DeviceErrorKind::NoTag);
        QCOMPARE(fp::checkStatus(response(0x83, {}), "x").error().kind, DeviceErrorKind::NoTag);
        QCOMPARE(fp::checkStatus(response(0x03, {}), "x").error().kind, DeviceErrorKind::TagError);
        QCOMPARE(fp::checkStatus(response(0x04, {}), "x").error().kind, DeviceErrorKind::TagError);
        QCOMPARE(fp::checkStatus(response(0x82, {}), "x").error().kind, DeviceErrorKind::Unsupported);
        QCOMPARE(fp::checkStatus(response(0x77, {}), "x").error().kind, DeviceErrorKind::Protocol);
        auto iso = fp::checkStatus(response(0x95, {0x12}), "write AFI");
        QCOMPARE(iso.error().kind, DeviceErrorKind::TagError);
        QVERIFY2(QString::fromStdString(iso.error().message).contains("write AFI"), iso.error().message.c_str());
        QVERIFY(QString::fromStdString(iso.error().message).contains("0x12"));
        QCOMPARE(fp::checkStatus(response(0x95, {}), "x").error().kind, DeviceErrorKind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestFeigProtocol)
#include "tst_feig_protocol.moc"
