// A Chinese desk says everything in Chinese: the real screens, offscreen, in zh_CN, through every
// refusal the desk can meet, items in each state that cannot be lent, an expired and a blocked
// reader, and the exceptions report. Every text a person can see (labels, buttons, table cells,
// headers, tooltips) is searched for an English sentence: two Latin words in a row. Codes,
// barcodes, numbers, "ISBN", key names ("F12") and a single type code ("reference") may stay.
#include "DeskScreen.h"

#include "CirculationController.h"
#include "ExceptionsPage.h"
#include "Problem.h"
#include "RefusalText.h"

#include "Catalogue.h"
#include "CatalogueStore.h"
#include "Circulation.h"
#include "Database.h"
#include "LocalStore.h"
#include "Money.h"
#include "Result.h"
#include "Time.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

namespace {

// Two words of Latin letters in a row: a sentence nobody translated.
QStringList englishIn(const QString& text)
{
    static const QRegularExpression run(QStringLiteral("\\b[A-Za-z]{2,}(?:[ ,;:'’]+[A-Za-z]{2,})+\\b"));
    QStringList found;
    for (auto match = run.globalMatch(text); match.hasNext();)
        found << match.next().captured();
    return found;
}

// Every text a person can see in `root`, each with where it is ("messageDetail label").
QList<std::pair<QString, QString>> visibleTexts(QWidget* root)
{
    QList<std::pair<QString, QString>> out;
    const auto note = [&out](const QWidget* where, const QString& what, const QString& text) {
        if (!text.isEmpty())
            out.append({QStringLiteral("%1 %2").arg(where->objectName(), what), text});
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        note(widget, QStringLiteral("tooltip"), widget->toolTip());
        if (auto* label = qobject_cast<QLabel*>(widget))
            note(widget, QStringLiteral("label"), label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            note(widget, QStringLiteral("button"), button->text());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            note(widget, QStringLiteral("placeholder"), edit->placeholderText());
        auto* view = qobject_cast<QAbstractItemView*>(widget);
        if (!view || !view->model())
            continue;
        const QAbstractItemModel* model = view->model();
        for (int column = 0; column < model->columnCount(); ++column)
            note(widget, QStringLiteral("header"), model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                note(widget, QStringLiteral("cell"), index.data(Qt::DisplayRole).toString());
                note(widget, QStringLiteral("cell tooltip"), index.data(Qt::ToolTipRole).toString());
            }
    }
    return out;
}

// Fails the test, naming each English sentence and where it is shown.
void expectNoEnglish(QWidget* root, const QString& when)
{
    QStringList english;
    for (const auto& [where, text] : visibleTexts(root))
        if (!englishIn(text).isEmpty())
            english << QStringLiteral("%1: %2").arg(where, text);
    QVERIFY2(
        english.isEmpty(),
        qPrintable(when + QStringLiteral(": English on a zh_CN screen:\n  ") + english.join(QStringLiteral("\n  "))));
}

// Every specific a refusal can carry, so each Reason's detail has something to word.
ils::RefusalFacts everyFact()
{
    using namespace ils::fact;
    return {{status, "lost"},
            {date, "2021-12-05"},
            {count, "12"},
            {limit, "10"},
            {text, "证件待核实"},
            {card, "5326220100012"},
            {otherCard, "5326220100013"},
            {barcode, "5326220120001"},
            {itemType, "reference"},
            {readerType, "adult"},
            {library, "532622-02"},
            {at, "2026-03-02T08:15:00Z"},
            {otherAt, "2026-03-01T08:15:00Z"},
            {routing, "reshelve"},
            {otherRouting, "send_home"},
            {destination, "532622-01"},
            {otherDestination, "532622-02"},
            {fee, "7"},
            {record, "42"},
            {field, "title"},
            {value, "平凡的世界"},
            {otherValue, "平凡的世界（第二部）"}};
}

} // namespace

class TestDeskChinese : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_translator.load(QStringLiteral(ILS_DESK_ZH_CN_QM)), ILS_DESK_ZH_CN_QM);
        QCoreApplication::installTranslator(&m_translator);
    }

    // The detector itself: it finds a sentence and lets codes through.
    void detectorFindsEnglish()
    {
        QCOMPARE(englishIn(QStringLiteral("此书 item status is lost")).size(), 1);
        QVERIFY(englishIn(QStringLiteral("按 F12，扫描 5326220120001；ISBN 9787020000000；reference")).isEmpty());
    }

    // Items that cannot be lent, each named in its own words; the refusal's detail in Chinese.
    void itemStatesInChinese()
    {
        DeskScreen screen;
        DeskCounty& county = screen.county();
        const auto reader = county.addReader(DeskCounty::branchA, "李明");
        QVERIFY(screen.show());
        screen.view().controller().scan(QString::fromStdString(reader));
        QTRY_VERIFY(screen.view().controller().reader().has_value());
        const std::pair<ils::ItemStatus, QString> states[] = {
            {ils::ItemStatus::Lost, QStringLiteral("丢失")},
            {ils::ItemStatus::Withdrawn, QStringLiteral("剔除")},
            {ils::ItemStatus::Processing, QStringLiteral("编目")}, // not catalogued yet: its own reason
            {ils::ItemStatus::InTransit, QStringLiteral("在途")},
        };
        QStringList sentences;
        for (const auto& [status, word] : states) {
            const auto item = county.addItem(DeskCounty::branchA, "平凡的世界");
            screen.store().catalogue().updateItemState(item, status, DeskCounty::branchA, std::nullopt);
            screen.view().controller().scan(QString::fromStdString(item));
            auto* sentence = screen.find<QLabel>("messageText");
            QTRY_VERIFY2(sentence->text().contains(word), qPrintable(sentence->text()));
            QVERIFY(!sentences.contains(sentence->text())); // the exact state, not one text for all
            sentences << sentence->text();
            expectNoEnglish(&screen.view(), QString::fromStdString(std::string(ils::toString(status))));
        }
        // On loan to another reader: the due date, in Chinese.
        const auto other = county.addReader(DeskCounty::branchA, "赵雷");
        const auto lent = county.addItem(DeskCounty::branchA, "围城");
        QVERIFY(screen.store().circulation().checkout(other, lent, DeskCounty::branchA).ok());
        screen.view().controller().scan(QString::fromStdString(lent));
        QTRY_VERIFY(!screen.find<QLabel>("messageDetail")->text().isEmpty());
        expectNoEnglish(&screen.view(), QStringLiteral("on loan to another reader"));
    }

    // An expired and a blocked reader: the refusal and the reader panel in Chinese, with the date
    // and the reason staff typed.
    void readersInChinese()
    {
        DeskScreen screen;
        DeskCounty& county = screen.county();
        const auto expired = county.addReader(DeskCounty::branchA, "李明");
        const auto blocked = county.addReader(DeskCounty::branchA, "王芳");
        ils::Query(screen.store().db(), "UPDATE readers SET expiry = '2021-12-05' WHERE card = ?")
            .bind(1, expired)
            .run();
        ils::Query(screen.store().db(),
                   "UPDATE readers SET status = 'blocked', block_reason = '证件待核实' WHERE card = ?")
            .bind(1, blocked)
            .run();
        QVERIFY(screen.show());
        screen.view().controller().scan(QString::fromStdString(expired));
        QTRY_VERIFY(screen.find<QLabel>("readerBlocks")->text().contains(QStringLiteral("2021-12-05")));
        QVERIFY(screen.find<QLabel>("messageDetail")->text().contains(QStringLiteral("2021-12-05")));
        expectNoEnglish(&screen.view(), QStringLiteral("expired reader"));
        screen.view().controller().scan(QString::fromStdString(blocked));
        QTRY_VERIFY2(screen.find<QLabel>("readerBlocks")->text().contains(QStringLiteral("证件待核实")),
                     qPrintable(screen.find<QLabel>("readerBlocks")->text()));
        expectNoEnglish(&screen.view(), QStringLiteral("blocked reader"));
    }

    // Every Reason there is, with every specific, as the message bar shows it.
    void everyReasonInChinese()
    {
        DeskScreen screen;
        QVERIFY(screen.show());
        for (int value = 0; value <= static_cast<int>(ils::lastReason); ++value) {
            const auto reason = static_cast<ils::Reason>(value);
            const auto refusal = ils::refuse(reason, "an English sentence from core", everyFact());
            emit screen.view().controller().refused(
                Problem::engine(Problem::Action::Checkout, refusal, QStringLiteral("5326220120001")));
            QTRY_VERIFY(!screen.find<QLabel>("messageText")->text().isEmpty());
            expectNoEnglish(&screen.view(), QString::fromLatin1(ils::reasonCode(reason)));
        }
    }

    // The first-run wizard's refusals (a standalone county and its administrator) in words.
    void setupRefusalsInChinese()
    {
        using namespace ils::fact;
        const ils::RefusalFacts cases[] = {{{field, "password"}, {limit, "8"}},
                                           {{field, "password"}, {problem, "repeated"}},
                                           {{field, "library_code"}},
                                           {{field, "library_name"}},
                                           {{field, "username"}},
                                           {{field, "database"}}};
        for (const auto& facts : cases) {
            const QString text = RefusalText::details(ils::Reason::InvalidInput, facts);
            QVERIFY2(!text.isEmpty() && englishIn(text).isEmpty(), qPrintable(text));
        }
    }

    // The exceptions report: rows the central recorded, worded from their code and facts.
    void exceptionsInChinese()
    {
        DeskCounty county;
        for (const char* code : {"item_lent_twice",
                                 "returned_before_lent",
                                 "checkin_out_of_order",
                                 "routing_changed",
                                 "concurrent_edit",
                                 "fee_unknown",
                                 "amount_invalid"}) {
            ils::Query(county.store().db(),
                       "INSERT INTO exceptions(at, node_id, seq, type, code, detail, library, facts) "
                       "VALUES(?, 'node-01', 1, 'checkout', ?, 'an English sentence from core', ?, ?)")
                .bind(1, ils::parseUtc("2026-03-02T08:15:00Z").value_or(0))
                .bind(2, code)
                .bind(3, DeskCounty::branchA)
                .bind(4, ils::factsJson(everyFact()))
                .run();
        }
        ExceptionsPage page(county.store());
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = page.findChild<QAbstractItemView*>(QStringLiteral("exceptionsTable"));
        QTRY_COMPARE(table->model()->rowCount(), 7);
        expectNoEnglish(&page, QStringLiteral("exceptions report"));
    }
};

QTEST_MAIN(TestDeskChinese)
#include "tst_desk_chinese.moc"
