#include "usb/UsbDeviceInfo.h"

#include <algorithm>
#include <cstdio>

namespace ils::devices {

std::string UsbDeviceInfo::describe() const
{
    char text[64];
    std::snprintf(
        text, sizeof text, "%04x:%04x on bus %u address %u", vendorId, productId, unsigned(bus), unsigned(address));
    return text;
}

bool UsbMatch::matches(const UsbDeviceInfo& device) const
{
    if (vendorId && *vendorId != device.vendorId)
        return false;
    if (productId && *productId != device.productId)
        return false;
    if (interfaceClass)
        return std::find(device.interfaceClasses.begin(), device.interfaceClasses.end(), *interfaceClass)
            != device.interfaceClasses.end();
    return true;
}

} // namespace ils::devices
