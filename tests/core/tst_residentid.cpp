#include "ResidentId.h"

#include <QTest>

#include <string>

using namespace ils;

namespace {

// The GB 11643 algorithm written out again, independently of the code under test.
char expectedCheck(const std::string& first17)
{
    const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[static_cast<std::size_t>(i)] - '0') * weights[i];
    return "10X98765432"[sum % 11];
}

std::string complete(const std::string& first17)
{
    return first17 + expectedCheck(first17);
}

char otherCheck(char check)
{
    return check == '0' ? '1' : '0';
}

} // namespace

class TestResidentId : public QObject
{
    Q_OBJECT

private slots:
    void validNumbers_data();
    void validNumbers();
    void wrongCheckCharacter();
    void wrongLength();
    void letters();
    void badBirthDate_data();
    void badBirthDate();
    void lowerCaseX();
    void masking();
};

void TestResidentId::validNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("GB 11643 example") << "11010519491231002X";
    QTest::newRow("born 1880") << "440524188001010014";
    QTest::newRow("砚山县") << QString::fromStdString(complete("53262219850615123"));
    QTest::newRow("文山市, leap day") << QString::fromStdString(complete("53260120000229004"));
    QTest::newRow("富宁县") << QString::fromStdString(complete("53262820101231998"));
    QTest::newRow("昆明") << QString::fromStdString(complete("53010219780101001"));
}

void TestResidentId::validNumbers()
{
    QFETCH(QString, number);
    const auto id = number.toStdString();
    const auto problem = residentIdProblem(id);
    QVERIFY2(!problem, problem ? problem->c_str() : "");
    QVERIFY(isValidResidentId(id));
    QCOMPARE(residentIdCheckCharacter(id.substr(0, 17)), id.back());
    QCOMPARE(normalizeResidentId(id), id);
}

void TestResidentId::wrongCheckCharacter()
{
    std::string id = "11010519491231002X";
    id.back() = '5';
    QVERIFY(!isValidResidentId(id));
    QCOMPARE(residentIdProblem(id).value_or(""), std::string("check character is 5, expected X"));

    auto other = complete("53262219850615123");
    const char right = other.back();
    other.back() = otherCheck(right);
    QCOMPARE(residentIdProblem(other).value_or(""),
             std::string("check character is ") + other.back() + ", expected " + right);
    // A transposition of two digits is the typing error the check character is there to catch.
    auto swapped = complete("53262219850615123");
    std::swap(swapped[14], swapped[15]);
    QVERIFY(!isValidResidentId(swapped));
}

void TestResidentId::wrongLength()
{
    QCOMPARE(residentIdProblem("11010519491231002").value_or(""),
             std::string("a resident ID number has 18 characters, this one has 17"));
    QCOMPARE(residentIdProblem("11010519491231002X1").value_or(""),
             std::string("a resident ID number has 18 characters, this one has 19"));
    QCOMPARE(residentIdProblem("").value_or(""), std::string("a resident ID number has 18 characters, this one has 0"));
    // The first-generation 15-digit card is not accepted as such.
    QVERIFY(!isValidResidentId("110105491231002"));
    // A full-width digit is one character, so the length is right and the digit is wrong.
    const std::string fullWidth = "１1010519491231002X";
    QCOMPARE(residentIdProblem(fullWidth).value_or(""), std::string("'１' at position 1 is not a digit"));
    QCOMPARE(residentIdProblem("11010519491231002Ｘ").value_or(""),
             std::string("the last character is 'Ｘ', not a digit or X"));
}

void TestResidentId::letters()
{
    QCOMPARE(residentIdProblem("11010519491231O02X").value_or(""), std::string("'O' at position 15 is not a digit"));
    QCOMPARE(residentIdProblem("1101051949 231002X").value_or(""),
             std::string("a space at position 11 is not a digit"));
    QCOMPARE(residentIdProblem("11010519491231002Y").value_or(""),
             std::string("the last character is 'Y', not a digit or X"));
    QVERIFY(!isValidResidentId("X10105194912310021"));
}

void TestResidentId::badBirthDate_data()
{
    QTest::addColumn<QString>("date");
    QTest::newRow("month 13") << "19491331";
    QTest::newRow("day 0") << "19491200";
    QTest::newRow("31 April") << "19490431";
    QTest::newRow("29 Feb, not a leap year") << "19000229";
    QTest::newRow("year 0000") << "00000101";
}

void TestResidentId::badBirthDate()
{
    QFETCH(QString, date);
    // Give it the right check character, so that only the date is wrong.
    const auto id = complete("110105" + date.toStdString() + "002");
    QCOMPARE(residentIdProblem(id).value_or(""),
             "the birth date " + date.toStdString() + " (positions 7-14) is not a real date YYYYMMDD");
}

void TestResidentId::lowerCaseX()
{
    QVERIFY(isValidResidentId("11010519491231002x"));
    QCOMPARE(normalizeResidentId("11010519491231002x"), std::string("11010519491231002X"));
    QCOMPARE(normalizeResidentId("11010519491231002X"), std::string("11010519491231002X"));
    QCOMPARE(residentIdCheckCharacter("11010519491231002"), 'X');
    QCOMPARE(residentIdCheckCharacter("1101051949123100"), '\0');
}

void TestResidentId::masking()
{
    QCOMPARE(maskResidentId("53262219850615123X"), std::string("5326**********123X"));
    QCOMPARE(maskResidentId("53262219850615123x"), std::string("5326**********123X"));
    QCOMPARE(maskResidentId("11010519491231002X").size(), std::size_t(18));
    // Never shown in clear, even when it is not a valid number.
    QCOMPARE(maskResidentId("1234567"), std::string("*******"));
    QCOMPARE(maskResidentId(""), std::string());
}

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
