#pragma once

#include "DeviceResult.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace ils {
class Settings;
}
namespace ils::devices {
class RfidReader;
struct Scan;
} // namespace ils::devices

// The desk's real scanners and RFID reader, outside any widget: opens the USB HID POS scanners
// and the FEIG reader that are plugged in, listens to hot-plug so that one plugged in later is
// opened and one unplugged and plugged in again works without a restart, and opens the serial
// scanner named in the settings (reopening it after it goes away). Tells the app through signals,
// always on the thread it lives on (the GUI thread). Without libusb or Qt SerialPort the matching
// part is compiled out and never reports anything.
class DeskDevices : public QObject
{
    Q_OBJECT

public:
    enum class Device
    {
        Scanner, // a USB HID POS scanner
        SerialScanner,
        RfidReader,
    };
    Q_ENUM(Device)
    enum class State
    {
        NotSeen, // not plugged in since the desk started, and not asked for by name
        Present,
        Gone, // was there (or is asked for by name) and is not now
    };

    struct UsbId
    {
        std::uint16_t vendorId = 0;
        std::uint16_t productId = 0;
    };
    // From the node's local settings (they belong to the machine and never replicate):
    //   local.scanner_usb          HID POS scanners as "vvvv:pppp" in hex, comma separated, or
    //                              "none" (default 05e0:1300, Zebra/Symbol in HID POS mode)
    //   local.scanner_serial_port  the serial scanner's port ("/dev/ttyUSB0", "COM3"); default none
    //   local.scanner_serial_baud  its speed (default 9600)
    //   local.rfid_reader          auto (default: a FEIG reader when one is plugged in), feig, none
    struct Config
    {
        std::vector<UsbId> scanners {{0x05E0, 0x1300}};
        QString serialPort;
        int serialBaud = 9600;
        QString rfidReader = QStringLiteral("auto");
        int retryMs = 500; // how often an unplugged scanner is looked for, besides hot-plug news
        int serialRetryMs = 2000;
        QStringList problems; // settings that could not be read, each naming the key and value
    };
    static Config configFrom(const ils::Settings& settings);

    explicit DeskDevices(Config config, QObject* parent = nullptr);
    ~DeskDevices() override;

    // Opens what is plugged in and starts listening to hot-plug.
    void start();
    State state(Device device) const;
    // Make and model and where it is plugged in, in English (it names hardware); empty if unknown.
    QString description(Device device) const;
    // The RFID reader, once one has been seen (nullptr before): it stays the same object across
    // unplugging and plugging, answering NotConnected while it is away.
    std::shared_ptr<ils::devices::RfidReader> rfidReader() const { return m_rfid; }
    // Where whole scans go (CirculationView::scanReceiver()); called on a driver's thread.
    void setScanReceiver(std::function<void(const ils::devices::Scan&)> receiver);

signals:
    void stateChanged(DeskDevices::Device device, DeskDevices::State state);
    // The first time a reader is seen: attach it as the RFID pad.
    void rfidReaderAppeared();
    // A device error (English message, for the log); the kind is for the staff's words.
    void failed(DeskDevices::Device device, ils::devices::DeviceErrorKind kind, const QString& message);

private:
    struct Usb;
    struct Serial;
    struct Sink;
    void setState(Device device, State state, const QString& description = {});
    void deliver(const ils::devices::Scan& scan);
    void openSerial();
    // USB news, on this object's thread.
    void scannerArrived(std::uint16_t vendorId, std::uint16_t productId);
    void rfidNews(bool arrived, const QString& where);

    Config m_config;
    std::unique_ptr<Usb> m_usb;
    std::unique_ptr<Serial> m_serial;
    std::shared_ptr<ils::devices::RfidReader> m_rfid;
    State m_states[3] = {State::NotSeen, State::NotSeen, State::NotSeen};
    QString m_descriptions[3];
    std::shared_ptr<Sink> m_sink;
};
