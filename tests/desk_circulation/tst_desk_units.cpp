// The pure parts of the circulation screen: what a scan is, money, Code 128, the words for refusals.
#include "CirculationController.h"
#include "Code128.h"
#include "DeskCounty.h"
#include "DeskTerms.h"
#include "IdleCheckpoint.h"
#include "RefusalText.h"
#include "ResidentId.h"
#include "ScanClassifier.h"
#include "ToneWav.h"

#include "CatalogueStore.h"
#include "Database.h"
#include "Money.h"
#include "RangeStore.h"
#include "ReaderStore.h"

#include <QTest>

using namespace ils;

namespace {

std::string residentId(const std::string& first17)
{
    return first17 + residentIdCheckCharacter(first17);
}

} // namespace

class TestDeskUnits : public QObject
{
    Q_OBJECT

private slots:
    void classifiesReaderCardsByRange()
    {
        DeskCounty county;
        const auto card = county.addReader(DeskCounty::branchA, "李明");
        ScanClassifier classify(county.store().ranges(), county.store().readers(), county.store().catalogue());
        const ScanClass known = classify.classify(card);
        QCOMPARE(known.kind, ScanKind::ReaderCard);
        QCOMPARE(known.code, card);
        QCOMPARE(known.library, std::string(DeskCounty::branchA));
        QCOMPARE(known.libraryName, std::string("江那镇分馆"));
        // A card of the county's range that nobody holds yet is still a card (the engine says who).
        QCOMPARE(classify.classify("532622000000999").kind, ScanKind::ReaderCard);
        QCOMPARE(classify.classify("  " + card + "\r\n").code, card);
    }

    void classifiesItemsByRange()
    {
        DeskCounty county;
        const auto barcode = county.addItem(DeskCounty::branchA, "红楼梦");
        ScanClassifier classify(county.store().ranges(), county.store().readers(), county.store().catalogue());
        QCOMPARE(classify.classify(barcode).kind, ScanKind::Item);
        QCOMPARE(classify.classify("2622005000000042").library, std::string(DeskCounty::branchB));
    }

    void classifiesResidentIds()
    {
        DeskCounty county;
        const std::string id = residentId("53262219800101123");
        const auto card = county.addReader(DeskCounty::branchA, "王芳", "adult", id);
        ScanClassifier classify(county.store().ranges(), county.store().readers(), county.store().catalogue());
        const ScanClass registered = classify.classify(id);
        QCOMPARE(registered.kind, ScanKind::ResidentId);
        QCOMPARE(registered.code, card);
        const std::string other = residentId("53262219900202456");
        QCOMPARE(classify.classify(other).kind, ScanKind::UnregisteredResidentId);
        std::string wrong = other;
        wrong.back() = wrong.back() == '1' ? '2' : '1';
        QCOMPARE(classify.classify(wrong).kind, ScanKind::NotOfNetwork);
    }

    void lowerCaseXInResidentId()
    {
        DeskCounty county;
        // Find a 17-digit stem whose check character is X, then scan it with a lower-case x.
        std::string stem;
        for (int n = 100; n < 1000 && stem.empty(); ++n) {
            const std::string candidate = "53262219800101" + std::to_string(n);
            if (residentIdCheckCharacter(candidate) == 'X')
                stem = candidate;
        }
        QVERIFY(!stem.empty());
        const auto card = county.addReader(DeskCounty::branchA, "赵雷", "adult", stem + "X");
        ScanClassifier classify(county.store().ranges(), county.store().readers(), county.store().catalogue());
        QCOMPARE(classify.classify(stem + "x").code, card);
    }

