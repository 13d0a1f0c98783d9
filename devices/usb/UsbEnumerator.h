#pragma once

#include "usb/UsbDeviceInfo.h"

#include <vector>

namespace ils::devices {

class UsbContext;

// The devices plugged in now that match, in libusb's order.
std::vector<UsbDeviceInfo> enumerateUsb(UsbContext& context, const UsbMatch& match);

} // namespace ils::devices
