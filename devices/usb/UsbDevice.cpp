#include "usb/UsbDevice.h"

#include "usb/UsbContext.h"
#include "usb/UsbInternal.h"

#include <libusb.h>

namespace ils::devices {

namespace {

struct Endpoints
{
    int interface = -1;
    std::uint8_t in = 0, out = 0;
    bool inInterrupt = false, outInterrupt = false;
    int maxIn = 64;
};

// The first interface (of the wanted class, if any) with an IN endpoint of bulk or interrupt type.
Endpoints findEndpoints(libusb_device* device, const UsbMatch& match)
{
    Endpoints found;
    libusb_config_descriptor* config = nullptr;
    if (libusb_get_config_descriptor(device, 0, &config) != LIBUSB_SUCCESS)
        return found;
    for (int i = 0; i < config->bNumInterfaces && found.interface < 0; ++i) {
        if (config->interface[i].num_altsetting < 1)
            continue;
        const libusb_interface_descriptor& alt = config->interface[i].altsetting[0];
        if (match.interfaceClass && alt.bInterfaceClass != *match.interfaceClass)
            continue;
        Endpoints candidate;
        for (int e = 0; e < alt.bNumEndpoints; ++e) {
            const libusb_endpoint_descriptor& ep = alt.endpoint[e];
            const int type = ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK;
            if (type != LIBUSB_TRANSFER_TYPE_BULK && type != LIBUSB_TRANSFER_TYPE_INTERRUPT)
                continue;
            const bool interrupt = type == LIBUSB_TRANSFER_TYPE_INTERRUPT;
            if ((ep.bEndpointAddress & LIBUSB_ENDPOINT_DIR_MASK) == LIBUSB_ENDPOINT_IN && !candidate.in) {
                candidate.in = ep.bEndpointAddress;
                candidate.inInterrupt = interrupt;
                candidate.maxIn = ep.wMaxPacketSize;
            } else if ((ep.bEndpointAddress & LIBUSB_ENDPOINT_DIR_MASK) == LIBUSB_ENDPOINT_OUT && !candidate.out) {
                candidate.out = ep.bEndpointAddress;
                candidate.outInterrupt = interrupt;
            }
        }
        if (candidate.in) {
            candidate.interface = alt.bInterfaceNumber;
            found = candidate;
        }
    }
    libusb_free_config_descriptor(config);
    return found;
}

} // namespace

DeviceResult<std::unique_ptr<UsbDevice>> UsbDevice::open(UsbContext& context, const UsbMatch& match)
{
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(context.native(), &list);
    libusb_device* chosen = nullptr;
    UsbDeviceInfo info;
    for (ssize_t i = 0; i < count && !chosen; ++i) {
        info = usbinternal::infoOf(list[i]);
        if (match.matches(info))
            chosen = libusb_ref_device(list[i]);
    }
    if (list)
        libusb_free_device_list(list, 1);
    if (!chosen)
        return DeviceError {DeviceErrorKind::NotConnected, "no matching USB device is plugged in"};

    const Endpoints endpoints = findEndpoints(chosen, match);
    libusb_device_handle* handle = nullptr;
    const int rc = endpoints.interface < 0 ? LIBUSB_ERROR_NOT_FOUND : libusb_open(chosen, &handle);
    libusb_unref_device(chosen);
    if (endpoints.interface < 0)
        return DeviceError {DeviceErrorKind::Unsupported, info.describe() + ": no interface with an IN endpoint"};
    if (rc != LIBUSB_SUCCESS)
        return DeviceError {rc == LIBUSB_ERROR_NO_DEVICE ? DeviceErrorKind::NotConnected : DeviceErrorKind::Io,
                            info.describe() + ": cannot open: " + usbinternal::errorName(rc)
                                + (rc == LIBUSB_ERROR_ACCESS ? " (install the udev rule from docs/DEVICES.md)" : "")};

    // A HID scanner is bound to usbhid by the kernel; take it over for as long as we hold it.
    libusb_set_auto_detach_kernel_driver(handle, 1);
    const int claimed = libusb_claim_interface(handle, endpoints.interface);
    if (claimed != LIBUSB_SUCCESS) {
        libusb_close(handle);
        return DeviceError {claimed == LIBUSB_ERROR_NO_DEVICE ? DeviceErrorKind::NotConnected : DeviceErrorKind::Io,
                            info.describe() + ": cannot claim interface " + std::to_string(endpoints.interface) + ": "
                                + usbinternal::errorName(claimed)};
    }
    std::unique_ptr<UsbDevice> device(new UsbDevice());
    device->m_handle = handle;
    device->m_info = info;
    device->m_interface = endpoints.interface;
    device->m_in = endpoints.in;
    device->m_out = endpoints.out;
    device->m_inInterrupt = endpoints.inInterrupt;
    device->m_outInterrupt = endpoints.outInterrupt;
    device->m_maxIn = endpoints.maxIn > 0 ? endpoints.maxIn : 64;
    return device;
}

UsbDevice::~UsbDevice()
{
    if (m_handle) {
        libusb_release_interface(m_handle, m_interface); // fails harmlessly once unplugged
        libusb_close(m_handle);
    }
}

DeviceError UsbDevice::transferError(int code, const std::string& what) const
{
    switch (code) {
    case LIBUSB_ERROR_NO_DEVICE:
        return {DeviceErrorKind::NotConnected, m_info.describe() + ": unplugged during " + what};
    case LIBUSB_ERROR_TIMEOUT:
        return {DeviceErrorKind::Timeout, m_info.describe() + ": no answer in time to " + what};
    default:
        return {DeviceErrorKind::Io, m_info.describe() + ": " + what + " failed: " + usbinternal::errorName(code)};
    }
}

DeviceResult<Done> UsbDevice::write(const std::uint8_t* bytes, int size, int timeoutMs)
{
    if (!m_out)
        return DeviceError {DeviceErrorKind::Unsupported, m_info.describe() + ": the interface has no OUT endpoint"};
    int sent = 0;
    auto* data = const_cast<unsigned char*>(bytes); // libusb's signature is not const-correct
    const int rc = m_outInterrupt ? libusb_interrupt_transfer(m_handle, m_out, data, size, &sent, timeoutMs)
                                  : libusb_bulk_transfer(m_handle, m_out, data, size, &sent, timeoutMs);
    if (rc != LIBUSB_SUCCESS)
        return transferError(rc, "send");
    if (sent != size)
        return DeviceError {DeviceErrorKind::Io,
                            m_info.describe() + ": sent " + std::to_string(sent) + " of " + std::to_string(size)
                                + " bytes"};
    return Done {};
}

DeviceResult<int> UsbDevice::read(std::uint8_t* into, int capacity, int timeoutMs)
{
    int got = 0;
    const int rc = m_inInterrupt ? libusb_interrupt_transfer(m_handle, m_in, into, capacity, &got, timeoutMs)
                                 : libusb_bulk_transfer(m_handle, m_in, into, capacity, &got, timeoutMs);
    if (rc != LIBUSB_SUCCESS)
        return transferError(rc, "receive");
    return got;
}

DeviceResult<std::vector<std::uint8_t>> UsbDevice::controlIn(std::uint8_t requestType,
                                                             std::uint8_t request,
                                                             std::uint16_t value,
                                                             std::uint16_t index,
                                                             std::uint16_t length,
                                                             int timeoutMs)
{
    std::vector<std::uint8_t> data(length);
    const int rc = libusb_control_transfer(
        m_handle, requestType, request, value, index, data.data(), length, static_cast<unsigned>(timeoutMs));
    if (rc < 0)
        return transferError(rc, "control request " + std::to_string(request));
    data.resize(static_cast<std::size_t>(rc));
    return data;
}

DeviceResult<std::vector<std::uint8_t>> UsbDevice::hidReportDescriptor(int timeoutMs)
{
    constexpr std::uint8_t kReportDescriptor = 0x22;
    constexpr std::uint8_t kStandardInterfaceIn = 0x81; // device-to-host, standard, interface
    return controlIn(kStandardInterfaceIn,
                     LIBUSB_REQUEST_GET_DESCRIPTOR,
                     static_cast<std::uint16_t>(kReportDescriptor << 8),
                     static_cast<std::uint16_t>(m_interface),
                     4096,
                     timeoutMs);
}

} // namespace ils::devices