    void notOfNetworkAndInvalid()
    {
        DeskCounty county;
        ScanClassifier classify(county.store().ranges(), county.store().readers(), county.store().catalogue());
        QCOMPARE(classify.classify("9787020024759").kind, ScanKind::NotOfNetwork); // an ISBN
        QCOMPARE(classify.classify("ABC-123").kind, ScanKind::NotOfNetwork);
        QCOMPARE(classify.classify("").kind, ScanKind::Invalid);
        QCOMPARE(classify.classify("\x01\x02").kind, ScanKind::Invalid);
    }

    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen"); // -1: refused
        QTest::newRow("whole") << "12" << qint64(1200);
        QTest::newRow("one decimal") << "1.5" << qint64(150);
        QTest::newRow("two decimals") << "0.05" << qint64(5);
        QTest::newRow("spaces and yen") << QStringLiteral(" \u00A52.30 ") << qint64(230);
        QTest::newRow("fullwidth yen") << QStringLiteral("\uFFE51") << qint64(100);
        QTest::newRow("0.1 + 0.2 is exact") << "0.30" << qint64(30);
        QTest::newRow("three decimals") << "1.005" << qint64(-1);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("comma") << "1,5" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("point only") << "." << qint64(-1);
        QTest::newRow("trailing point") << "3." << qint64(-1);
        QTest::newRow("too long") << "1234567890123" << qint64(-1);
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        // The desk hands what was typed to core's parser (core/Money.h, tests/core/tst_money).
        const auto parsed = ils::parseYuan(text.toStdString());
        if (fen < 0)
            QVERIFY(!parsed.ok());
        else
            QCOMPARE(parsed.value(), std::int64_t(fen));
    }

    void formatYuan()
    {
        QCOMPARE(DeskTerms::yuan(0), QStringLiteral("0.00"));
        QCOMPARE(DeskTerms::yuan(5), QStringLiteral("0.05"));
        QCOMPARE(DeskTerms::yuan(123456), QStringLiteral("1234.56"));
        QCOMPARE(DeskTerms::yuan(-30), QStringLiteral("-0.30"));
    }

    // The card's symbol as libzint encodes it is the one ISO/IEC 15417 prescribes: start C, the
    // digits in pairs, code B for the odd last digit, the check value, stop; bar and space widths
    // from the standard's table 1.
    void code128()
    {
        const std::vector<std::pair<int, const char*>> symbols = {
            {105, "211232"}, // start C
            {53, "213131"},
            {26, "321221"},
            {22, "223112"},
            {0, "212222"},
            {10, "221312"},
            {0, "212222"},
            {0, "212222"},
            {100, "114131"}, // code B
            {17, "123221"}, // '1'
            {43, "112331"}, // check
            {106, "2331112"}, // stop, with its final bar
        };
        int check = symbols[0].first;
        for (std::size_t i = 1; i + 2 < symbols.size(); ++i)
            check += symbols[i].first * static_cast<int>(i);
        QCOMPARE(check % 103, symbols[symbols.size() - 2].first);
        std::vector<int> expected;
        for (const auto& symbol : symbols)
            for (const char* width = symbol.second; *width; ++width)
                expected.push_back(*width - '0');
        QCOMPARE(Code128::modules("532622001000001"), expected);
        QCOMPARE(Code128::encode("532622001000001").modules, 11 * 11 + 13);

        const auto letters = Code128::modules("AB"); // start B: 2 1 1 2 1 4
        QVERIFY(letters.size() > 6);
        QCOMPARE(std::vector<int>(letters.begin(), letters.begin() + 6), (std::vector<int> {2, 1, 1, 2, 1, 4}));
        QVERIFY(Code128::modules("").empty());
        QVERIFY(Code128::modules("\xe4\xb9\xa6").empty()); // a wedge scanner could not type it
        QVERIFY(Code128::modules("A\tB").empty());
    }

    void everyReasonHasWordsAndAnAction()
    {
        for (int value = 0; value <= static_cast<int>(Reason::MalformedPayload); ++value) {
            const auto text = RefusalText::forReason(static_cast<Reason>(value));
            QVERIFY2(!text.what.isEmpty(), reasonCode(static_cast<Reason>(value)).data());
            QVERIFY2(!text.todo.isEmpty(), reasonCode(static_cast<Reason>(value)).data());
        }
        for (ScanKind kind : {ScanKind::NotOfNetwork, ScanKind::Invalid, ScanKind::UnregisteredResidentId}) {
            Problem p;
            p.source = Problem::Source::Scan;
            p.scan = kind;
            QVERIFY(!RefusalText::forProblem(p).what.isEmpty());
        }
    }

    // The desk checkpoints the write-ahead log when idle, not inside a scan's commit.
    void checkpointsWhenIdle()
    {
        DeskCounty county;
        const auto autocheckpoint = [&] {
            ils::Query q(county.store().db(), "PRAGMA wal_autocheckpoint");
            return q.step() ? q.getInt(0) : -1;
        };
        QCOMPARE(autocheckpoint(), std::int64_t(1000));
        {
            CirculationController controller(county.session());
            QCOMPARE(autocheckpoint(), std::int64_t(0));
            const auto card = county.addReader(DeskCounty::branchA, "李明");
            const auto item = county.addItem(DeskCounty::branchA, "围城");
            controller.scan(QString::fromStdString(card));
            controller.scan(QString::fromStdString(item));
            QCOMPARE(controller.pile().size(), std::size_t(1));
            auto* idle = controller.findChild<IdleCheckpoint*>();
            QVERIFY(idle);
            QCOMPARE(idle->checkpointsRun(), 0); // not inside the scans' commits
            QTRY_COMPARE_WITH_TIMEOUT(idle->checkpointsRun(), 1, 30000); // but once the desk is quiet
        }
        QCOMPARE(autocheckpoint(), std::int64_t(1000));
    }

    void toneWavIsAWaveFile()
    {
        const QByteArray wav = toneWav({{440, 100}, {0, 50}}, 8000);
        QVERIFY(wav.startsWith("RIFF"));
        QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(wav.size(), 44 + 2 * (800 + 400));
    }
};

QTEST_GUILESS_MAIN(TestDeskUnits)
#include "tst_desk_units.moc"
