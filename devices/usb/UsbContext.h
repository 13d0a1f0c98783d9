#pragma once

#include "DeviceResult.h"

#include <memory>

struct libusb_context;

namespace ils::devices {

// Owns one libusb context and the thread that handles its events (asynchronous transfers and
// hot-plug callbacks run there). Drivers and monitors borrow it; it must outlive them.
class UsbContext
{
public:
    static DeviceResult<std::unique_ptr<UsbContext>> create();
    ~UsbContext();
    UsbContext(const UsbContext&) = delete;
    UsbContext& operator=(const UsbContext&) = delete;

    libusb_context* native() const;
    // Whether libusb delivers hot-plug events on this system (Linux with udev or netlink: yes).
    bool hasHotplug() const;

private:
    struct Impl;
    explicit UsbContext(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ils::devices
