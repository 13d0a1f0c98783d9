// The RFID pad at the desk, on the real circulation screen (offscreen) with the simulated pad:
// a pile lent or returned at once, the security bit after each, sets lent only when complete,
// and every device failure told to the librarian without losing the transaction.
#include "DeskScreen.h"

#include "CirculationController.h"
#include "LocalStore.h"
#include "MessageBar.h"
#include "RfidPadController.h"
#include "RfidPadPanel.h"
#include "RfidSimulatorWindow.h"
#include "Settings.h"
#include "simulator/LibraryTags.h"
#include "simulator/SimulatedRfidPad.h"
#include "simulator/SimulatedScanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <thread>

using namespace ils::devices;

namespace {

const std::string openLoansOfItem = "SELECT count(*) FROM loans WHERE item = ? AND returned_at IS NULL";

// A desk screen with a simulated pad that is read only when the test says so.
struct PadDesk
{
    explicit PadDesk(const char* security = nullptr)
    {
        if (security)
            screen.store().settings().set("local.rfid_security", security);
        screen.view().attachRfidPad(pad, 0);
        // Attaching reads the (empty) pad once. Let that read end first: on a loaded machine its
        // inventory could otherwise see the tags a test places next and act before the test's own
        // read, with the failures the test has yet to inject.
        if (!QTest::qWaitFor([this] { return !controller().busy(); }, 10000))
            qFatal("the RFID pad's first read did not end");
    }

    // Reads the pad and waits until every read and write it led to is done.
    bool read()
    {
        controller().readNow();
        return QTest::qWaitFor([this] { return !controller().busy(); }, 10000);
    }

    Bytes place(const std::string& barcode, int part = 1, int total = 1, bool secured = true)
    {
        const Bytes uid = simulatedUid(++serial);
        ItemTagSpec spec;
        spec.primaryItemId = barcode;
        spec.ownerLibrary = "CN-532622";
        spec.part = part;
        spec.total = total;
        spec.secured = secured;
        auto tag = makeItemTag(uid, spec);
        if (!tag)
            qFatal("item tag: %s", tag.error().message.c_str());
        pad->place(tag.value());
        return uid;
    }

    // A reader's card with an RFID tag: type of usage "patron card", the card number as its PII.
    Bytes placeCard(const std::string& card)
    {
        const Bytes uid = simulatedUid(++serial);
        ItemTagSpec spec;
        spec.primaryItemId = card;
        spec.ownerLibrary = "CN-532622";
        spec.typeOfUsage = usagePatronCard;
        auto tag = makeItemTag(uid, spec);
        if (!tag)
            qFatal("card tag: %s", tag.error().message.c_str());
        pad->place(tag.value());
        return uid;
    }

    RfidPadController& controller() { return *screen.view().rfidPad(); }
    std::uint8_t afi(const Bytes& uid) const { return pad->tag(uid) ? pad->tag(uid)->afi : 0; }
    QString attention() const { return screen.find<RfidPadPanel>("rfidPadPanel")->attention(); }
    QStringList padLines() const
    {
        QStringList lines;
        auto* list = screen.find<QListWidget>("rfidPadList");
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines;
    }
    QString message() const { return screen.find<MessageBar>("messageBar")->headline(); }

    DeskScreen screen;
    std::shared_ptr<SimulatedRfidPad> pad = std::make_shared<SimulatedRfidPad>();
    std::uint64_t serial = 0;
};

} // namespace

class TestDeskRfid : public QObject
{
    Q_OBJECT

    QTranslator m_translator;

private slots:
    void aPileOfThreeIsLentAndUnsecured()
    {
        PadDesk desk;
        auto& county = desk.screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "李明");
        const std::string items[] = {county.addItem(DeskCounty::branchA, "平凡的世界"),
                                     county.addItem(DeskCounty::branchA, "围城"),
                                     county.addItem(DeskCounty::branchA, "活着")};
        QVERIFY(desk.screen.show());
        scanLikeAScanner(desk.screen.find<QLineEdit>("scanField"), QString::fromStdString(card));
        QTRY_VERIFY(desk.screen.view().controller().reader().has_value());

