#include "DeviceText.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DeviceText", text);
}

} // namespace

namespace DeviceText {

QString name(DeskDevices::Device device)
{
    switch (device) {
    case DeskDevices::Device::Scanner:
        return tr("Barcode scanner");
    case DeskDevices::Device::SerialScanner:
        return tr("Serial barcode scanner");
    case DeskDevices::Device::RfidReader:
        return tr("RFID reader");
    }
    return {};
}

QString shortName(DeskDevices::Device device)
{
    switch (device) {
    case DeskDevices::Device::Scanner:
        return tr("Scanner");
    case DeskDevices::Device::SerialScanner:
        return tr("Serial scanner");
    case DeskDevices::Device::RfidReader:
        return tr("RFID");
    }
    return {};
}

QString plugged(DeskDevices::Device device)
{
    return tr("%1 connected and ready.").arg(name(device));
}

QString unplugged(DeskDevices::Device device)
{
    if (device == DeskDevices::Device::RfidReader)
        return tr("%1 unplugged: scan the items' barcodes until it is plugged in again.").arg(name(device));
    return tr("%1 unplugged: type or scan into the scan field until it is plugged in again.").arg(name(device));
}

QString error(DeskDevices::Device device, ils::devices::DeviceErrorKind kind)
{
    using Kind = ils::devices::DeviceErrorKind;
    QString what;
    switch (kind) {
    case Kind::NotConnected:
        what = tr("not connected; check its cable");
        break;
    case Kind::NoTag:
        what = tr("the tag did not answer; put the item back on the pad");
        break;
    case Kind::Timeout:
        what = tr("it did not answer in time; unplug it and plug it in again");
        break;
    case Kind::TagError:
        what = tr("the tag refused the operation");
        break;
    case Kind::Protocol:
        what = tr("it sent something the desk cannot read; check how it is set up (HID POS mode)");
        break;
    case Kind::Unsupported:
        // The scanner driver refuses a scanner still in keyboard mode with this kind.
        what = device == DeskDevices::Device::RfidReader
            ? tr("it cannot do this")
            : tr("it is not in HID POS mode; set it to HID POS mode, or use it as a keyboard scanner");
        break;
    case Kind::Io:
        what = tr("the computer refused access to it; ask IT to check the device permissions");
        break;
    }
    return tr("%1: %2").arg(name(device), what);
}

} // namespace DeviceText
