#include "usb/UsbContext.h"

#include "usb/UsbInternal.h"

#include <libusb.h>

#include <atomic>
#include <thread>

namespace ils::devices {

struct UsbContext::Impl
{
    libusb_context* context = nullptr;
    std::atomic<bool> stop {false};
    std::thread events;

    ~Impl()
    {
        stop = true;
        if (context)
            libusb_interrupt_event_handler(context);
        if (events.joinable())
            events.join();
        if (context)
            libusb_exit(context);
    }
};

DeviceResult<std::unique_ptr<UsbContext>> UsbContext::create()
{
    auto impl = std::make_unique<Impl>();
    const int rc = libusb_init(&impl->context);
    if (rc != LIBUSB_SUCCESS) {
        impl->context = nullptr;
        return DeviceError {DeviceErrorKind::Io, "libusb could not start: " + usbinternal::errorName(rc)};
    }
    Impl* raw = impl.get();
    raw->events = std::thread([raw] {
        while (!raw->stop) {
            timeval tv {0, 200 * 1000}; // wakes to notice `stop` even without an interrupt
            libusb_handle_events_timeout_completed(raw->context, &tv, nullptr);
        }
    });
    return std::unique_ptr<UsbContext>(new UsbContext(std::move(impl)));
}

UsbContext::UsbContext(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

UsbContext::~UsbContext() = default;

libusb_context* UsbContext::native() const
{
    return m_impl->context;
}

bool UsbContext::hasHotplug() const
{
    return libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0;
}

namespace usbinternal {

std::string errorName(int code)
{
    return std::string(libusb_error_name(code)) + " (" + libusb_strerror(code) + ")";
}

UsbDeviceInfo infoOf(libusb_device* device)
{
    UsbDeviceInfo info;
    libusb_device_descriptor descriptor {};
    if (libusb_get_device_descriptor(device, &descriptor) == LIBUSB_SUCCESS) {
        info.vendorId = descriptor.idVendor;
        info.productId = descriptor.idProduct;
    }
    info.bus = libusb_get_bus_number(device);
    info.address = libusb_get_device_address(device);
    libusb_config_descriptor* config = nullptr;
    if (libusb_get_config_descriptor(device, 0, &config) == LIBUSB_SUCCESS) {
        for (int i = 0; i < config->bNumInterfaces; ++i) {
            const libusb_interface& interface = config->interface[i];
            if (interface.num_altsetting > 0)
                info.interfaceClasses.push_back(interface.altsetting[0].bInterfaceClass);
        }
        libusb_free_config_descriptor(config);
    }
    return info;
}

} // namespace usbinternal

} // namespace ils::devices
