#pragma once

#include "usb/UsbDeviceInfo.h"

#include <chrono>
#include <functional>
#include <memory>

namespace ils::devices {

class UsbContext;

// Tells the app when a matching device arrives or leaves. Uses libusb's hot-plug callbacks where
// libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) says they work; elsewhere (or when asked) it
// re-enumerates every `pollInterval` and reports the difference. Devices present at start are
// reported as arrived. The callbacks run on libusb's event thread (or the polling thread): keep
// them short and do not call blocking USB functions from them; hand the news to your own thread.
class UsbHotplugMonitor
{
public:
    struct Listener
    {
        std::function<void(const UsbDeviceInfo&)> arrived;
        std::function<void(const UsbDeviceInfo&)> left;
    };
    enum class Mode
    {
        Automatic, // hot-plug events when available, polling otherwise
        Polling,
    };

    UsbHotplugMonitor(UsbContext& context,
                      UsbMatch match,
                      Listener listener,
                      Mode mode = Mode::Automatic,
                      std::chrono::milliseconds pollInterval = std::chrono::milliseconds(1000));
    ~UsbHotplugMonitor();
    UsbHotplugMonitor(const UsbHotplugMonitor&) = delete;
    UsbHotplugMonitor& operator=(const UsbHotplugMonitor&) = delete;

    bool usesHotplugEvents() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ils::devices
