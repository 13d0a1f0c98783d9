#include "barcode/serial/SerialScanner.h"

#include <QSerialPort>

namespace ils::devices {

SerialScanner::SerialScanner(Settings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_port(new QSerialPort(this))
    , m_splitter(m_settings.suffix, m_settings.aimPrefix)
{
    connect(m_port, &QSerialPort::readyRead, this, &SerialScanner::readAvailable);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialScanner::onError);
}

SerialScanner::~SerialScanner() = default;

DeviceResult<Done> SerialScanner::open()
{
    m_port->setPortName(m_settings.portName);
    m_port->setBaudRate(m_settings.baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadOnly)) {
        const auto kind =
            m_port->error() == QSerialPort::DeviceNotFoundError ? DeviceErrorKind::NotConnected : DeviceErrorKind::Io;
        return DeviceError {
            kind, "serial scanner " + m_settings.portName.toStdString() + ": " + m_port->errorString().toStdString()};
    }
    m_splitter = SerialLineSplitter(m_settings.suffix, m_settings.aimPrefix);
    return Done {};
}

void SerialScanner::close()
{
    m_port->close();
}

bool SerialScanner::isOpen() const
{
    return m_port->isOpen();
}

void SerialScanner::readAvailable()
{
    const QByteArray bytes = m_port->readAll();
    for (const Scan& scan : m_splitter.feed(std::string_view(bytes.constData(), std::size_t(bytes.size()))))
        emit scanned(scan);
}

void SerialScanner::onError()
{
    const auto error = m_port->error();
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port->isOpen())
        return;
    const QString message = m_settings.portName + QStringLiteral(": ") + m_port->errorString();
    m_port->close();
    emit failed(message);
}

} // namespace ils::devices
