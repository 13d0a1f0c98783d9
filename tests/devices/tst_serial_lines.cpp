// Serial scanners' line splitting and AIM prefixes, without a port.
#include "barcode/serial/SerialLineSplitter.h"

#include <QTest>

using namespace ils::devices;
using Suffix = SerialLineSplitter::Suffix;

class TestSerialLines : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnTheSuffixAcrossChunks()
    {
        SerialLineSplitter splitter(Suffix::Cr);
        QVERIFY(splitter.feed("97871").empty());
        auto scans = splitter.feed("11234567\rR000");
        QCOMPARE(scans.size(), std::size_t(1));
        QCOMPARE(scans[0].text, std::string("9787111234567"));
        QCOMPARE(scans[0].symbology, Symbology::Unknown);
        scans = splitter.feed("42\r");
        QCOMPARE(scans.size(), std::size_t(1));
        QCOMPARE(scans[0].text, std::string("R00042"));
    }

    void crLfAndLfSuffixes()
    {
        SerialLineSplitter crlf(Suffix::CrLf);
        auto scans = crlf.feed("A1\r\nB2\r");
        QCOMPARE(scans.size(), std::size_t(1));
        scans = crlf.feed("\n");
        QCOMPARE(scans.size(), std::size_t(1));
        QCOMPARE(scans[0].text, std::string("B2"));

        SerialLineSplitter lf(Suffix::Lf);
        scans = lf.feed("X\nY\n\n");
        QCOMPARE(scans.size(), std::size_t(2)); // the empty line is not a scan
        QCOMPARE(scans[1].text, std::string("Y"));

        // A CR scanner that also sends LF: the LF is part of no barcode.
        SerialLineSplitter cr(Suffix::Cr);
        scans = cr.feed("Z9\r\n");
        QCOMPARE(scans.size(), std::size_t(1));
        QCOMPARE(scans[0].text, std::string("Z9"));
    }

    void aimPrefixBecomesTheSymbology()
    {
        SerialLineSplitter splitter(Suffix::Cr, true);
        auto scans = splitter.feed("]E09787111234567\r]C0R00042\rPLAIN\r");
        QCOMPARE(scans.size(), std::size_t(3));
        QCOMPARE(scans[0].text, std::string("9787111234567"));
        QCOMPARE(scans[0].symbology, Symbology::Ean13);
        QCOMPARE(scans[1].text, std::string("R00042"));
        QCOMPARE(scans[1].symbology, Symbology::Code128);
        QCOMPARE(scans[2].text, std::string("PLAIN"));
        QCOMPARE(scans[2].symbology, Symbology::Unknown);

        // Without the option a leading "]" is data.
        SerialLineSplitter plain(Suffix::Cr, false);
        QCOMPARE(plain.feed("]C0R1\r")[0].text, std::string("]C0R1"));
    }

    void overlongLinesAreDropped()
    {
        SerialLineSplitter splitter(Suffix::Cr);
        QVERIFY(splitter.feed(std::string(SerialLineSplitter::kMaxLine + 10, '7') + "\r").empty());
        QCOMPARE(splitter.droppedLines(), std::size_t(1));
        auto scans = splitter.feed("OK\r");
        QCOMPARE(scans.size(), std::size_t(1));
        QCOMPARE(scans[0].text, std::string("OK"));
    }
};

QTEST_GUILESS_MAIN(TestSerialLines)
#include "tst_serial_lines.moc"
