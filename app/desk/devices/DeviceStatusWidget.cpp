#include "DeviceStatusWidget.h"

#include "PlainText.h"

#include "DeviceText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace {

constexpr DeskDevices::Device kShown[] = {
    DeskDevices::Device::Scanner,
    DeskDevices::Device::SerialScanner,
    DeskDevices::Device::RfidReader,
};

} // namespace

DeviceStatusWidget::DeviceStatusWidget(DeskDevices& devices, QWidget* parent)
    : QWidget(parent)
    , m_devices(devices)
    , m_line(new QLabel(this))
{
    setObjectName(QStringLiteral("deviceStatus"));
    m_line->setObjectName(QStringLiteral("deviceStatusLine"));
    PlainText::keep(m_line); // device names come from the device
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line);
    connect(&devices, &DeskDevices::stateChanged, this, &DeviceStatusWidget::stateChanged);
    connect(&devices,
            &DeskDevices::failed,
            this,
            [this](DeskDevices::Device device, ils::devices::DeviceErrorKind kind, const QString&) {
                failed(device, kind);
            });
    refresh();
}

QString DeviceStatusWidget::line() const
{
    return m_line->text();
}

void DeviceStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void DeviceStatusWidget::refresh()
{
    QStringList parts;
    QStringList tips;
    for (DeskDevices::Device device : kShown) {
        const DeskDevices::State state = m_devices.state(device);
        if (state == DeskDevices::State::NotSeen)
            continue;
        const bool present = state == DeskDevices::State::Present;
        // A tick or a cross reads at a glance; the colour is for those who see it.
        parts << QStringLiteral("%1 <span style=\"color:%2\">%3</span>")
                     .arg(DeviceText::shortName(device).toHtmlEscaped(),
                          present ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"),
                          present ? QStringLiteral("✓") : QStringLiteral("✗"));
        const QString description = m_devices.description(device);
        tips << (present ? tr("%1: connected (%2)") : tr("%1: not connected (%2)"))
                    .arg(DeviceText::name(device), description);
    }
    m_line->setText(parts.join(QStringLiteral(" &nbsp;")));
    m_line->setToolTip(PlainText::toolTip(tips.join(QLatin1Char('\n'))));
    setVisible(!parts.isEmpty());
}

void DeviceStatusWidget::stateChanged(DeskDevices::Device device, DeskDevices::State state)
{
    refresh();
    tell(state == DeskDevices::State::Present ? DeviceText::plugged(device) : DeviceText::unplugged(device));
}

void DeviceStatusWidget::failed(DeskDevices::Device device, ils::devices::DeviceErrorKind kind)
{
    tell(DeviceText::error(device, kind));
}

void DeviceStatusWidget::tell(const QString& text)
{
    m_lastNotice = text;
    emit notice(text);
}
