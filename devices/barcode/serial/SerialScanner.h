#pragma once

#include "DeviceResult.h"
#include "barcode/Scan.h"
#include "barcode/serial/SerialLineSplitter.h"

#include <QObject>
#include <QString>

class QSerialPort;

namespace ils::devices {

// A scanner on a serial port (RS-232, or a USB scanner in CDC/virtual COM mode): reads what it
// sends through QSerialPort and turns lines into scans with SerialLineSplitter. Lives on the thread
// whose event loop it uses (the GUI thread is fine: reading is non-blocking).
class SerialScanner : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString portName; // "/dev/ttyUSB0", "COM3"
        qint32 baudRate = 9600;
        SerialLineSplitter::Suffix suffix = SerialLineSplitter::Suffix::Cr;
        bool aimPrefix = false; // the scanner is set to send the AIM symbology identifier first
    };

    explicit SerialScanner(Settings settings, QObject* parent = nullptr);
    ~SerialScanner() override;

    DeviceResult<Done> open();
    void close();
    bool isOpen() const;

signals:
    void scanned(const ils::devices::Scan& scan);
    // The port failed after it was open (unplugged, usually); the scanner is closed.
    void failed(const QString& message);

private:
    void readAvailable();
    void onError();

    Settings m_settings;
    QSerialPort* m_port;
    SerialLineSplitter m_splitter;
};

} // namespace ils::devices
