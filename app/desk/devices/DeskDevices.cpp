#include "DeskDevices.h"

#include "Settings.h"
#include "barcode/Scan.h"
#include "rfid/RfidReader.h"

#ifdef ILS_DESK_WITH_USB
#include "barcode/hidpos/HidPosScanner.h"
#include "rfid/feig/FeigUsbReader.h"
#include "usb/UsbContext.h"
#include "usb/UsbHotplugMonitor.h"
#endif
#ifdef ILS_DESK_WITH_SERIAL
#include "barcode/serial/SerialScanner.h"
#endif

#include <QDebug>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <mutex>

using ils::devices::DeviceErrorKind;
using ils::devices::Scan;

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

int indexOf(DeskDevices::Device device)
{
    return static_cast<int>(device);
}

// Runs `job` on `context`'s thread (the GUI thread) unless `context` is gone by then.
template<class Job>
void post(QObject* context, Job job)
{
    QMetaObject::invokeMethod(context, std::move(job), Qt::QueuedConnection);
}

} // namespace

struct DeskDevices::Sink
{
    std::mutex mutex;
    std::function<void(const Scan&)> receiver;
};

#ifdef ILS_DESK_WITH_USB
struct DeskDevices::Usb
{
    // Shared with the reader's deleter: the RFID pad may hold the reader after this object is gone.
    std::shared_ptr<ils::devices::UsbContext> context;
    std::vector<std::unique_ptr<ils::devices::HidPosScanner>> scanners; // one per configured id
    std::vector<bool> connected;
    std::mutex feigMutex; // `feig` is set here and read on libusb's thread
    std::shared_ptr<ils::devices::FeigUsbReader> feig;
    std::unique_ptr<ils::devices::UsbHotplugMonitor> monitor;
};
#else
struct DeskDevices::Usb
{
};
#endif

#ifdef ILS_DESK_WITH_SERIAL
struct DeskDevices::Serial
{
    ils::devices::SerialScanner* scanner = nullptr;
    QTimer* retry = nullptr;
    bool reportedFailure = false;
};
#else
struct DeskDevices::Serial
{
};
#endif

DeskDevices::Config DeskDevices::configFrom(const ils::Settings& settings)
{
    Config config;
    const QString usb = qs(settings.get("local.scanner_usb", "05e0:1300")).trimmed().toLower();
    if (usb == QLatin1String("none") || usb.isEmpty()) {
        config.scanners.clear();
    } else {
        config.scanners.clear();
        for (const QString& part : usb.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList ids = part.trimmed().split(QLatin1Char(':'));
            bool vendorOk = false;
            bool productOk = false;
            const uint vendor = ids.size() == 2 ? ids[0].toUInt(&vendorOk, 16) : 0;
            const uint product = ids.size() == 2 ? ids[1].toUInt(&productOk, 16) : 0;
            if (!vendorOk || !productOk || vendor > 0xFFFF || product > 0xFFFF) {
                config.problems << QStringLiteral("local.scanner_usb: \"%1\" is not vendor:product in hex "
                                                  "(e.g. 05e0:1300); that entry is ignored")
                                       .arg(part.trimmed());
                continue;
            }
            config.scanners.push_back({static_cast<std::uint16_t>(vendor), static_cast<std::uint16_t>(product)});
        }
    }
    config.serialPort = qs(settings.get("local.scanner_serial_port", "")).trimmed();
    config.serialBaud = static_cast<int>(settings.getInt("local.scanner_serial_baud", 9600));
    const QString rfid = qs(settings.get("local.rfid_reader", "auto")).trimmed().toLower();
    if (rfid == QLatin1String("auto") || rfid == QLatin1String("feig") || rfid == QLatin1String("none"))
        config.rfidReader = rfid;
    else
        config.problems << QStringLiteral("local.rfid_reader: \"%1\" is not auto, feig or none; using auto").arg(rfid);
    return config;
}

