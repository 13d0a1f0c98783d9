// Amounts typed in yuan become integer fen exactly, or are refused with what is wrong and where.
#include "Money.h"

#include <QTest>

using namespace ils;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parsesYuanIntoFen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("whole") << "12" << qint64(1200);
        QTest::newRow("two decimals") << "12.50" << qint64(1250);
        QTest::newRow("one decimal") << "1.5" << qint64(150);
        QTest::newRow("fen") << "0.01" << qint64(1);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("leading zeros") << "007.05" << qint64(705);
        QTest::newRow("spaces") << "  3.20 " << qint64(320);
        QTest::newRow("yuan sign") << "¥ 2" << qint64(200);
        QTest::newRow("full-width yuan sign") << "￥2.5" << qint64(250);
        QTest::newRow("full-width digits") << "１２．５０" << qint64(1250);
        QTest::newRow("ideographic space") << "\u30001.00" << qint64(100);
        QTest::newRow("twelve digits") << "999999999999.99" << qint64(99999999999999);
    }

    void parsesYuanIntoFen()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto result = parseYuan(text.toStdString());
        QVERIFY2(result.ok(), result ? "" : result.refusal().detail.c_str());
        QCOMPARE(qint64(result.value()), fen);
    }

    void refusesWithWhatAndWhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << ""
                               << "it is empty";
        QTest::newRow("blank") << "  "
                               << "it is empty";
        QTest::newRow("sign only") << "¥"
                                   << "it is empty";
        QTest::newRow("third decimal") << "1.005"
                                       << "a third decimal at character 5";
        QTest::newRow("negative") << "-1"
                                  << "a sign at character 1";
        QTest::newRow("plus") << "+1"
                              << "a sign at character 1";
        QTest::newRow("comma") << "1,200"
                               << "a comma at character 2";
        QTest::newRow("two points") << "1.2.3"
                                    << "a second decimal point at character 4";
        QTest::newRow("bare point") << "5."
                                    << "no digits after the point at character 2";
        QTest::newRow("no yuan") << ".50"
                                 << "no yuan before the point at character 1";
        QTest::newRow("letter") << "12a"
                                << "'a' at character 3 is not a digit";
        QTest::newRow("Chinese") << "5元"
                                 << "'元' at character 2 is not a digit";
        QTest::newRow("inner space") << "1 2"
                                     << "' ' at character 2 is not a digit";
        QTest::newRow("thirteen digits") << "1000000000000"
                                         << "more than 12 digits of yuan";
        QTest::newRow("exponent") << "1e3"
                                  << "'e' at character 2 is not a digit";
    }

    void refusesWithWhatAndWhere()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        const auto result = parseYuan(text.toStdString());
        QVERIFY(!result.ok());
        QCOMPARE(result.refusal().reason, Reason::AmountInvalid);
        const QString detail = QString::fromStdString(result.refusal().detail);
        QVERIFY2(detail.contains(why), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1Char('\'') + text + QLatin1Char('\'')), qPrintable(detail)); // quotes the input
        // The same as data, for the screens to word: the text, what is wrong and where.
        const auto& facts = result.refusal().facts;
        QCOMPARE(QString::fromStdString(facts.at(fact::value)), text);
        QVERIFY(!facts.at(fact::problem).empty());
        if (why.contains(QStringLiteral("at character")))
            QVERIFY2(
                why.contains(QStringLiteral("at character %1").arg(QString::fromStdString(facts.at(fact::position)))),
                qPrintable(why));
    }

    void refusesBrokenUtf8()
    {
        const auto result = parseYuan(std::string("1\xFF", 2));
        QVERIFY(!result.ok());
        QVERIFY(result.refusal().detail.find("at character 2 is not a digit") != std::string::npos);
        QVERIFY(!parseYuan(std::string("\xEF\xBC", 2)).ok()); // a cut-off full-width character
    }

    void formatsFenAsYuan()
    {
        QCOMPARE(formatYuan(0), std::string("0.00"));
        QCOMPARE(formatYuan(5), std::string("0.05"));
        QCOMPARE(formatYuan(150), std::string("1.50"));
        QCOMPARE(formatYuan(123456), std::string("1234.56"));
        QCOMPARE(formatYuan(-30), std::string("-0.30"));
        QCOMPARE(formatYuan(INT64_MIN), std::string("-92233720368547758.08"));
    }

    void roundTrips()
    {
        for (std::int64_t fen : {0, 1, 9, 10, 99, 100, 101, 1250, 999999})
            QCOMPARE(parseYuan(formatYuan(fen)).value(), fen);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
