#pragma once

// Private to the USB layer's .cpp files (never included by the app).
#include "usb/UsbDeviceInfo.h"

#include <string>

struct libusb_device;

namespace ils::devices::usbinternal {

UsbDeviceInfo infoOf(libusb_device* device);
std::string errorName(int code);

} // namespace ils::devices::usbinternal
