#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ils::devices {

// What the app may know of a USB device: a value copied out of libusb's descriptors, so no libusb
// type reaches a header the app includes.
struct UsbDeviceInfo
{
    std::uint16_t vendorId = 0;
    std::uint16_t productId = 0;
    std::uint8_t bus = 0;
    std::uint8_t address = 0;
    std::vector<std::uint8_t> interfaceClasses; // bInterfaceClass of each interface, first configuration

    // "0ab1:0102 on bus 1 address 4", for the log and the status bar.
    std::string describe() const;
    bool sameDevice(const UsbDeviceInfo& other) const
    {
        return bus == other.bus && address == other.address && vendorId == other.vendorId
            && productId == other.productId;
    }
};

// Which devices a driver or monitor is interested in; an empty field matches anything.
struct UsbMatch
{
    std::optional<std::uint16_t> vendorId;
    std::optional<std::uint16_t> productId;
    std::optional<std::uint8_t> interfaceClass;

    bool matches(const UsbDeviceInfo& device) const;
};

inline constexpr std::uint8_t kUsbClassHid = 0x03;
inline constexpr std::uint8_t kUsbClassVendorSpecific = 0xFF;

} // namespace ils::devices
