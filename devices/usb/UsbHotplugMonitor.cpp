#include "usb/UsbHotplugMonitor.h"

#include "usb/UsbContext.h"
#include "usb/UsbEnumerator.h"
#include "usb/UsbInternal.h"

#include <libusb.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace ils::devices {

struct UsbHotplugMonitor::Impl
{
    UsbContext& context;
    UsbMatch match;
    Listener listener;
    std::chrono::milliseconds interval;
    bool hotplug = false;
    libusb_hotplug_callback_handle handle = 0;

    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    std::thread poller;
    std::vector<UsbDeviceInfo> present; // what was reported as arrived and not yet as left

    Impl(UsbContext& c, UsbMatch m, Listener l, std::chrono::milliseconds i)
        : context(c)
        , match(std::move(m))
        , listener(std::move(l))
        , interval(i)
    {
    }

    // Interface classes are only known while the device is there, so "left" is decided by what
    // arrived earlier rather than by matching the departing device again.
    void arrived(const UsbDeviceInfo& info)
    {
        {
            std::lock_guard lock(mutex);
            if (!match.matches(info))
                return;
            for (const auto& known : present)
                if (known.sameDevice(info))
                    return;
            present.push_back(info);
        }
        if (listener.arrived)
            listener.arrived(info);
    }

    void left(const UsbDeviceInfo& info)
    {
        UsbDeviceInfo known;
        {
            std::lock_guard lock(mutex);
            auto it = std::find_if(
                present.begin(), present.end(), [&](const UsbDeviceInfo& p) { return p.sameDevice(info); });
            if (it == present.end())
                return;
            known = *it;
            present.erase(it);
        }
        if (listener.left)
            listener.left(known);
    }

    static int callback(libusb_context*, libusb_device* device, libusb_hotplug_event event, void* self)
    {
        auto* impl = static_cast<Impl*>(self);
        const UsbDeviceInfo info = usbinternal::infoOf(device);
        if (event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED)
            impl->arrived(info);
        else
            impl->left(info);
        return 0; // stay registered
    }

    void poll()
    {
        std::unique_lock lock(mutex);
        while (!stop) {
            lock.unlock();
            const std::vector<UsbDeviceInfo> now = enumerateUsb(context, match);
            std::vector<UsbDeviceInfo> gone;
            {
                std::lock_guard guard(mutex);
                for (const auto& known : present) {
                    const bool still = std::any_of(
                        now.begin(), now.end(), [&](const UsbDeviceInfo& d) { return d.sameDevice(known); });
                    if (!still)
                        gone.push_back(known);
                }
            }
            for (const auto& device : gone)
                left(device);
            for (const auto& device : now)
                arrived(device);
            lock.lock();
            wake.wait_for(lock, interval, [this] { return stop; });
        }
    }
};

UsbHotplugMonitor::UsbHotplugMonitor(
    UsbContext& context, UsbMatch match, Listener listener, Mode mode, std::chrono::milliseconds pollInterval)
    : m_impl(std::make_unique<Impl>(context, std::move(match), std::move(listener), pollInterval))
{
    if (mode == Mode::Automatic && context.hasHotplug()) {
        const int rc = libusb_hotplug_register_callback(
            context.native(),
            LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT,
            LIBUSB_HOTPLUG_ENUMERATE,
            m_impl->match.vendorId ? *m_impl->match.vendorId : LIBUSB_HOTPLUG_MATCH_ANY,
            m_impl->match.productId ? *m_impl->match.productId : LIBUSB_HOTPLUG_MATCH_ANY,
            LIBUSB_HOTPLUG_MATCH_ANY,
            &Impl::callback,
            m_impl.get(),
            &m_impl->handle);
        m_impl->hotplug = rc == LIBUSB_SUCCESS;
    }
    if (!m_impl->hotplug)
        m_impl->poller = std::thread([impl = m_impl.get()] { impl->poll(); });
}

UsbHotplugMonitor::~UsbHotplugMonitor()
{
    if (m_impl->hotplug)
        libusb_hotplug_deregister_callback(m_impl->context.native(), m_impl->handle);
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stop = true;
    }
    m_impl->wake.notify_all();
    if (m_impl->poller.joinable())
        m_impl->poller.join();
}

bool UsbHotplugMonitor::usesHotplugEvents() const
{
    return m_impl->hotplug;
}

} // namespace ils::devices