DeskDevices::DeskDevices(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_usb(std::make_unique<Usb>())
    , m_serial(std::make_unique<Serial>())
    , m_sink(std::make_shared<Sink>())
{
    for (const QString& problem : m_config.problems)
        qWarning().noquote() << "devices:" << problem;
}

DeskDevices::~DeskDevices()
{
#ifdef ILS_DESK_WITH_USB
    // No more news from libusb's thread, then no more scans from the scanners' threads.
    m_usb->monitor.reset();
    m_usb->scanners.clear();
#endif
}

void DeskDevices::setScanReceiver(std::function<void(const Scan&)> receiver)
{
    std::lock_guard lock(m_sink->mutex);
    m_sink->receiver = std::move(receiver);
}

DeskDevices::State DeskDevices::state(Device device) const
{
    return m_states[indexOf(device)];
}

QString DeskDevices::description(Device device) const
{
    if (device == Device::RfidReader && m_rfid)
        return qs(m_rfid->description());
    return m_descriptions[indexOf(device)];
}

void DeskDevices::setState(Device device, State state, const QString& description)
{
    const int i = indexOf(device);
    if (!description.isEmpty())
        m_descriptions[i] = description;
    if (m_states[i] == state)
        return;
    m_states[i] = state;
    qInfo().noquote() << "devices:" << QVariant::fromValue(device).toString()
                      << (state == State::Present ? "connected" : "not connected") << m_descriptions[i];
    emit stateChanged(device, state);
}

void DeskDevices::start()
{
    if (!m_config.serialPort.isEmpty())
        openSerial();
#ifdef ILS_DESK_WITH_USB
    const bool wantRfid = m_config.rfidReader != QLatin1String("none");
    if (m_config.scanners.empty() && !wantRfid)
        return;
    auto context = ils::devices::UsbContext::create();
    if (!context) {
        emit failed(Device::Scanner, context.error().kind, qs(context.error().message));
        return;
    }
    m_usb->context = std::shared_ptr<ils::devices::UsbContext>(std::move(context.value()));
    m_usb->connected.assign(m_config.scanners.size(), false);
    m_usb->scanners.resize(m_config.scanners.size());
    if (m_config.rfidReader == QLatin1String("feig"))
        setState(Device::RfidReader, State::Gone, QStringLiteral("FEIG ID ISC.MR102-USB"));

    // Runs on libusb's event thread: only pass the news on (and the flag the reader reads).
    auto news = [this, wantRfid](const ils::devices::UsbDeviceInfo& device, bool arrived) {
        const bool feig = wantRfid && device.vendorId == ils::devices::FeigUsbReader::Options().match.vendorId;
        if (feig && !arrived) {
            std::lock_guard lock(m_usb->feigMutex);
            if (m_usb->feig)
                m_usb->feig->deviceLeft();
        }
        const QString where = qs(device.describe());
        const auto vendor = device.vendorId;
        const auto product = device.productId;
        post(this, [this, arrived, feig, where, vendor, product] {
            if (feig)
                rfidNews(arrived, where);
            else if (arrived)
                scannerArrived(vendor, product);
        });
    };
    m_usb->monitor = std::make_unique<ils::devices::UsbHotplugMonitor>(
        *m_usb->context,
        ils::devices::UsbMatch {},
        ils::devices::UsbHotplugMonitor::Listener {
            [news](const ils::devices::UsbDeviceInfo& device) { news(device, true); },
            [news](const ils::devices::UsbDeviceInfo& device) { news(device, false); }});
#endif
}

#ifdef ILS_DESK_WITH_USB
void DeskDevices::scannerArrived(std::uint16_t vendorId, std::uint16_t productId)
{
    for (std::size_t i = 0; i < m_config.scanners.size(); ++i) {
        const UsbId id = m_config.scanners[i];
        if (id.vendorId != vendorId || id.productId != productId)
            continue;
        auto& scanner = m_usb->scanners[i];
        if (scanner) {
            scanner->deviceArrived(); // re-plugged: open it now rather than at the next retry
            continue;
        }
        // Callbacks run on the scanner's thread: scans go straight to the receiver (thread-safe),
        // the rest is passed to this object's thread.
        std::shared_ptr<Sink> sink = m_sink;
        ils::devices::HidPosScanner::Callbacks callbacks {
            [sink](const Scan& scan) {
                std::function<void(const Scan&)> receiver;
                {
                    std::lock_guard lock(sink->mutex);
                    receiver = sink->receiver;
                }
                if (receiver)
                    receiver(scan);
            },
            [this, i](bool connected, const std::string& description) {
                post(this, [this, i, connected, where = qs(description)] {
                    m_usb->connected[i] = connected;
                    const bool any =
                        std::find(m_usb->connected.begin(), m_usb->connected.end(), true) != m_usb->connected.end();
                    setState(Device::Scanner, any ? State::Present : State::Gone, where);
                });
            },
            [this](const ils::devices::DeviceError& error) {
                post(this, [this, kind = error.kind, message = qs(error.message)] {
                    qWarning().noquote() << "devices: scanner:" << message;
                    emit failed(Device::Scanner, kind, message);
                });
            }};
        scanner = std::make_unique<ils::devices::HidPosScanner>(
            *m_usb->context,
            ils::devices::UsbMatch {id.vendorId, id.productId, std::nullopt},
            callbacks,
            m_config.retryMs);
        scanner->start();
    }
}

void DeskDevices::rfidNews(bool arrived, const QString& where)
{
    if (arrived && !m_rfid) {
        auto context = m_usb->context;
        // The deleter keeps libusb's context alive as long as anyone holds the reader.
        std::shared_ptr<ils::devices::FeigUsbReader> reader(new ils::devices::FeigUsbReader(*context),
                                                            [context](ils::devices::FeigUsbReader* r) { delete r; });
        {
            std::lock_guard lock(m_usb->feigMutex);
            m_usb->feig = reader;
        }
        m_rfid = reader;
        setState(Device::RfidReader, State::Present, where);
        emit rfidReaderAppeared();
        return;
    }
    if (!m_rfid)
        return;
    setState(Device::RfidReader, arrived ? State::Present : State::Gone, where);
}
#endif

void DeskDevices::openSerial()
{
#ifdef ILS_DESK_WITH_SERIAL
    if (!m_serial->scanner) {
        ils::devices::SerialScanner::Settings settings;
        settings.portName = m_config.serialPort;
        settings.baudRate = m_config.serialBaud;
        m_serial->scanner = new ils::devices::SerialScanner(settings, this);
        connect(m_serial->scanner, &ils::devices::SerialScanner::scanned, this, &DeskDevices::deliver);
        connect(m_serial->scanner, &ils::devices::SerialScanner::failed, this, [this](const QString& message) {
            qWarning().noquote() << "devices: serial scanner:" << message;
            m_serial->reportedFailure = true; // the failed reopenings after this say nothing new
            emit failed(Device::SerialScanner, DeviceErrorKind::NotConnected, message);
            setState(Device::SerialScanner, State::Gone);
            m_serial->retry->start();
        });
        // A port that went away (a USB-serial adapter unplugged) is tried again until it is back.
        m_serial->retry = new QTimer(this);
        m_serial->retry->setInterval(m_config.serialRetryMs);
        m_serial->retry->setSingleShot(true);
        connect(m_serial->retry, &QTimer::timeout, this, &DeskDevices::openSerial);
    }
    auto opened = m_serial->scanner->open();
    if (opened) {
        m_serial->reportedFailure = false;
        setState(Device::SerialScanner, State::Present, m_config.serialPort);
        return;
    }
    if (!m_serial->reportedFailure) {
        qWarning().noquote() << "devices: serial scanner:" << qs(opened.error().message);
        emit failed(Device::SerialScanner, opened.error().kind, qs(opened.error().message));
        m_serial->reportedFailure = true;
    }
    setState(Device::SerialScanner, State::Gone, m_config.serialPort);
    m_serial->retry->start();
#endif
}

void DeskDevices::deliver(const Scan& scan)
{
    std::function<void(const Scan&)> receiver;
    {
        std::lock_guard lock(m_sink->mutex);
        receiver = m_sink->receiver;
    }
    if (receiver)
        receiver(scan);
}