        std::vector<Bytes> uids;
        for (const auto& item : items)
            uids.push_back(desk.place(item));
        QVERIFY(desk.read());
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(desk.screen.count(openLoansOfItem, items[i]), std::int64_t(1));
            QCOMPARE(desk.afi(uids[i]), afiNotSecured);
            QVERIFY(desk.pad->tag(uids[i])->eas); // AFI by default: the EAS bit is not touched
        }
        QCOMPARE(desk.screen.find<QTableWidget>("pileTable")->rowCount(), 3);
        QCOMPARE(desk.padLines().size(), 3);
        QVERIFY(desk.padLines().front().contains("lent"));

        // Read again with the pile still there: nothing is lent twice.
        const int commands = desk.pad->commandCount();
        QVERIFY(desk.read());
        QCOMPARE(desk.screen.find<QTableWidget>("pileTable")->rowCount(), 3);
        QVERIFY(desk.pad->commandCount() > commands);
        QVERIFY(desk.attention().trimmed().isEmpty());
    }

    // A tag lying on the pad is read in full once: later polls ask only for the tags in the field
    // and each one's system information (its AFI), not its memory again.
    void aTagStayingOnThePadIsReadInFullOnce()
    {
        PadDesk desk;
        auto& county = desk.screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "赵磊");
        const auto item = county.addItem(DeskCounty::branchA, "茶馆");
        desk.screen.view().controller().scan(QString::fromStdString(card));
        const Bytes uid = desk.place(item);
        QVERIFY(desk.read());
        QCOMPARE(desk.afi(uid), afiNotSecured);

        const int commands = desk.pad->commandCount();
        QVERIFY(desk.read());
        QCOMPARE(desk.pad->commandCount() - commands, 2); // inventory, system information
        QCOMPARE(desk.padLines().size(), 1);
        QVERIFY(desk.padLines().front().contains("lent"));

        // Lifted and put back: read in full again (it may have been rewritten meanwhile).
        const auto lifted = desk.pad->tag(uid);
        QVERIFY(lifted && desk.pad->remove(uid));
        QVERIFY(desk.read());
        desk.pad->place(*lifted);
        const int again = desk.pad->commandCount();
        QVERIFY(desk.read());
        QVERIFY(desk.pad->commandCount() - again > 2);
    }

    void returnsAreSecured()
    {
        PadDesk desk;
        auto& county = desk.screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "王芳");
        const auto a = county.addItem(DeskCounty::branchA, "边城");
        const auto b = county.addItem(DeskCounty::branchA, "骆驼祥子");
        auto& circulation = desk.screen.view().controller();
        circulation.scan(QString::fromStdString(card));
        circulation.scan(QString::fromStdString(a));
        circulation.scan(QString::fromStdString(b));
        circulation.endReader();
        QCOMPARE(desk.screen.count(openLoansOfItem, a), std::int64_t(1));

        const Bytes uidA = desk.place(a, 1, 1, false);
        const Bytes uidB = desk.place(b, 1, 1, false);
        QCOMPARE(desk.afi(uidA), afiNotSecured);
        QVERIFY(desk.read());
        QCOMPARE(desk.screen.count(openLoansOfItem, a), std::int64_t(0));
        QCOMPARE(desk.screen.count(openLoansOfItem, b), std::int64_t(0));
        QCOMPARE(desk.afi(uidA), afiSecured);
        QCOMPARE(desk.afi(uidB), afiSecured);
        QVERIFY(desk.padLines().join('\n').contains("returned"));
    }

    void easWhenTheDeskIsSetToIt()
    {
        PadDesk desk("eas");
        auto& county = desk.screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "赵强");
        const auto item = county.addItem(DeskCounty::branchA, "红岩");
        desk.screen.view().controller().scan(QString::fromStdString(card));
        const Bytes uid = desk.place(item);
        QVERIFY(desk.read());
        QCOMPARE(desk.screen.count(openLoansOfItem, item), std::int64_t(1));
        QVERIFY(!desk.pad->tag(uid)->eas);
        QCOMPARE(desk.afi(uid), afiSecured); // untouched
    }

    void aSetIsLentOnlyWhenEveryPartIsThere()
    {
        PadDesk desk;
        auto& county = desk.screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "陈静");
        const auto set = county.addItem(DeskCounty::branchA, "英语听力教程");
        desk.screen.view().controller().scan(QString::fromStdString(card));
        const Bytes book = desk.place(set, 1, 3);
        const Bytes cd = desk.place(set, 3, 3);
        QVERIFY(desk.read());
        QCOMPARE(desk.screen.count(openLoansOfItem, set), std::int64_t(0));
        QCOMPARE(desk.afi(book), afiSecured);
        QVERIFY2(desk.attention().contains("missing part 2 (of 3)"), qPrintable(desk.attention()));
        QVERIFY(desk.message().contains("missing part 2"));
        QVERIFY(desk.padLines().join('\n').contains("waiting for part 2 (of 3)"));

        const Bytes second = desk.place(set, 2, 3);
        QVERIFY(desk.read());
        QCOMPARE(desk.screen.count(openLoansOfItem, set), std::int64_t(1));
        for (const auto& uid : {book, cd, second})
            QCOMPARE(desk.afi(uid), afiNotSecured);
        QCOMPARE(desk.screen.find<QTableWidget>("pileTable")->rowCount(), 1);
    }

    void theMissingPartIsNamedInChinese()
    {
        QVERIFY2(m_translator.load(QStringLiteral(ILS_DESK_ZH_CN_QM)), ILS_DESK_ZH_CN_QM);
        QCoreApplication::installTranslator(&m_translator);
        PadDesk desk;
        auto& county = desk.screen.county();
        const auto set = county.addItem(DeskCounty::branchA, "唐诗三百首");
        desk.place(set, 1, 2);
        QVERIFY(desk.read());
        const QString attention = desk.attention();
        QCoreApplication::removeTranslator(&m_translator);
        QVERIFY2(attention.contains(QStringLiteral("《唐诗三百首》缺第 2 件（共 2 件）")), qPrintable(attention));
        QCOMPARE(desk.screen.count("SELECT count(*) FROM loans WHERE item = ?", set), std::int64_t(0));
    }

    void aFailedSecurityWriteIsToldAndTheLoanKept()
    {
        PadDesk desk;
        auto& county = desk.screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "刘洋");
        const auto item = county.addItem(DeskCounty::branchA, "家");
        desk.screen.view().controller().scan(QString::fromStdString(card));
        const Bytes uid = desk.place(item);
        desk.pad->failNextWrites(1);
        QVERIFY(desk.read());
        QCOMPARE(desk.screen.count(openLoansOfItem, item), std::int64_t(1));
        QCOMPARE(desk.afi(uid), afiSecured);
        QVERIFY2(desk.attention().contains("could not be cleared"), qPrintable(desk.attention()));
        QVERIFY(desk.attention().contains("desensitise it by hand"));
        QVERIFY(desk.message().contains("could not be cleared"));
        QVERIFY(desk.padLines().front().contains("NOT written"));

        // Still on the pad: the next read writes it, and lends nothing twice.
        QVERIFY(desk.read());
        QCOMPARE(desk.afi(uid), afiNotSecured);
        QVERIFY(!desk.padLines().front().contains("NOT written"));
        QCOMPARE(desk.screen.count("SELECT count(*) FROM loans WHERE item = ?", item), std::int64_t(1));
    }

    void anItemLiftedBeforeItsWriteIsSecuredWhenPutBack()
    {
        PadDesk desk;
        auto& county = desk.screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "周敏");
        const auto item = county.addItem(DeskCounty::branchA, "春");
        desk.screen.view().controller().scan(QString::fromStdString(card));
        const Bytes uid = desk.place(item);
        // System information and two reads of 16 blocks; then it is gone before the AFI write.
        desk.pad->moveOffAfter(uid, 3);
        QVERIFY(desk.read());
        QCOMPARE(desk.screen.count(openLoansOfItem, item), std::int64_t(1));
        QVERIFY(!desk.pad->tag(uid));
        QVERIFY(desk.attention().contains("Put the item back on the pad"));

        desk.place(item); // the same book, back on the pad (a new UID in the simulator: same data)
        const Bytes back = simulatedUid(desk.serial);
        QVERIFY(desk.read());
        QCOMPARE(desk.afi(back), afiNotSecured);
        QCOMPARE(desk.screen.count("SELECT count(*) FROM loans WHERE item = ?", item), std::int64_t(1));
    }

    void itemsPutDownBeforeTheCardAreLentWhenItComes()
    {
        PadDesk desk;
        auto& county = desk.screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "孙丽");
        const auto item = county.addItem(DeskCounty::branchA, "秋");
        const Bytes uid = desk.place(item);
        QVERIFY(desk.read()); // no reader: a return (it was not on loan)
        QCOMPARE(desk.afi(uid), afiSecured);
        desk.screen.view().controller().scan(QString::fromStdString(card));
        QVERIFY(desk.read());
        QCOMPARE(desk.screen.count(openLoansOfItem, item), std::int64_t(1));
        QCOMPARE(desk.afi(uid), afiNotSecured);

        // The next reader comes while the first one's book is still on the pad: it stays lent to the first.
        const auto next = county.addReader(DeskCounty::branchA, "钱伟");
        desk.screen.view().controller().scan(QString::fromStdString(next));
        QVERIFY(desk.read());
        QCOMPARE(desk.screen.count("SELECT count(*) FROM loans WHERE item = ?", item), std::int64_t(1));
    }

    void aRefusedItemIsRefusedOnceUntilPutDownAgain()
    {
        PadDesk desk;
        auto& county = desk.screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "吴刚");
        auto& circulation = desk.screen.view().controller();
        circulation.scan(QString::fromStdString(card));
        QSignalSpy refused(&circulation, &CirculationController::refused);
        const std::string unknown = "2622019999999999"; // of branch A's range, never catalogued
        const Bytes uid = desk.place(unknown);
        QVERIFY(desk.read());
        QCOMPARE(refused.size(), 1);
        QVERIFY(desk.padLines().front().contains("refused"));
        QCOMPARE(desk.afi(uid), afiSecured); // nothing lent, nothing written
        QVERIFY(desk.read());
        QCOMPARE(refused.size(), 1); // still lying there: not asked again
        desk.pad->remove(uid);
        QVERIFY(desk.read());
        desk.place(unknown); // the same item, put down again
        QVERIFY(desk.read());
        QCOMPARE(refused.size(), 2);
    }

    void aCardPutDownWithAPileLendsThePileToItsReader()
    {
        PadDesk desk;
        auto& county = desk.screen.county();
        county.addReader(DeskCounty::branchA, "何平"); // loaded by nobody: the card says who
        const auto card = county.addReader(DeskCounty::branchA, "蒋红");
        const std::string items[] = {county.addItem(DeskCounty::branchA, "茶馆"),
                                     county.addItem(DeskCounty::branchA, "日出"),
                                     county.addItem(DeskCounty::branchA, "女神")};
        QVERIFY(desk.screen.show());
        std::vector<Bytes> uids;
        for (const auto& item : items)
            uids.push_back(desk.place(item));
        const Bytes cardUid = desk.placeCard(card); // read last: still taken before the pile
        QVERIFY(desk.read());
        QVERIFY(desk.screen.view().controller().reader().has_value());
        QCOMPARE(desk.screen.view().controller().reader()->reader.card, card);
        QCOMPARE(desk.screen.count("SELECT count(*) FROM loans WHERE reader = ? AND returned_at IS NULL", card),
                 std::int64_t(3));
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(desk.afi(uids[i]), afiNotSecured);
        QCOMPARE(desk.afi(cardUid), afiSecured); // the card's tag is not written
        QVERIFY(desk.pad->tag(cardUid)->eas);
        QCOMPARE(desk.padLines().size(), 3); // the card is not an item
        QVERIFY(!desk.padLines().join('\n').contains(QString::fromStdString(card)));

        // Still lying there: the reader is not loaded again (that would say so on the message line).
        QSignalSpy loaded(&desk.screen.view().controller(), &CirculationController::readerChanged);
        QVERIFY(desk.read());
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(desk.screen.find<QTableWidget>("pileTable")->rowCount(), 3);
    }

    void aCardAloneLoadsItsReader()
    {
        PadDesk desk;
        const auto card = desk.screen.county().addReader(DeskCounty::branchA, "韩梅");
        QVERIFY(desk.screen.show());
        QCOMPARE(desk.screen.find<QLabel>("readerName")->text(), QStringLiteral("No reader"));
        desk.placeCard(card);
        QVERIFY(desk.read());
        QCOMPARE(desk.screen.find<QLabel>("readerName")->text(), QStringLiteral("韩梅"));
        QVERIFY2(desk.message().contains(QStringLiteral("韩梅")), qPrintable(desk.message()));
        QVERIFY(desk.padLines().isEmpty());
    }

    void anUnknownCardIsRefusedAsWhenScanned()
    {
        PadDesk desk;
        auto& county = desk.screen.county();
        const auto loaded = county.addReader(DeskCounty::branchA, "沈涛");
        const auto item = county.addItem(DeskCounty::branchA, "围城");
        QVERIFY(desk.screen.show());
        auto& circulation = desk.screen.view().controller();
        circulation.scan(QString::fromStdString(loaded));
        const std::string unknown = "532622001999998"; // of branch A's card range, never issued
        QSignalSpy refused(&circulation, &CirculationController::refused);
        circulation.scan(QString::fromStdString(unknown));
        QCOMPARE(refused.size(), 1);
        const QString scannedRefusal = desk.message();
        QVERIFY(!scannedRefusal.isEmpty());
        circulation.endReader();
        circulation.scan(QString::fromStdString(loaded));

        const Bytes cardUid = desk.placeCard(unknown);
        const Bytes uid = desk.place(item);
        QVERIFY(desk.read());
        QCOMPARE(refused.size(), 2);
        QCOMPARE(desk.message(), scannedRefusal);
        QCOMPARE(circulation.reader()->reader.card, loaded); // still the reader scanned before
        QCOMPARE(desk.screen.count("SELECT count(*) FROM loans WHERE item = ?", item), std::int64_t(0));
        QCOMPARE(desk.afi(uid), afiSecured);
        QCOMPARE(desk.afi(cardUid), afiSecured);
        QCOMPARE(desk.padLines().size(), 1);
        QVERIFY2(desk.padLines().front().contains("reader card on the pad was refused"),
                 qPrintable(desk.padLines().front()));

        // Lying there, it is refused once, as one scan; the book waits for the card to go.
        QVERIFY(desk.read());
        QCOMPARE(refused.size(), 2);
        QCOMPARE(desk.screen.count("SELECT count(*) FROM loans WHERE item = ?", item), std::int64_t(0));
    }

    void aTagWithoutLibraryDataIsShown()
    {
        PadDesk desk;
        desk.pad->place(SimulatedTag::blank(simulatedUid(77)));
        QVERIFY(desk.read());
        QCOMPARE(desk.padLines().size(), 1);
        QVERIFY2(desk.padLines().front().contains(QString::fromStdString(uidText(simulatedUid(77)))),
                 qPrintable(desk.padLines().front()));
        QVERIFY(desk.padLines().front().contains("no library data"));
    }

    // The demo's window (ils-desk --simulate-devices): ticking a row puts its tag on the pad.
    void theDemoWindowPutsTagsOnThePad()
    {
        DeskScreen screen;
        auto& county = screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "郑华");
        const auto set = county.addItem(DeskCounty::branchA, "少儿英语（附光盘）");
        county.addItem(DeskCounty::branchA, "繁星·春水");
        auto pad = std::make_shared<SimulatedRfidPad>();
        RfidSimulatorWindow window(pad, screen.store(), DeskCounty::branchA);
        auto* list = window.findChild<QListWidget*>();
        QCOMPARE(list->count(), 4); // the set's two parts, the other book, a blank tag
        screen.view().attachRfidPad(pad, 0);
        screen.view().controller().scan(QString::fromStdString(card));
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(pad->uids().size(), std::size_t(1));
        list->item(1)->setCheckState(Qt::Checked);
        auto& rfid = *screen.view().rfidPad();
        rfid.readNow();
        QVERIFY(QTest::qWaitFor([&] { return !rfid.busy(); }, 10000));
        QCOMPARE(screen.count(openLoansOfItem, set), std::int64_t(1));
        list->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(pad->uids().size(), std::size_t(1));
    }

    // A scanner driver's thread (here the simulated scanner's stand-in for HID POS) hands over
    // whole scans; they lend as a keyboard-wedge scan does.
    void aScanFromAScannerDriverLends()
    {
        DeskScreen screen;
        auto& county = screen.county();
        const auto card = county.addReader(DeskCounty::branchA, "冯亮");
        const auto item = county.addItem(DeskCounty::branchA, "子夜");
        QVERIFY(screen.show());
        SimulatedScanner scanner;
        scanner.setReceiver(screen.view().scanReceiver());
        std::thread driver([&] {
            scanner.scan(card);
            scanner.scan(item);
        });
        driver.join();
        QTRY_COMPARE(screen.count(openLoansOfItem, item), std::int64_t(1));
        QCOMPARE(screen.find<QLabel>("lastScan")->text(), QString::fromStdString(item));
    }

    void anUnpluggedPadIsReported()
    {
        PadDesk desk;
        auto* status = desk.screen.find<QLabel>("rfidPadStatus");
        QVERIFY(desk.read());
        QVERIFY(desk.controller().connected());
        QVERIFY(!status->text().contains("not connected"));
        desk.pad->setConnected(false);
        QVERIFY(desk.read());
        QVERIFY(!desk.controller().connected());
        QVERIFY(status->text().contains("not connected"));
        QVERIFY(desk.attention().contains("does not answer"));
        QVERIFY(desk.message().contains("does not answer"));

        // Plugged in again: read as before.
        const auto item = desk.screen.county().addItem(DeskCounty::branchA, "雷雨");
        desk.pad->setConnected(true);
        const Bytes uid = desk.place(item);
        QVERIFY(desk.read());
        QVERIFY(desk.controller().connected());
        QVERIFY(!status->text().contains("not connected"));
        QCOMPARE(desk.afi(uid), afiSecured);
    }
};

QTEST_MAIN(TestDeskRfid)
#include "tst_desk_rfid.moc"
