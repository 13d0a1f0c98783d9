// A whole desk session, from the keyboard and a scanner only, checked against the database:
// a reader, three checkouts, one refusal in Chinese, a return that fills another reader's hold,
// a renewal and a payment.
#include "DeskScreen.h"

#include "CirculationController.h"
#include "Feedback.h"
#include "RefusalText.h"

#include "Circulation.h"
#include "Database.h"
#include "LocalStore.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

namespace {

bool hasCjk(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

void press(Qt::Key key)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, key);
}

void scan(const std::string& code)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    scanLikeAScanner(focus, QString::fromStdString(code));
}

} // namespace

class TestDeskSession : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        // The desk's Chinese, compiled from translations/desk_zh_CN.ts for this test.
        QVERIFY2(m_translator.load(QStringLiteral(ILS_DESK_ZH_CN_QM)), ILS_DESK_ZH_CN_QM);
        QCoreApplication::installTranslator(&m_translator);
    }

    void wholeSession()
    {
        DeskScreen screen;
        DeskCounty& county = screen.county();
        ils::Circulation& engine = screen.store().circulation();
        const auto reader = county.addReader(DeskCounty::branchA, "李明");
        const auto holder = county.addReader(DeskCounty::branchA, "王芳");
        const auto other = county.addReader(DeskCounty::branchA, "赵雷");
        const std::string books[] = {county.addItem(DeskCounty::branchA, "平凡的世界"),
                                     county.addItem(DeskCounty::branchA, "围城"),
                                     county.addItem(DeskCounty::branchA, "边城")};
        const auto reference = county.addItem(DeskCounty::branchA, "新华字典", "reference");
        const auto held = county.addItem(DeskCounty::branchA, "活着");
        const auto late = county.addItem(DeskCounty::branchA, "茶馆");
        // History: the reader returned a book 15 days late (a fine of 1.50 yuan), another reader
        // has "活着" and 王芳 waits for it at this branch.
        county.clock().advanceDays(-45);
        QVERIFY(engine.checkout(reader, late, DeskCounty::branchA).ok());
        county.clock().advanceDays(45);
        QCOMPARE(engine.checkin(late, DeskCounty::branchA)->fineFen, std::int64_t(150));
        QVERIFY(engine.checkout(other, held, DeskCounty::branchA).ok());
        QVERIFY(engine.placeHold(holder, held, DeskCounty::branchA).ok());

        screen.store().setOperator("zhang"); // the desk's transactions, told apart from the history
        int syncRequests = 0;
        county.session().requestSync = [&syncRequests] { ++syncRequests; };
        QSignalSpy cues(&screen.view().feedback(), &Feedback::played);
        QVERIFY(screen.show());
        screen.view().focusScanField();
        QTRY_COMPARE(QApplication::focusWidget(), screen.find("scanField"));

        // The reader's card, then three books.
        scan(reader);
        QTRY_COMPARE(screen.find<QLabel>("readerName")->text(), QStringLiteral("李明"));
        for (const auto& book : books)
            scan(book);
        auto* pile = screen.find<QTableWidget>("pileTable");
        QTRY_COMPARE(pile->rowCount(), 3);
        QCOMPARE(screen.count("SELECT count(*) FROM loans WHERE reader = ? AND returned_at IS NULL", reader),
                 std::int64_t(3));
        QVERIFY(pile->item(2, 3)->text().contains(QStringLiteral("2026-04-01"))); // due in 30 days

        // A reference book: refused, in Chinese, with what to do.
        scan(reference);
        auto* sentence = screen.find<QLabel>("messageText");
        QTRY_COMPARE(sentence->text(), RefusalText::forReason(ils::Reason::ItemNotLoanable).what);
        QVERIFY2(hasCjk(sentence->text()), qPrintable(sentence->text()));
        QVERIFY(hasCjk(screen.find<QLabel>("messageTodo")->text()));
        QVERIFY(!screen.find<QLabel>("messageDetail")->text().isEmpty()); // the engine's detail
        QCOMPARE(screen.count("SELECT count(*) FROM loans WHERE item = ?", reference), std::int64_t(0));
        QCOMPARE(cues.last().at(0).value<Feedback::Cue>(), Feedback::Cue::Refusal);

        // The reader leaves (F12). "活着" comes back: it goes to the hold shelf for 王芳.
        press(Qt::Key_F12);
        QTRY_VERIFY(!screen.view().controller().reader());
        scan(held);
        auto* banner = screen.find<QLabel>("routingHeadline");
        QTRY_VERIFY2(banner->text().contains(QStringLiteral("王芳")), qPrintable(banner->text()));
        QCOMPARE(screen.find("routingBanner")->property("action").toString(), QStringLiteral("hold_shelf"));
        QCOMPARE(screen.count("SELECT count(*) FROM holds WHERE reader = ? AND status = 'ready'", holder),
                 std::int64_t(1));
        QCOMPARE(screen.count("SELECT count(*) FROM items WHERE barcode = ? AND status = 'on_hold_shelf'", held),
                 std::int64_t(1));
        QCOMPARE(cues.last().at(0).value<Feedback::Cue>(), Feedback::Cue::Action);

        // The reader is back to renew: card, F3 to choose the loan, F3 to renew it.
        scan(reader);
        QTRY_VERIFY(screen.view().controller().reader().has_value());
        press(Qt::Key_F3);
        QTRY_COMPARE(QApplication::focusWidget(), screen.find("loansTable"));
        press(Qt::Key_F3);
        QTRY_COMPARE(screen.count("SELECT count(*) FROM loans WHERE reader = ? AND renewals = 1", reader),
                     std::int64_t(1));

        // F6, Enter: pays what is owed.
        press(Qt::Key_F6);
        auto* amount = screen.find<QLineEdit>("paymentAmount");
        QVERIFY(amount);
        QTRY_COMPARE(QApplication::focusWidget(), amount);
        QCOMPARE(amount->text(), QStringLiteral("1.50"));
        press(Qt::Key_Return);
        QTRY_COMPARE(screen.count("SELECT sum(paid_fen) FROM fees WHERE reader = ?", reader), std::int64_t(150));
        QCOMPARE(screen.count("SELECT count(*) FROM fee_events WHERE kind = 'pay' AND operator = ?", "zhang"),
                 std::int64_t(1));

        // What the desk did, as the outbox will carry it to the central.
        const auto outbox = [&](const std::string& type) {
            return screen.count("SELECT count(*) FROM outbox WHERE operator = 'zhang' AND type = ?", type);
        };
        QCOMPARE(outbox("checkout"), std::int64_t(3));
        QCOMPARE(outbox("checkin"), std::int64_t(1));
        QCOMPARE(outbox("renew"), std::int64_t(1));
        QCOMPARE(outbox("fee.pay"), std::int64_t(1));
        QCOMPARE(screen.count("SELECT count(*) FROM outbox WHERE operator = ?", "zhang"), std::int64_t(6));
        QCOMPARE(syncRequests, 6); // one after every transaction, none after the refusal
        QTRY_COMPARE(QApplication::focusWidget(), screen.find("scanField")); // back for the next scan
    }

    // The shell switches between Chinese and English at run time: the screen follows.
    void followsTheLanguage()
    {
        DeskScreen screen;
        const auto reader = screen.county().addReader(DeskCounty::branchA, "李明");
        QVERIFY(screen.show());
        screen.view().controller().scan(QString::fromStdString(reader));
        auto* keys = screen.find<QLabel>("keyHints");
        auto* loans = screen.find<QTableWidget>("loansTable");
        QVERIFY(hasCjk(keys->text()));
        QCoreApplication::removeTranslator(&m_translator);
        QTRY_VERIFY(keys->text().startsWith(QStringLiteral("F2 Scan")));
        QCOMPARE(loans->horizontalHeaderItem(2)->text(), QStringLiteral("Due"));
        QVERIFY(screen.find<QLabel>("readerFacts")->text().contains(QStringLiteral("Adult")));
        QCoreApplication::installTranslator(&m_translator);
        QTRY_VERIFY(hasCjk(keys->text()));
        QVERIFY(hasCjk(loans->horizontalHeaderItem(2)->text()));
    }

    // F5 places a hold from the keyboard; the copy comes back (to the hold shelf, for her) and
    // her next scan of it lends it and fills the hold.
    void placeAndFillAHoldFromTheKeyboard()
    {
        DeskScreen screen;
        DeskCounty& county = screen.county();
        const auto reader = county.addReader(DeskCounty::branchA, "王芳");
        const auto other = county.addReader(DeskCounty::branchA, "赵雷");
        const auto book = county.addItem(DeskCounty::branchA, "活着");
        QVERIFY(screen.store().circulation().checkout(other, book, DeskCounty::branchA).ok());
        QVERIFY(screen.show());
        screen.view().focusScanField();
        QTRY_COMPARE(QApplication::focusWidget(), screen.find("scanField"));
        scan(reader);
        QTRY_VERIFY(screen.view().controller().reader().has_value());
        auto* holds = screen.find<QTableWidget>("holdsTable");
        QCOMPARE(holds->rowCount(), 0);

        // F5, the barcode typed by hand (Tab to the pickup library: here by default), Enter.
        press(Qt::Key_F5);
        auto* barcode = screen.find<QLineEdit>("holdBarcode");
        QVERIFY(barcode);
        QTRY_COMPARE(QApplication::focusWidget(), barcode);
        typeLikeAPerson(barcode, QString::fromStdString(book));
        press(Qt::Key_Return);
        QTRY_COMPARE(screen.count("SELECT count(*) FROM holds WHERE reader = ? AND status = 'pending'", reader),
                     std::int64_t(1));
        QTRY_COMPARE(holds->rowCount(), 1);
        QTRY_COMPARE(QApplication::focusWidget(), screen.find("scanField"));

        // F12; the copy is returned: the routing says hold shelf, for her.
        press(Qt::Key_F12);
        QTRY_VERIFY(!screen.view().controller().reader());
        scan(book);
        QTRY_COMPARE(screen.find("routingBanner")->property("action").toString(), QStringLiteral("hold_shelf"));
        QVERIFY(screen.find<QLabel>("routingHeadline")->text().contains(QStringLiteral("王芳")));

        // She comes for it: her card, the copy from the shelf. Lent, and the hold is filled.
        scan(reader);
        QTRY_VERIFY(screen.view().controller().reader().has_value());
        scan(book);
        QTRY_COMPARE(screen.count("SELECT count(*) FROM loans WHERE item = ? AND returned_at IS NULL AND reader = '"
                                      + reader + "'",
                                  book),
                     std::int64_t(1));
        QCOMPARE(screen.count("SELECT count(*) FROM holds WHERE reader = ? AND status = 'fulfilled'", reader),
                 std::int64_t(1));
        QVERIFY(screen.view().controller().pile().back().filledHold);
        QTRY_COMPARE(holds->rowCount(), 0);
        QCOMPARE(screen.find<QLabel>("messageHeadline")->text(),
                 CirculationController::tr("Lent (the reader's hold): %1, due %2")
                     .arg(QStringLiteral("活着"),
                          QString::fromStdString(screen.view().controller().pile().back().due->toIso())));
    }

    // A cataloguer (ils::deskAllows) looks a reader up, but every transaction is refused in
    // words, with its sound, and nothing reaches the database; no dialog even opens.
    void aCataloguerLooksUpButDoesNotLend()
    {
        DeskScreen screen;
        DeskCounty& county = screen.county();
        county.session().role = ils::StaffRole::Cataloguer;
        const auto reader = county.addReader(DeskCounty::branchA, "李明");
        const auto book = county.addItem(DeskCounty::branchA, "围城");
        const auto lent = county.addItem(DeskCounty::branchA, "边城");
        QVERIFY(screen.store().circulation().checkout(reader, lent, DeskCounty::branchA).ok());
        const auto outboxBefore = screen.count("SELECT count(*) FROM outbox WHERE ? <> ''", "all");
        QSignalSpy cues(&screen.view().feedback(), &Feedback::played);
        QVERIFY(screen.show());
        screen.view().focusScanField();
        QTRY_COMPARE(QApplication::focusWidget(), screen.find("scanField"));

        scan(reader);
        QTRY_COMPARE(screen.find<QLabel>("readerName")->text(), QStringLiteral("李明"));
        QCOMPARE(screen.find<QTableWidget>("loansTable")->rowCount(), 1);

        Problem notPermitted;
        notPermitted.source = Problem::Source::NotPermitted;
        const QString refused = RefusalText::forProblem(notPermitted).what;
        QVERIFY(hasCjk(refused));
        auto* sentence = screen.find<QLabel>("messageText");
        scan(book);
        QTRY_COMPARE(sentence->text(), refused);
        QCOMPARE(cues.last().at(0).value<Feedback::Cue>(), Feedback::Cue::Refusal);
        for (Qt::Key key : {Qt::Key_F4, Qt::Key_F5, Qt::Key_F6, Qt::Key_F7, Qt::Key_F8}) {
            sentence->clear();
            press(key);
            QTRY_COMPARE(sentence->text(), refused);
            for (const char* dialog : {"holdDialog", "paymentDialog", "waiverDialog", "newReaderDialog"})
                QVERIFY2(!screen.find(dialog), dialog);
            QCOMPARE(QApplication::focusWidget(), screen.find("scanField"));
        }
        press(Qt::Key_F12);
        sentence->clear();
        scan(lent); // no reader: a return, refused too
        QTRY_COMPARE(sentence->text(), refused);
        QCOMPARE(screen.count("SELECT count(*) FROM loans WHERE item = ? AND returned_at IS NULL", lent),
                 std::int64_t(1));
        QCOMPARE(screen.count("SELECT count(*) FROM loans WHERE item = ?", book), std::int64_t(0));
        QCOMPARE(screen.count("SELECT count(*) FROM outbox WHERE ? <> ''", "all"), outboxBefore);
    }

    // Waiver, renew all, a mistyped amount, an ISBN scanned by mistake, a key with no reader.
    void accountsFromTheKeyboard()
    {
        DeskScreen screen;
        DeskCounty& county = screen.county();
        ils::Circulation& engine = screen.store().circulation();
        const auto reader = county.addReader(DeskCounty::branchA, "李明");
        const std::string late[] = {county.addItem(DeskCounty::branchA, "茶馆"),
                                    county.addItem(DeskCounty::branchA, "雷雨")};
        const std::string books[] = {county.addItem(DeskCounty::branchA, "围城"),
                                     county.addItem(DeskCounty::branchA, "边城")};
        county.clock().advanceDays(-40);
        for (const auto& item : late)
            QVERIFY(engine.checkout(reader, item, DeskCounty::branchA).ok());
        county.clock().advanceDays(40);
        for (const auto& item : late)
            QCOMPARE(engine.checkin(item, DeskCounty::branchA)->fineFen, std::int64_t(100));
        for (const auto& item : books)
            QVERIFY(engine.checkout(reader, item, DeskCounty::branchA).ok());
        QVERIFY(screen.show());
        screen.view().focusScanField();
        QTRY_COMPARE(QApplication::focusWidget(), screen.find("scanField"));
        auto* sentence = screen.find<QLabel>("messageText");

        press(Qt::Key_F6); // no reader yet
        Problem noReader;
        noReader.source = Problem::Source::NoReader;
        QTRY_COMPARE(sentence->text(), RefusalText::forProblem(noReader).what);
        scan("9787020024759"); // an ISBN
        Problem isbn;
        isbn.source = Problem::Source::Scan;
        isbn.scan = ScanKind::NotOfNetwork;
        QTRY_COMPARE(sentence->text(), RefusalText::forProblem(isbn).what);

        scan(reader);
        QTRY_VERIFY(screen.view().controller().reader().has_value());
        QCOMPARE(screen.find<QTableWidget>("feesTable")->rowCount(), 2);

        // F7: the first fee, all of it, with a reason typed through the input method.
        press(Qt::Key_F7);
        auto* reason = screen.find<QLineEdit>("waiverReason");
        QVERIFY(reason);
        auto* amount = screen.find<QLineEdit>("waiverAmount");
        QCOMPARE(amount->text(), QStringLiteral("1.00"));
        QTRY_COMPARE(QApplication::focusWidget(), screen.find("waiverFee"));
        press(Qt::Key_Tab); // fee → amount
        press(Qt::Key_Tab); // amount → reason
        QTRY_COMPARE(QApplication::focusWidget(), reason);
        press(Qt::Key_Return); // no reason: OK is disabled, nothing happens
        QVERIFY(screen.find("waiverDialog"));
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("还书箱故障，读者按时归还"));
        QCoreApplication::sendEvent(reason, &typed);
        press(Qt::Key_Return);
        QTRY_COMPARE(screen.count("SELECT count(*) FROM fee_events WHERE kind = 'waive' AND note = ?",
                                  "还书箱故障，读者按时归还"),
                     std::int64_t(1));
        QTRY_COMPARE(screen.find<QTableWidget>("feesTable")->rowCount(), 1);
        QTRY_COMPARE(QApplication::focusWidget(), screen.find("scanField")); // the dialog gave it back

        // F6 with an amount of three decimals: refused, nothing paid.
        press(Qt::Key_F6);
        auto* pay = screen.find<QLineEdit>("paymentAmount");
        QVERIFY(pay);
        QTRY_COMPARE(QApplication::focusWidget(), pay);
        pay->setText(QStringLiteral("1.005"));
        press(Qt::Key_Return);
        QTRY_COMPARE(sentence->text(), RefusalText::forReason(ils::Reason::AmountInvalid).what);
        // core's parser (core/Money.h) says what is wrong and where, beside the sentence, in Chinese
        const QString where =
            RefusalText::tr("“%1”: a third decimal at character %2; the smallest amount is 0.01 yuan.")
                .arg("1.005", "5");
        QVERIFY(where.contains(QStringLiteral("第三位小数")));
        QCOMPARE(screen.find<QLabel>("messageDetail")->text(), where);
        QCOMPARE(screen.count("SELECT sum(paid_fen) FROM fees WHERE reader = ?", reader), std::int64_t(0));
        QTRY_COMPARE(QApplication::focusWidget(), screen.find("scanField"));

        // F4: one loan renewed; the other is refused because someone waits for it, and says so.
        const auto waiting = county.addReader(DeskCounty::branchA, "王芳");
        QVERIFY(engine.placeHold(waiting, books[1], DeskCounty::branchA).ok());
        press(Qt::Key_F4);
        QTRY_COMPARE(screen.count("SELECT count(*) FROM loans WHERE reader = ? AND renewals = 1", reader),
                     std::int64_t(1));
        QTRY_COMPARE(sentence->text(), RefusalText::forReason(ils::Reason::HoldsWaiting).what);
        QVERIFY(screen.find<QLabel>("messageDetail")->text().contains(QStringLiteral("1")));
        QCOMPARE(screen.find<QTableWidget>("pileTable")->rowCount(), 1);
    }
};

QTEST_MAIN(TestDeskSession)
#include "tst_desk_session.moc"
