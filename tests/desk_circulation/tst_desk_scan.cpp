// Scans typed as a keyboard-wedge scanner types them reach the circulation screen from whatever
// widget has the focus; a person typing the same digits is typing.
#include "DeskScreen.h"

#include "CirculationController.h"
#include "Database.h"
#include "LocalStore.h"
#include "MessageBar.h"

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QThread>

namespace {

const std::string openLoansOfItem = "SELECT count(*) FROM loans WHERE item = ? AND returned_at IS NULL";

// A key as the window system delivers it, stamped with the time it was typed (ms); `post` queues
// it behind whatever the event loop has to do first, as keys typed during a stall wait.
void stampedKey(QWidget* widget, QChar c, quint64 stamp, bool post)
{
    const int key = c == u'\r' ? int(Qt::Key_Return) : int(c.unicode());
    for (const QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
        auto* event = new QKeyEvent(type, key, Qt::NoModifier, QString(c));
        event->setTimestamp(stamp);
        if (post) {
            QCoreApplication::postEvent(widget, event);
        } else {
            QApplication::sendEvent(widget, event);
            delete event;
        }
    }
}

} // namespace

class TestDeskScan : public QObject
{
    Q_OBJECT

private slots:
    void scanIntoThePileTableLends()
    {
        DeskScreen screen;
        const auto card = screen.county().addReader(DeskCounty::branchA, "李明");
        const auto item = screen.county().addItem(DeskCounty::branchA, "平凡的世界");
        QVERIFY(screen.show());
        auto* pile = screen.find<QTableWidget>("pileTable");
        pile->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), pile);
        scanLikeAScanner(pile, QString::fromStdString(card));
        QTRY_VERIFY(screen.view().controller().reader().has_value());
        scanLikeAScanner(pile, QString::fromStdString(item));
        QTRY_COMPARE(screen.count(openLoansOfItem, item), std::int64_t(1));
        QCOMPARE(pile->rowCount(), 1);
        QCOMPARE(pile->item(0, 0)->text(), QString::fromStdString(item));
    }

    void scanIntoThePaymentFieldLendsAndLeavesTheFieldAlone()
    {
        DeskScreen screen;
        const auto card = screen.county().addReader(DeskCounty::branchA, "李明");
        const auto item = screen.county().addItem(DeskCounty::branchA, "围城");
        QVERIFY(screen.show());
        screen.view().controller().scan(QString::fromStdString(card));
        // F6 from the scan field opens the payment dialog; its amount field has the focus.
        screen.view().focusScanField();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        auto* amount = screen.find<QLineEdit>("paymentAmount");
        QVERIFY(amount);
        QTRY_COMPARE(QApplication::focusWidget(), amount);
        const QString before = amount->text();

        scanLikeAScanner(amount, QString::fromStdString(item));
        QTRY_COMPARE(screen.count(openLoansOfItem, item), std::int64_t(1));
        QCOMPARE(amount->text(), before); // not one digit of the barcode landed in the field
        auto* dialog = screen.find<QDialog>("paymentDialog");
        QVERIFY(dialog && dialog->isVisible()); // and the scan's Enter did not accept the dialog
        QTest::keyClick(amount, Qt::Key_Escape);
        QTRY_VERIFY(!screen.find<QDialog>("paymentDialog"));
    }

    void personTypingIntoAFieldIsTyping()
    {
        DeskScreen screen;
        const auto card = screen.county().addReader(DeskCounty::branchA, "李明");
        const auto item = screen.county().addItem(DeskCounty::branchA, "边城");
        QVERIFY(screen.show());
        screen.view().controller().scan(QString::fromStdString(card));
        screen.view().openPaymentDialog();
        auto* amount = screen.find<QLineEdit>("paymentAmount");
        QVERIFY(amount);
        amount->clear();
        typeLikeAPerson(amount, QString::fromStdString(item));
        QTRY_COMPARE(amount->text(), QString::fromStdString(item));
        QCOMPARE(screen.count(openLoansOfItem, item), std::int64_t(0));
        QVERIFY(screen.view().controller().pile().empty());
    }

    void personTypingIntoTheScanFieldIsManualEntry()
    {
        DeskScreen screen;
        const auto card = screen.county().addReader(DeskCounty::branchA, "李明");
        QVERIFY(screen.show());
        auto* field = screen.find<QLineEdit>("scanField");
        field->setFocus();
        typeLikeAPerson(field, QString::fromStdString(card));
        QTRY_COMPARE(field->text(), QString::fromStdString(card)); // shown as typed
        QVERIFY(!screen.view().controller().reader());
        QTest::keyClick(field, Qt::Key_Return, Qt::NoModifier, 120);
        QTRY_VERIFY(screen.view().controller().reader().has_value());
        QCOMPARE(screen.view().controller().reader()->reader.card, card);
        QVERIFY(field->text().isEmpty());
    }

    void aScanIntoTheHoldDialogFillsItsField()
    {
        DeskScreen screen;
        const auto card = screen.county().addReader(DeskCounty::branchA, "李明");
        const auto other = screen.county().addReader(DeskCounty::branchA, "王芳");
        const auto item = screen.county().addItem(DeskCounty::branchA, "活着");
        QVERIFY(screen.store().circulation().checkout(other, item, DeskCounty::branchA).ok());
        QVERIFY(screen.show());
        screen.view().controller().scan(QString::fromStdString(card));
        screen.view().openHoldDialog();
        auto* barcode = screen.find<QLineEdit>("holdBarcode");
        QVERIFY(barcode);
        QTRY_COMPARE(QApplication::focusWidget(), barcode);
        scanLikeAScanner(barcode, QString::fromStdString(item));
        QTRY_COMPARE(barcode->text(), QString::fromStdString(item));
        QVERIFY(screen.view().controller().pile().empty()); // not lent
        // A person presses Enter: OK. (No delay: the dialog closes, and deletes its field, on the press.)
        QTest::keyClick(barcode, Qt::Key_Return);
        QTRY_COMPARE(screen.count("SELECT count(*) FROM holds WHERE reader = ? AND status = 'pending'", card),
                     std::int64_t(1));
    }

    void aScanWithNothingLoadedReturnsTheItem()
    {
        DeskScreen screen;
        const auto reader = screen.county().addReader(DeskCounty::branchA, "李明");
        const auto item = screen.county().addItem(DeskCounty::branchA, "家");
        QVERIFY(screen.store().circulation().checkout(reader, item, DeskCounty::branchA).ok());
        QVERIFY(screen.show());
        auto* field = screen.find<QLineEdit>("scanField");
        field->setFocus();
        scanLikeAScanner(field, QString::fromStdString(item));
        QTRY_COMPARE(screen.count(openLoansOfItem, item), std::int64_t(0));
        QVERIFY(field->text().isEmpty());
    }

    // The desk stalls for 200 ms after the eighth key of a card (a slow disk, a big repaint); the
    // scanner goes on typing, 5 ms a key, and those keys wait in the queue. Their timestamps, not
    // their late arrival, decide: one scan, the reader loaded, nothing typed into the field.
    void aStallInTheMiddleOfAScanDoesNotSplitIt()
    {
        DeskScreen screen;
        const auto card = QString::fromStdString(screen.county().addReader(DeskCounty::branchA, "李明"));
        QVERIFY(screen.show());
        auto* field = screen.find<QLineEdit>("scanField");
        field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), field);
        quint64 stamp = 86'400'000;
        const QString keys = card + u'\r';
        for (int i = 0; i < keys.size(); ++i) {
            if (i == 8)
                QThread::msleep(200); // the stall: no event is handled meanwhile
            stampedKey(field, keys.at(i), stamp += 5, i >= 8);
        }
        QTRY_VERIFY(screen.view().controller().reader().has_value());
        QCOMPARE(screen.view().controller().reader()->reader.card, card.toStdString());
        QVERIFY(field->text().isEmpty());
    }

    // 200 characters at scanner speed with Enter: one refusal, "too long", not digits typed into
    // the field followed by a scan of the rest.
    void aScanLongerThanTheLimitIsOneBadScan()
    {
        DeskScreen screen;
        QVERIFY(screen.show());
        auto* field = screen.find<QLineEdit>("scanField");
        field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), field);
        const QString code = QString(200, u'7');
        quint64 stamp = 86'400'000;
        for (QChar c : code + u'\r')
            stampedKey(field, c, stamp += 3, false);
        auto* bar = screen.find<MessageBar>("messageBar");
        QTRY_VERIFY(bar->headline().contains(QStringLiteral("200")));
        QVERIFY2(bar->headline().contains(QStringLiteral("7777777777777777…")), qPrintable(bar->headline()));
        QVERIFY(field->text().isEmpty());
    }

    void aHiddenScreenLeavesKeysAlone()
    {
        DeskScreen screen;
        const auto item = screen.county().addItem(DeskCounty::branchA, "茶馆");
        QLineEdit elsewhere; // another window of the application
        elsewhere.show();
        QVERIFY(QTest::qWaitForWindowExposed(&elsewhere));
        scanLikeAScanner(&elsewhere, QString::fromStdString(item));
        QCOMPARE(elsewhere.text(), QString::fromStdString(item));
    }
};

QTEST_MAIN(TestDeskScan)
#include "tst_desk_scan.moc"
