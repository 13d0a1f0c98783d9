#include "usb/UsbEnumerator.h"

#include "usb/UsbContext.h"
#include "usb/UsbInternal.h"

#include <libusb.h>

namespace ils::devices {

std::vector<UsbDeviceInfo> enumerateUsb(UsbContext& context, const UsbMatch& match)
{
    std::vector<UsbDeviceInfo> found;
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(context.native(), &list);
    for (ssize_t i = 0; i < count; ++i) {
        UsbDeviceInfo info = usbinternal::infoOf(list[i]);
        if (match.matches(info))
            found.push_back(std::move(info));
    }
    if (list)
        libusb_free_device_list(list, 1);
    return found;
}

} // namespace ils::devices
