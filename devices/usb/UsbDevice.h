#pragma once

#include "DeviceResult.h"
#include "usb/UsbDeviceInfo.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct libusb_device_handle;

namespace ils::devices {

class UsbContext;

// One opened and claimed interface of a device with an IN and an OUT (or only an IN) endpoint of
// bulk or interrupt type: the transport both drivers need. Blocking transfers with a timeout; a
// vanished device gives NotConnected.
class UsbDevice
{
public:
    // Opens the first device matching `match`, claims its first interface whose class matches (or
    // interface 0), detaching a kernel driver (usbhid) if one holds it.
    static DeviceResult<std::unique_ptr<UsbDevice>> open(UsbContext& context, const UsbMatch& match);
    ~UsbDevice();
    UsbDevice(const UsbDevice&) = delete;
    UsbDevice& operator=(const UsbDevice&) = delete;

    const UsbDeviceInfo& info() const { return m_info; }
    int maxInPacket() const { return m_maxIn; }

    DeviceResult<Done> write(const std::uint8_t* bytes, int size, int timeoutMs);
    // Up to `capacity` bytes: one transfer's worth (a report, or a bulk packet sequence).
    DeviceResult<int> read(std::uint8_t* into, int capacity, int timeoutMs);
    // A control transfer from the device (a standard or class request with a data stage).
    DeviceResult<std::vector<std::uint8_t>> controlIn(std::uint8_t requestType,
                                                      std::uint8_t request,
                                                      std::uint16_t value,
                                                      std::uint16_t index,
                                                      std::uint16_t length,
                                                      int timeoutMs);
    // The claimed interface's HID report descriptor (GET_DESCRIPTOR, type 0x22, HID 1.11 7.1.1).
    DeviceResult<std::vector<std::uint8_t>> hidReportDescriptor(int timeoutMs);

private:
    UsbDevice() = default;
    DeviceError transferError(int code, const std::string& what) const;

    libusb_device_handle* m_handle = nullptr;
    UsbDeviceInfo m_info;
    int m_interface = 0;
    std::uint8_t m_in = 0;
    std::uint8_t m_out = 0;
    bool m_inInterrupt = false;
    bool m_outInterrupt = false;
    int m_maxIn = 64;
};

} // namespace ils::devices
