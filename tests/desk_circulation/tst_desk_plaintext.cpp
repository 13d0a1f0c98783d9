// Replicated text is shown as it is: a reader named "<font size=7>已结清</font>" (typed at any
// branch PC of the county) shows with its angle brackets, not as a huge "已结清" at every desk;
// the same for a block reason, a title and their tool tips.
#include "DeskScreen.h"

#include "CirculationController.h"

#include "Circulation.h"
#include "Database.h"
#include "LocalStore.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

class TestDeskPlainText : public QObject
{
    Q_OBJECT

private slots:
    void replicatedTextIsNeverHtml()
    {
        DeskScreen screen;
        DeskCounty& county = screen.county();
        const QString name = QStringLiteral("<font size=7>已结清</font>");
        const QString reason = QStringLiteral("<b>已核实</b>，可以借书");
        const QString title = QStringLiteral("<i>边城</i>");
        const auto reader = county.addReader(DeskCounty::branchA, name.toStdString());
        const auto book = county.addItem(DeskCounty::branchA, title.toStdString());
        QVERIFY(screen.store().circulation().checkout(reader, book, DeskCounty::branchA).ok());
        ils::Query(screen.store().db(), "UPDATE readers SET status = 'blocked', block_reason = ? WHERE card = ?")
            .bind(1, reason.toStdString())
            .bind(2, reader)
            .run();
        QVERIFY(screen.show());
        screen.view().controller().scan(QString::fromStdString(reader));

        auto* shown = screen.find<QLabel>("readerName");
        QTRY_COMPARE(shown->text(), name);
        QCOMPARE(shown->textFormat(), Qt::PlainText);
        auto* blocks = screen.find<QLabel>("readerBlocks");
        QTRY_VERIFY2(blocks->text().contains(reason), qPrintable(blocks->text()));
        QCOMPARE(blocks->textFormat(), Qt::PlainText);
        QCOMPARE(screen.find<QLabel>("readerFacts")->textFormat(), Qt::PlainText);

        // The loan's title: the cell is plain by nature; its tool tip would be read as HTML.
        auto* loans = screen.find<QTableWidget>("loansTable");
        QTRY_COMPARE(loans->rowCount(), 1);
        QCOMPARE(loans->item(0, 1)->text(), title);
        const QString tip = loans->item(0, 1)->toolTip();
        QVERIFY2(!tip.contains(QStringLiteral("<i>")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("&lt;i&gt;边城&lt;/i&gt;")), qPrintable(tip));
    }
};

QTEST_MAIN(TestDeskPlainText)
#include "tst_desk_plaintext.moc"
