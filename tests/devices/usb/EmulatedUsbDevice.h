#pragma once

// Test support: USB devices emulated with umockdev (libumockdev 0.17). The test process owns a
// UMockdevTestbed (fake sysfs, /dev nodes and uevents) and answers the usbdevfs ioctls that libusb
// sends to the device node — claim, submit URB, reap URB, discard — from a handler scripted here.
// The code under test is the real libusb, reading the real descriptors; only the kernel's side is
// scripted. Needs the umockdev preload library (the test runs under umockdev-wrapper).

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

typedef struct _UMockdevTestbed UMockdevTestbed;

namespace ils::test {

using Bytes = std::vector<std::uint8_t>;

struct EmulatedUsbSpec
{
    std::uint16_t vendorId = 0;
    std::uint16_t productId = 0;
    int bus = 1;
    int address = 2;
    std::uint8_t interfaceClass = 0x03;
    std::uint8_t inEndpoint = 0x81;
    bool inInterrupt = true;
    std::uint8_t outEndpoint = 0; // 0: none
    bool outInterrupt = false;
    std::uint16_t maxPacket = 64;
    // Answered to GET_DESCRIPTOR (report) on interface 0; empty: the request stalls.
    Bytes hidReportDescriptor;
};

class EmulatedUsbBus;

class EmulatedUsbDevice
{
public:
    // Called for every OUT transfer; whatever it returns is queued for the IN endpoint.
    std::function<Bytes(const Bytes& out)> onOut;

    void queueIn(const Bytes& bytes); // one IN transfer's worth (e.g. one HID report)
    void unplug(); // a "remove" uevent; from now on every ioctl fails with ENODEV
    void plug(); // back, same bus and address: an "add" uevent
    bool plugged() const;
    int outTransfers() const;

    // Internal: the ioctl handler's state, used from umockdev's worker thread.
    struct State;
    std::shared_ptr<State> state;

private:
    friend class EmulatedUsbBus;
    EmulatedUsbBus* m_bus = nullptr;
    EmulatedUsbSpec m_spec;
    std::string m_sysfsPath;
    std::string m_description;
};

class EmulatedUsbBus
{
public:
    EmulatedUsbBus();
    ~EmulatedUsbBus();
    EmulatedUsbDevice& add(const EmulatedUsbSpec& spec);

private:
    friend class EmulatedUsbDevice;
    void addToTestbed(EmulatedUsbDevice& device);
    UMockdevTestbed* m_testbed;
    std::vector<std::unique_ptr<EmulatedUsbDevice>> m_devices;
};

} // namespace ils::test
