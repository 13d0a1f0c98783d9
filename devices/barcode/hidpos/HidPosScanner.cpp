#include "barcode/hidpos/HidPosScanner.h"

#include "barcode/hidpos/HidPosReport.h"
#include "barcode/hidpos/HidReportDescriptor.h"
#include "usb/UsbDevice.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

namespace ils::devices {

struct HidPosScanner::Impl
{
    UsbContext& context;
    UsbMatch match;
    Callbacks callbacks;
    int retryMs;
    HidPosScanAssembler assembler;

    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    bool arrivedHint = false;
    std::atomic<bool> isConnected {false};
    std::thread thread;

    Impl(UsbContext& c, UsbMatch m, Callbacks cb, int retry)
        : context(c)
        , match(std::move(m))
        , callbacks(std::move(cb))
        , retryMs(retry)
    {
        this->match.interfaceClass = kUsbClassHid;
    }

    bool shouldStop()
    {
        std::lock_guard lock(mutex);
        return stopping;
    }

    void waitForRetry()
    {
        std::unique_lock lock(mutex);
        wake.wait_for(lock, std::chrono::milliseconds(retryMs), [this] { return stopping || arrivedHint; });
        arrivedHint = false;
    }

    void setConnected(bool value, const std::string& description)
    {
        if (isConnected.exchange(value) != value && callbacks.connection)
            callbacks.connection(value, description);
    }

    void receive(const std::uint8_t* report, std::size_t size)
    {
        auto parsed = parseHidPosReport(report, size);
        if (!parsed) {
            if (callbacks.error)
                callbacks.error(parsed.error());
            return;
        }
        if (!parsed.value())
            return; // not a Scanned Data Report
        auto scan = assembler.feed(*parsed.value());
        if (!scan) {
            if (callbacks.error)
                callbacks.error(scan.error());
        } else if (scan.value() && callbacks.scanned) {
            callbacks.scanned(*scan.value());
        }
    }

    // A scanner left in keyboard mode has the same USB IDs but sends key presses, not scans:
    // refuse it with a message that says what to change, rather than read nothing forever.
    static DeviceResult<Done> checkUsagePage(UsbDevice& device)
    {
        auto descriptor = device.hidReportDescriptor(1000);
        if (!descriptor)
            return descriptor.error();
        auto page = hidApplicationUsagePage(descriptor.value().data(), descriptor.value().size());
        if (!page)
            return page.error();
        if (page.value() != kHidUsagePageBarCodeScanner) {
            char found[16];
            std::snprintf(found, sizeof found, "0x%04X", page.value() ? unsigned(*page.value()) : 0u);
            return DeviceError {DeviceErrorKind::Unsupported,
                                "HID scanner " + device.info().describe() + " reports usage page " + found
                                    + ", not 0x8C (Bar Code Scanner): set it to HID POS mode, or use it as a keyboard"};
        }
        return Done {};
    }

    void run()
    {
        bool reportedOpenFailure = false;
        while (!shouldStop()) {
            auto opened = UsbDevice::open(context, match);
            if (!opened) {
                // Say once why the scanner cannot be opened (permissions, say), not every retry.
                if (opened.error().kind != DeviceErrorKind::NotConnected && !reportedOpenFailure) {
                    if (callbacks.error)
                        callbacks.error(opened.error());
                    reportedOpenFailure = true;
                }
                waitForRetry();
                continue;
            }
            std::unique_ptr<UsbDevice> device = std::move(opened.value());
            auto refused = checkUsagePage(*device);
            if (!refused) {
                if (!reportedOpenFailure && callbacks.error)
                    callbacks.error(refused.error());
                reportedOpenFailure = true;
                device.reset();
                waitForRetry();
                continue;
            }
            reportedOpenFailure = false;
            const std::string description = "HID POS scanner " + device->info().describe();
            setConnected(true, description);
            assembler = HidPosScanAssembler();
            std::vector<std::uint8_t> buffer(static_cast<std::size_t>(std::max(device->maxInPacket(), 64)));
            while (!shouldStop()) {
                // A short timeout so stop() is noticed; a timeout is just "nobody scanned".
                auto got = device->read(buffer.data(), static_cast<int>(buffer.size()), 200);
                if (got) {
                    receive(buffer.data(), static_cast<std::size_t>(got.value()));
                    continue;
                }
                if (got.error().kind == DeviceErrorKind::Timeout)
                    continue;
                if (got.error().kind != DeviceErrorKind::NotConnected && callbacks.error)
                    callbacks.error(got.error());
                break;
            }
            device.reset();
            setConnected(false, description);
        }
    }
};

HidPosScanner::HidPosScanner(UsbContext& context, UsbMatch match, Callbacks callbacks, int retryMs)
    : m_impl(std::make_unique<Impl>(context, std::move(match), std::move(callbacks), retryMs))
{
}

HidPosScanner::~HidPosScanner()
{
    stop();
}

void HidPosScanner::start()
{
    if (m_impl->thread.joinable())
        return;
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopping = false;
    }
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->run(); });
}

void HidPosScanner::stop()
{
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopping = true;
    }
    m_impl->wake.notify_all();
    if (m_impl->thread.joinable())
        m_impl->thread.join();
}

bool HidPosScanner::connected() const
{
    return m_impl->isConnected;
}

void HidPosScanner::deviceArrived()
{
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->arrivedHint = true;
    }
    m_impl->wake.notify_all();
}

void HidPosScanner::receive(const std::uint8_t* report, std::size_t size)
{
    m_impl->receive(report, size);
}

} // namespace ils::devices
