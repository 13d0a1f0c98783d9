#pragma once

#include "DeskDevices.h"

#include <QString>

// The staff's words for the desk's devices and what happens to them (translated; the drivers'
// messages stay English, for the log).
namespace DeviceText {

QString name(DeskDevices::Device device); // "扫描枪", "串口扫描枪", "RFID 读写器"
QString shortName(DeskDevices::Device device); // for the status line: "扫描枪", "RFID"
QString plugged(DeskDevices::Device device);
QString unplugged(DeskDevices::Device device);
QString error(DeskDevices::Device device, ils::devices::DeviceErrorKind kind);

} // namespace DeviceText
