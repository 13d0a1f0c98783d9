// The simulated RFID pad and scanner: what the desk and kiosk tests stand on, so they must
// behave like the real thing, failures included.
#include "simulator/LibraryTags.h"
#include "simulator/SimulatedRfidPad.h"
#include "simulator/SimulatedScanner.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace ils::devices;

namespace {

Bytes blocks(std::initializer_list<std::uint8_t> bytes)
{
    return Bytes(bytes);
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void uidIsIso15693()
    {
        const Bytes uid = simulatedUid(0x0102030405);
        QCOMPARE(uid.size(), std::size_t(8));
        QCOMPARE(uid[7], std::uint8_t(0xE0));
        QCOMPARE(uid[6], std::uint8_t(0x04));
        QCOMPARE(uidText(uid), std::string("E004000102030405"));
    }

    void placedTagsAreInventoriedAndRemovedOnesAreNot()
    {
        SimulatedRfidPad pad;
        pad.place(SimulatedTag::blank(simulatedUid(1)));
        pad.place(SimulatedTag::blank(simulatedUid(2)));
        auto seen = pad.inventory();
        QVERIFY(seen);
        QCOMPARE(seen.value().size(), std::size_t(2));
        QCOMPARE(seen.value()[1].uid, simulatedUid(2));
        QVERIFY(pad.remove(simulatedUid(1)));
        QVERIFY(!pad.remove(simulatedUid(1)));
        seen = pad.inventory();
        QCOMPARE(seen.value().size(), std::size_t(1));
        QCOMPARE(seen.value()[0].uid, simulatedUid(2));
        pad.place(SimulatedTag::blank(simulatedUid(2))); // the same tag again: still one
        QCOMPARE(pad.inventory().value().size(), std::size_t(1));
    }

    void systemInfoReportsTheTag()
    {
        SimulatedRfidPad pad;
        auto tag = SimulatedTag::blank(simulatedUid(7), 4, 80);
        tag.dsfid = 0x06;
        tag.afi = afiSecured;
        pad.place(tag);
        const auto info = pad.systemInfo(simulatedUid(7));
        QVERIFY(info);
        QCOMPARE(info.value().blockCount, 80);
        QCOMPARE(info.value().blockSize, 4);
        QCOMPARE(info.value().afi, afiSecured);
        QCOMPARE(info.value().dsfid, std::uint8_t(0x06));
        const auto absent = pad.systemInfo(simulatedUid(8));
        QVERIFY(!absent);
        QCOMPARE(absent.error().kind, DeviceErrorKind::NoTag);
    }

    void writtenBlocksReadBack()
    {
        SimulatedRfidPad pad;
        const Bytes uid = simulatedUid(3);
        pad.place(SimulatedTag::blank(uid));
        QVERIFY(pad.writeBlocks(uid, 2, blocks({1, 2, 3, 4, 5, 6, 7, 8})));
        const auto read = pad.readBlocks(uid, 1, 3);
        QVERIFY(read);
        QCOMPARE(read.value(), blocks({0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8}));
    }

    void badBlockRangesAndPartialBlocksAreRefused()
    {
        SimulatedRfidPad pad;
        const Bytes uid = simulatedUid(3);
        pad.place(SimulatedTag::blank(uid, 4, 28));
        const auto beyond = pad.readBlocks(uid, 27, 2);
        QVERIFY(!beyond);
        QCOMPARE(beyond.error().kind, DeviceErrorKind::TagError);
        QVERIFY(QString::fromStdString(beyond.error().message).contains("outside"));
        const auto partial = pad.writeBlocks(uid, 0, blocks({1, 2, 3}));
        QVERIFY(!partial);
        QCOMPARE(partial.error().kind, DeviceErrorKind::Unsupported);
    }

    void lockedBlocksRefuseWrites()
    {
        SimulatedRfidPad pad;
        const Bytes uid = simulatedUid(4);
        pad.place(SimulatedTag::blank(uid));
        QVERIFY(pad.lockBlocks(uid, 0, 2));
        const auto write = pad.writeBlocks(uid, 1, blocks({9, 9, 9, 9}));
        QVERIFY(!write);
        QCOMPARE(write.error().kind, DeviceErrorKind::TagError);
        QVERIFY(pad.writeBlocks(uid, 2, blocks({9, 9, 9, 9})));
        QCOMPARE(pad.tag(uid)->memory[4], std::uint8_t(0)); // block 1 untouched
    }

    void afiAndEasAreWritten()
    {
        SimulatedRfidPad pad;
        const Bytes uid = simulatedUid(5);
        pad.place(SimulatedTag::blank(uid));
        QVERIFY(pad.writeAfi(uid, afiNotSecured));
        QVERIFY(pad.setEas(uid, true));
        QCOMPARE(pad.tag(uid)->afi, afiNotSecured);
        QVERIFY(pad.tag(uid)->eas);
        QCOMPARE(pad.systemInfo(uid).value().afi, afiNotSecured);
    }

    void tagsWithoutEasOrWithLockedAfiSaySo()
    {
        SimulatedRfidPad pad;
        auto tag = SimulatedTag::blank(simulatedUid(6));
        tag.easSupported = false;
        tag.afiLocked = true;
        pad.place(tag);
        const auto eas = pad.setEas(tag.uid, false);
        QVERIFY(!eas);
        QCOMPARE(eas.error().kind, DeviceErrorKind::Unsupported);
        const auto afi = pad.writeAfi(tag.uid, afiNotSecured);
        QVERIFY(!afi);
        QCOMPARE(afi.error().kind, DeviceErrorKind::TagError);
        QCOMPARE(pad.tag(tag.uid)->afi, std::uint8_t(0));
    }

    void injectedWriteFailuresFailThatManyWrites()
    {
        SimulatedRfidPad pad;
        const Bytes a = simulatedUid(1);
        const Bytes b = simulatedUid(2);
        pad.place(SimulatedTag::blank(a));
        pad.place(SimulatedTag::blank(b));
        pad.failNextWrites(2, DeviceErrorKind::Timeout, b);
        QVERIFY(pad.writeAfi(a, 0x42)); // another tag: not affected
        auto first = pad.writeAfi(b, 0x42);
        QVERIFY(!first);
        QCOMPARE(first.error().kind, DeviceErrorKind::Timeout);
        QVERIFY(QString::fromStdString(first.error().message).contains("injected"));
        QVERIFY(!pad.setEas(b, true));
        QVERIFY(pad.readBlocks(b, 0, 1)); // reads are not writes
        QVERIFY(pad.writeAfi(b, 0x42)); // the third write goes through
        QCOMPARE(pad.tag(b)->afi, std::uint8_t(0x42));
        QVERIFY(!pad.tag(b)->eas);
    }

    void aTagMovesOffInTheMiddleOfAnOperation()
    {
        SimulatedRfidPad pad;
        const Bytes uid = simulatedUid(9);
        pad.place(SimulatedTag::blank(uid));
        pad.moveOffAfter(uid, 2);
        QVERIFY(pad.systemInfo(uid));
        QVERIFY(pad.readBlocks(uid, 0, 4));
        const auto write = pad.writeAfi(uid, afiNotSecured);
        QVERIFY(!write);
        QCOMPARE(write.error().kind, DeviceErrorKind::NoTag);
        QVERIFY(pad.inventory().value().empty());
        QVERIFY(!pad.tag(uid));
    }

    void anUnpluggedPadAnswersNothing()
    {
        SimulatedRfidPad pad("Test pad");
        const Bytes uid = simulatedUid(1);
        pad.place(SimulatedTag::blank(uid));
        pad.setConnected(false);
        const auto seen = pad.inventory();
        QVERIFY(!seen);
        QCOMPARE(seen.error().kind, DeviceErrorKind::NotConnected);
        QVERIFY(QString::fromStdString(seen.error().message).startsWith("Test pad"));
        QCOMPARE(pad.writeAfi(uid, 1).error().kind, DeviceErrorKind::NotConnected);
        pad.setConnected(true);
        QCOMPARE(pad.inventory().value().size(), std::size_t(1));
    }

    void itemTagHoldsIso28560Data_data()
    {
        QTest::addColumn<int>("model");
        QTest::newRow("ISO 28560-2") << int(TagModel::Iso28560_2);
        QTest::newRow("ISO 28560-3") << int(TagModel::Iso28560_3);
    }

    void itemTagHoldsIso28560Data()
    {
        QFETCH(int, model);
        ItemTagSpec spec;
        spec.primaryItemId = "2622010000000017";
        spec.ownerLibrary = "CN-532622";
        spec.part = 2;
        spec.total = 3;
        spec.model = static_cast<TagModel>(model);
        auto tag = makeItemTag(simulatedUid(11), spec);
        QVERIFY2(tag, tag ? "" : tag.error().message.c_str());
        QCOMPARE(tag.value().afi, afiSecured);
        QVERIFY(tag.value().eas);
        QVERIFY(tag.value().blockCount() >= 28);

        SimulatedRfidPad pad;
        pad.place(tag.value());
        const auto info = pad.systemInfo(simulatedUid(11));
        const auto memory = pad.readBlocks(simulatedUid(11), 0, info.value().blockCount);
        QVERIFY(memory);
        const auto decoded = decodeTag(memory.value());
        QVERIFY2(decoded, decoded ? "" : decoded.error().message.c_str());
        QCOMPARE(decoded.value().primaryItemId, spec.primaryItemId);
        QCOMPARE(decoded.value().ownerLibrary, spec.ownerLibrary);
        QVERIFY(decoded.value().set);
        QCOMPARE(decoded.value().set->part, 2);
        QCOMPARE(decoded.value().set->total, 3);
    }

    void readerCardTagSaysPatronCard_data()
    {
        QTest::addColumn<int>("model");
        QTest::newRow("ISO 28560-2") << int(TagModel::Iso28560_2);
        QTest::newRow("ISO 28560-3") << int(TagModel::Iso28560_3);
    }

    void readerCardTagSaysPatronCard()
    {
        QFETCH(int, model);
        ItemTagSpec spec;
        spec.primaryItemId = "532622001000017";
        spec.ownerLibrary = "CN-532622";
        spec.model = static_cast<TagModel>(model);
        spec.typeOfUsage = usagePatronCard;
        auto tag = makeItemTag(simulatedUid(13), spec);
        QVERIFY2(tag, tag ? "" : tag.error().message.c_str());
        const auto decoded = decodeTag(tag.value().memory);
        QVERIFY2(decoded, decoded ? "" : decoded.error().message.c_str());
        QCOMPARE(decoded.value().primaryItemId, spec.primaryItemId);
        QCOMPARE(decoded.value().typeOfUsage, std::optional<std::uint8_t>(usagePatronCard));
        QVERIFY(isPatronCard(decoded.value()));

        // An item's tag (the default) is not a card, nor is one without a type of usage.
        spec.typeOfUsage = usageCirculating;
        const auto item = decodeTag(makeItemTag(simulatedUid(14), spec).value().memory);
        QVERIFY(item);
        QVERIFY(!isPatronCard(item.value()));
        TagData bare;
        QVERIFY(!isPatronCard(bare));
        bare.typeOfUsage = 0x81; // a qualifier does not change the category
        QVERIFY(isPatronCard(bare));
    }

    void itemTagRefusesWhatTheCodecRefuses()
    {
        ItemTagSpec spec;
        spec.primaryItemId = "26220100000000170000"; // 20 characters: too long for ISO 28560-3
        spec.model = TagModel::Iso28560_3;
        const auto tag = makeItemTag(simulatedUid(12), spec);
        QVERIFY(!tag);
        QVERIFY(!tag.error().message.empty());
    }

    // Placing and removing from one thread while another inventories and writes, as the desk's
    // device thread does: no torn state (and, under the sanitizers, no data race).
    void placingWhileAnotherThreadTalksToThePad()
    {
        SimulatedRfidPad pad;
        const Bytes fixed = simulatedUid(100);
        pad.place(SimulatedTag::blank(fixed));
        std::atomic<int> failures = 0; // QVERIFY belongs to the test's own thread
        std::thread device([&] {
            for (int i = 0; i < 2000; ++i) {
                const auto seen = pad.inventory();
                if (!seen || seen.value().empty() || !pad.writeAfi(fixed, static_cast<std::uint8_t>(i)))
                    ++failures;
            }
        });
        for (int i = 0; i < 2000; ++i) {
            pad.place(SimulatedTag::blank(simulatedUid(static_cast<std::uint64_t>(i % 7))));
            pad.remove(simulatedUid(static_cast<std::uint64_t>((i + 3) % 7)));
        }
        device.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(pad.tag(fixed)->afi, std::uint8_t(1999 % 256));
    }

    void scannerHandsScansToItsReceiver()
    {
        SimulatedScanner scanner;
        std::vector<Scan> got;
        QVERIFY(!scanner.scan("2622010000000017")); // no receiver yet
        scanner.setReceiver([&](const Scan& s) { got.push_back(s); });
        QVERIFY(scanner.scan("2622010000000017"));
        QVERIFY(scanner.scan("9787020024759", Symbology::Ean13));
        scanner.setConnected(false);
        QVERIFY(!scanner.scan("lost"));
        QCOMPARE(got.size(), std::size_t(2));
        QCOMPARE(got[0].text, std::string("2622010000000017"));
        QCOMPARE(got[0].symbology, Symbology::Code128);
        QCOMPARE(got[1].symbology, Symbology::Ean13);
        QCOMPARE(scanner.scanCount(), 2);
    }
};

QTEST_APPLESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
