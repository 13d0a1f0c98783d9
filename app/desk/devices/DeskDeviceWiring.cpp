#include "DeskDeviceWiring.h"

#include "CirculationView.h"
#include "DeskDevices.h"
#include "DeviceStatusWidget.h"
#include "RfidPadController.h"

#include <QMainWindow>
#include <QStatusBar>

namespace {

constexpr int kNoticeMs = 15000;

} // namespace

void connectDeskDevices(DeskDevices& devices, CirculationView& view)
{
    devices.setScanReceiver(view.scanReceiver());
    if (devices.rfidReader())
        view.attachRfidPad(devices.rfidReader());
    QObject::connect(&devices, &DeskDevices::rfidReaderAppeared, &view, [&devices, &view] {
        view.attachRfidPad(devices.rfidReader());
    });
    // Back after an unplug: read the pad now rather than at the next poll.
    QObject::connect(
        &devices, &DeskDevices::stateChanged, &view, [&view](DeskDevices::Device device, DeskDevices::State state) {
            if (device == DeskDevices::Device::RfidReader && state == DeskDevices::State::Present && view.rfidPad())
                view.rfidPad()->readNow();
        });
}

void connectDeskDevices(DeskDevices& devices, QMainWindow& window)
{
    if (auto* view = window.findChild<CirculationView*>())
        connectDeskDevices(devices, *view);
    auto* status = new DeviceStatusWidget(devices, &window);
    QStatusBar* bar = window.statusBar();
    bar->addPermanentWidget(status);
    QObject::connect(
        status, &DeviceStatusWidget::notice, bar, [bar](const QString& text) { bar->showMessage(text, kNoticeMs); });
}
