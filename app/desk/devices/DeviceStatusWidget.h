#pragma once

#include "DeskDevices.h"

#include <QWidget>

class QLabel;

// The status bar's view of the desk's devices: one short line with each scanner and RFID reader
// seen since the start (or asked for in the settings) and whether it is there now, e.g.
// "扫描枪 ✓  RFID ✗"; the descriptions in the tooltip. Plugging, unplugging and device errors
// become a notice in the staff's language (the devices' own messages are English, for the log).
class DeviceStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceStatusWidget(DeskDevices& devices, QWidget* parent = nullptr);

    QString line() const; // what the label shows now
    QString lastNotice() const { return m_lastNotice; }

signals:
    void notice(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void stateChanged(DeskDevices::Device device, DeskDevices::State state);
    void failed(DeskDevices::Device device, ils::devices::DeviceErrorKind kind);
    void tell(const QString& text);

    DeskDevices& m_devices;
    QLabel* m_line;
    QString m_lastNotice;
};
