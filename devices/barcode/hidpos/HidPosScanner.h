#pragma once

#include "DeviceResult.h"
#include "barcode/Scan.h"
#include "usb/UsbDeviceInfo.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace ils::devices {

class UsbContext;

// A USB HID Point-of-Sale bar code scanner (usage page 0x8C) read through libusb: its own thread
// opens the device, claims the HID interface and reads input reports from the interrupt IN
// endpoint. Whole scans reach `scanned`; plugging and unplugging reach `connection`. After an
// unplug it keeps looking for the device (every `retryMs`, or at once after deviceArrived()), so a
// re-plugged scanner works again without restarting the app. Callbacks run on the scanner's thread.
class HidPosScanner
{
public:
    struct Callbacks
    {
        std::function<void(const Scan&)> scanned;
        std::function<void(bool connected, const std::string& description)> connection;
        std::function<void(const DeviceError&)> error; // malformed reports, failed opens
    };

    // `match` picks the scanner (its vendor and HID POS product ID); the interface class is HID.
    HidPosScanner(UsbContext& context, UsbMatch match, Callbacks callbacks, int retryMs = 500);
    ~HidPosScanner();
    HidPosScanner(const HidPosScanner&) = delete;
    HidPosScanner& operator=(const HidPosScanner&) = delete;

    void start();
    void stop();
    bool connected() const;
    // A hot-plug monitor saw the scanner arrive: try to open it now rather than at the next retry.
    void deviceArrived();

    // The one entry point for what the scanner sends: one input report. Public so the report path
    // can be driven without a device.
    void receive(const std::uint8_t* report, std::size_t size);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ils::devices
