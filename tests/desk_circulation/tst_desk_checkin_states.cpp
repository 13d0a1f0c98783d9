// Items out of circulation at the desk, in Chinese: a copy in processing scanned with no reader
// goes to the cataloguers on the routing banner and stays in processing; lending it says to give
// it to the cataloguers, not to press F12; a lost copy comes back found, the librarian decides
// about its charge.
#include "DeskScreen.h"

#include "CatalogueStore.h"
#include "CirculationController.h"
#include "Database.h"
#include "LocalStore.h"
#include "Settings.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>

class TestDeskCheckinStates : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;

    static QString textOf(DeskScreen& screen, const char* name) { return screen.find<QLabel>(name)->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_translator.load(QStringLiteral(ILS_DESK_ZH_CN_QM)), ILS_DESK_ZH_CN_QM);
        QCoreApplication::installTranslator(&m_translator);
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void aCopyInProcessingGoesToTheCataloguers()
    {
        DeskScreen screen;
        const auto item = screen.county().addItem(DeskCounty::branchA, "家");
        screen.store().catalogue().updateItemState(
            item, ils::ItemStatus::Processing, DeskCounty::branchA, std::nullopt);
        QVERIFY(screen.show());
        auto* field = screen.find<QLineEdit>("scanField");
        field->setFocus();
        scanLikeAScanner(field, QString::fromStdString(item));
        auto* banner = screen.find<QWidget>("routingBanner");
        QTRY_COMPARE(banner->property("action").toString(), QStringLiteral("to_cataloguing"));
        QCOMPARE(textOf(screen, "routingHeadline"), QStringLiteral("交编目"));
        QVERIFY2(textOf(screen, "routingDetail").contains(QStringLiteral("此书尚未编目，请交编目人员")),
                 qPrintable(textOf(screen, "routingDetail")));
        QCOMPARE(int(screen.store().catalogue().findItem(item)->status), int(ils::ItemStatus::Processing));
    }

    void lendingACopyInProcessingDoesNotSendToF12()
    {
        DeskScreen screen;
        const auto reader = screen.county().addReader(DeskCounty::branchA, "李明");
        const auto item = screen.county().addItem(DeskCounty::branchA, "家");
        screen.store().catalogue().updateItemState(
            item, ils::ItemStatus::Processing, DeskCounty::branchA, std::nullopt);
        QVERIFY(screen.show());
        auto* field = screen.find<QLineEdit>("scanField");
        field->setFocus();
        scanLikeAScanner(field, QString::fromStdString(reader));
        QTRY_VERIFY(screen.view().controller().reader().has_value());
        scanLikeAScanner(field, QString::fromStdString(item));
        QTRY_VERIFY(!textOf(screen, "messageTodo").isEmpty());
        const QString todo = textOf(screen, "messageTodo");
        QVERIFY2(!todo.contains(QStringLiteral("F12")), qPrintable(todo));
        QVERIFY2(todo.contains(QStringLiteral("编目")), qPrintable(todo));
    }

    void aLostCopyComesBackFoundAndTheLibrarianDecides()
    {
        DeskScreen screen;
        const auto reader = screen.county().addReader(DeskCounty::branchA, "李明");
        const auto item = screen.county().addItem(DeskCounty::branchA, "家");
        screen.store().catalogue().updateItemState(item, ils::ItemStatus::Lost, DeskCounty::branchA, std::nullopt);
        ils::Query fee(screen.store().db(),
                       "INSERT INTO fees(id, reader, item, kind, amount_fen, paid_fen, created_at) "
                       "VALUES(77, ?, ?, 'lost', 2500, 2500, 0)");
        fee.bind(1, reader).bind(2, item).run();
        int asked = 0;
        screen.view().controller().setLostChargeAsker([&](const CirculationController::LostChargeQuestion& question) {
            ++asked;
            return question.paidFen == 2500 ? std::optional(ils::LostChargeDecision::Refund) : std::nullopt;
        });
        QVERIFY(screen.show());
        auto* field = screen.find<QLineEdit>("scanField");
        field->setFocus();
        scanLikeAScanner(field, QString::fromStdString(item));
        auto* banner = screen.find<QWidget>("routingBanner");
        QTRY_COMPARE(banner->property("action").toString(), QStringLiteral("reshelve"));
        QCOMPARE(asked, 1);
        const QString detail = textOf(screen, "routingDetail");
        QVERIFY2(detail.contains(QStringLiteral("此书曾登记为丢失，现已找回")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("25.00")), qPrintable(detail));
        QCOMPARE(int(screen.store().catalogue().findItem(item)->status), int(ils::ItemStatus::Available));
        QCOMPARE(screen.count("SELECT count(*) FROM item_events WHERE item = ? AND kind = 'found'", item),
                 std::int64_t(1));
    }
};

QTEST_MAIN(TestDeskCheckinStates)
#include "tst_desk_checkin_states.moc"
