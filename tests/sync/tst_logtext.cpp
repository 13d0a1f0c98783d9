// What the central writes to its log of a peer's text: no control character survives, nothing
// is longer than its cap, Chinese stays readable.
#include "server/LogText.h"

#include <QTest>

using ils::server::escapeControls;
using ils::server::printable;

class TestLogText : public QObject
{
    Q_OBJECT

private slots:
    void escapesControlCharacters()
    {
        QCOMPARE(printable("node\n2026 forged"), std::string("node\\n2026 forged"));
        QCOMPARE(printable("a\rb\tc\x1b[2J"), std::string("a\\rb\\tc\\x1b[2J"));
        QCOMPARE(printable(std::string("nul\0x", 5)), std::string("nul\\x00x"));
        QCOMPARE(printable("del\x7f"), std::string("del\\x7f"));
        QCOMPARE(printable("csi\xc2\x9b"), std::string("csi\\x9b")); // C1 control in UTF-8
        QCOMPARE(printable("back\\slash"), std::string("back\\\\slash"));
        QCOMPARE(printable("江那镇分馆 desk"), std::string("江那镇分馆 desk"));
    }

    void capsTheLengthAtACharacterBoundary()
    {
        QCOMPARE(printable(std::string(100, 'n'), 10), std::string(10, 'n') + "…(90 more bytes)");
        // 3 bytes a character: a cut at 4 bytes keeps one character, not one and a third.
        QCOMPARE(printable("分馆分馆", 4), std::string("分…(9 more bytes)"));
    }

    void wholeLinesKeepTheirEscapes()
    {
        const std::string line = printable("x\ny") + " said\n" + "hi";
        QCOMPARE(escapeControls(line), std::string("x\\ny said\\nhi"));
    }

    void incidentIdsDiffer()
    {
        const auto a = ils::server::newIncidentId();
        const auto b = ils::server::newIncidentId();
        QCOMPARE(a.size(), std::size_t(8));
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestLogText)
#include "tst_logtext.moc"
