// SerialScanner through a real pseudo-terminal pair: QSerialPort opens the pty's slave side as a
// scanner's port, the test writes what a scanner would send into the master side.
#include "barcode/serial/SerialScanner.h"

#include <QSignalSpy>
#include <QTest>

#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace ils::devices;

Q_DECLARE_METATYPE(ils::devices::Scan)

class TestSerialPty : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        char name[256] = {};
        QVERIFY2(openpty(&m_master, &m_slave, name, nullptr, nullptr) == 0, "openpty failed");
        m_slaveName = QString::fromLocal8Bit(name);
        // Raw mode on the pair, so the terminal layer passes CR through as a scanner sends it.
        termios raw {};
        tcgetattr(m_slave, &raw);
        cfmakeraw(&raw);
        tcsetattr(m_slave, TCSANOW, &raw);
    }

    void cleanup()
    {
        if (m_master >= 0)
            ::close(m_master);
        if (m_slave >= 0)
            ::close(m_slave);
        m_master = m_slave = -1;
    }

    void scansArriveWithAimSymbology()
    {
        qRegisterMetaType<ils::devices::Scan>();
        SerialScanner scanner({m_slaveName, 9600, SerialLineSplitter::Suffix::Cr, true});
        auto opened = scanner.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        QSignalSpy spy(&scanner, &SerialScanner::scanned);

        writeMaster("]E0978711");
        writeMaster("1234567\r]C0R00042\r");
        QTRY_COMPARE(spy.count(), 2);
        const auto first = spy.at(0).at(0).value<ils::devices::Scan>();
        QCOMPARE(first.text, std::string("9787111234567"));
        QCOMPARE(first.symbology, Symbology::Ean13);
        const auto second = spy.at(1).at(0).value<ils::devices::Scan>();
        QCOMPARE(second.text, std::string("R00042"));
        QCOMPARE(second.symbology, Symbology::Code128);
    }

    void hangUpClosesTheScannerAndSaysSo()
    {
        SerialScanner scanner({m_slaveName, 9600, SerialLineSplitter::Suffix::Cr, false});
        QVERIFY(scanner.open().ok());
        QSignalSpy failed(&scanner, &SerialScanner::failed);
        ::close(m_master); // the far end is gone, as when a USB-serial adapter is pulled
        m_master = -1;
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!scanner.isOpen());
        QVERIFY(failed.at(0).at(0).toString().contains(m_slaveName));
    }

    void missingPortIsNotConnected()
    {
        SerialScanner scanner(
            {QStringLiteral("/dev/ils-no-such-scanner"), 9600, SerialLineSplitter::Suffix::Cr, false});
        auto opened = scanner.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, DeviceErrorKind::NotConnected);
        QVERIFY(QString::fromStdString(opened.error().message).contains("/dev/ils-no-such-scanner"));
    }

private:
    void writeMaster(const QByteArray& bytes)
    {
        QCOMPARE(::write(m_master, bytes.constData(), std::size_t(bytes.size())), ssize_t(bytes.size()));
    }

    int m_master = -1;
    int m_slave = -1;
    QString m_slaveName;
};

QTEST_GUILESS_MAIN(TestSerialPty)
#include "tst_serial_pty.moc"
