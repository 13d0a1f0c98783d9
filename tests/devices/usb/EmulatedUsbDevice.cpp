#include "EmulatedUsbDevice.h"

#include <umockdev.h>

#include <linux/usbdevice_fs.h>
#include <sys/ioctl.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <stdexcept>
#include <thread>

namespace ils::test {

namespace {

struct Urb
{
    UMockdevIoctlData* urb = nullptr; // a reference we hold until the URB is reaped
    UMockdevIoctlData* buffer = nullptr; // owned by `urb`
};

usbdevfs_urb* fields(const Urb& u)
{
    return reinterpret_cast<usbdevfs_urb*>(u.urb->data);
}

void finish(Urb& u, int status, int actualLength)
{
    usbdevfs_urb* f = fields(u);
    f->status = status;
    f->actual_length = actualLength;
    // Writes the fields back to the client when the reap completes (marks the block dirty).
    umockdev_ioctl_data_update(u.urb, 0, u.urb->data, u.urb->data_len);
}

} // namespace

struct EmulatedUsbDevice::State
{
    std::mutex mutex;
    bool present = true;
    std::function<Bytes(const Bytes&)>* onOut = nullptr;
    Bytes reportDescriptor;
    int controlTransfers = 0;
    std::deque<Bytes> inQueue;
    std::deque<Urb> pendingIn;
    std::deque<Urb> completed;
    int outTransfers = 0;

    ~State()
    {
        for (auto* list : {&pendingIn, &completed})
            for (Urb& u : *list)
                umockdev_ioctl_data_unref(u.urb);
    }

    // Hands queued IN data to waiting IN URBs, oldest first.
    void matchIn()
    {
        while (!inQueue.empty() && !pendingIn.empty()) {
            Urb u = pendingIn.front();
            pendingIn.pop_front();
            Bytes bytes = std::move(inQueue.front());
            inQueue.pop_front();
            const int length = std::min<int>(static_cast<int>(bytes.size()), fields(u)->buffer_length);
            if (length > 0)
                umockdev_ioctl_data_update(u.buffer, 0, bytes.data(), length);
            // What does not fit waits for the next URB, as the rest of a longer answer would on a
            // real endpoint (a FEIG answer of many blocks is longer than one 64-byte read).
            if (length < static_cast<int>(bytes.size()))
                inQueue.push_front(Bytes(bytes.begin() + length, bytes.end()));
            finish(u, 0, length);
            completed.push_back(u);
        }
    }

    gboolean handle(UMockdevIoctlClient* client)
    {
        const gulong request = umockdev_ioctl_client_get_request(client);
        UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
        GError* error = nullptr;
        std::unique_lock lock(mutex);
        if (!present) {
            // As the kernel does after a disconnect: URBs given back with -ESHUTDOWN stay
            // reapable (USBDEVFS_CAP_REAP_AFTER_DISCONNECT); everything else fails with ENODEV.
            if ((request == USBDEVFS_REAPURB || request == USBDEVFS_REAPURBNDELAY) && !completed.empty())
                return reap(client, arg, lock);
            umockdev_ioctl_client_complete(client, -1, ENODEV);
            return TRUE;
        }
        switch (request) {
        case USBDEVFS_GET_CAPABILITIES: {
            UMockdevIoctlData* data = umockdev_ioctl_data_resolve(arg, 0, sizeof(guint32), &error);
            guint32 caps =
                USBDEVFS_CAP_BULK_CONTINUATION | USBDEVFS_CAP_NO_PACKET_SIZE_LIM | USBDEVFS_CAP_REAP_AFTER_DISCONNECT;
            umockdev_ioctl_data_update(data, 0, reinterpret_cast<guint8*>(&caps), sizeof caps);
            umockdev_ioctl_client_complete(client, 0, 0);
            return TRUE;
        }
        case USBDEVFS_CLAIMINTERFACE:
        case USBDEVFS_RELEASEINTERFACE:
        case USBDEVFS_CLEAR_HALT:
        case USBDEVFS_RESET:
        case USBDEVFS_SETINTERFACE:
            umockdev_ioctl_client_complete(client, 0, 0);
            return TRUE;
        case USBDEVFS_GETDRIVER: // no kernel driver bound to the interface
        case USBDEVFS_IOCTL: // (libusb's "disconnect the kernel driver": there is none)
            umockdev_ioctl_client_complete(client, -1, ENODATA);
            return TRUE;
        case USBDEVFS_SUBMITURB:
            return submit(client, arg);
        case USBDEVFS_REAPURB:
        case USBDEVFS_REAPURBNDELAY:
            return reap(client, arg, lock);
        case USBDEVFS_DISCARDURB: {
            const gulong address = *reinterpret_cast<gulong*>(arg->data);
            for (auto it = pendingIn.begin(); it != pendingIn.end(); ++it) {
                if (it->urb->client_addr == address) {
                    Urb u = *it;
                    pendingIn.erase(it);
                    finish(u, -ENOENT, 0);
                    completed.push_back(u);
                    umockdev_ioctl_client_complete(client, 0, 0);
                    return TRUE;
                }
            }
            umockdev_ioctl_client_complete(client, -1, EINVAL);
            return TRUE;
        }
        default:
            umockdev_ioctl_client_complete(client, -1, ENOTTY);
            return TRUE;
        }
    }

    gboolean submit(UMockdevIoctlClient* client, UMockdevIoctlData* arg)
    {
        GError* error = nullptr;
        UMockdevIoctlData* urbData = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), &error);
        if (!urbData) {
            umockdev_ioctl_client_complete(client, -1, EFAULT);
            return TRUE;
        }
        auto* f = reinterpret_cast<usbdevfs_urb*>(urbData->data);
        Urb u {umockdev_ioctl_data_ref(urbData), nullptr};
        if (f->buffer_length > 0)
            u.buffer = umockdev_ioctl_data_resolve(
                urbData, offsetof(usbdevfs_urb, buffer), static_cast<gsize>(f->buffer_length), &error);
        if (f->type == USBDEVFS_URB_TYPE_CONTROL) {
            control(u);
        } else if (f->endpoint & 0x80) {
            pendingIn.push_back(u);
            matchIn();
        } else {
            Bytes out;
            if (u.buffer)
                out.assign(u.buffer->data, u.buffer->data + f->buffer_length);
            ++outTransfers;
            if (onOut && *onOut) {
                Bytes reply = (*onOut)(out);
                if (!reply.empty())
                    inQueue.push_back(std::move(reply));
            }
            finish(u, 0, f->buffer_length);
            completed.push_back(u);
            matchIn();
        }
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }

    // The buffer holds the 8-byte setup packet, then room for the data stage.
    void control(Urb& u)
    {
        ++controlTransfers;
        const std::uint8_t* setup = u.buffer ? u.buffer->data : nullptr;
        const int room = fields(u)->buffer_length - 8;
        const bool getReportDescriptor = setup && room >= 0 && setup[0] == 0x81 && setup[1] == 0x06 && setup[3] == 0x22
            && setup[4] == 0 && !reportDescriptor.empty();
        if (!getReportDescriptor) {
            finish(u, -EPIPE, 0); // a stall, as a device does for a request it does not know
        } else {
            const int length = std::min<int>(room, static_cast<int>(reportDescriptor.size()));
            umockdev_ioctl_data_update(u.buffer, 8, reportDescriptor.data(), length);
            finish(u, 0, length);
        }
        completed.push_back(u);
    }

    gboolean reap(UMockdevIoctlClient* client, UMockdevIoctlData* arg, std::unique_lock<std::mutex>& lock)
    {
        matchIn();
        if (completed.empty()) {
            // The device node is a plain file, always "ready" to libusb's poll(): pause a little so
            // the event loop does not spin while nothing happens.
            lock.unlock();
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            umockdev_ioctl_client_complete(client, -1, EAGAIN);
            return TRUE;
        }
        Urb u = completed.front();
        completed.pop_front();
        GError* error = nullptr;
        UMockdevIoctlData* pointer = umockdev_ioctl_data_resolve(arg, 0, sizeof(void*), &error);
        umockdev_ioctl_data_set_ptr(pointer, 0, u.urb);
        umockdev_ioctl_data_unref(u.urb);
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }

    static gboolean onIoctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer self)
    {
        return static_cast<State*>(self)->handle(client);
    }
};

void EmulatedUsbDevice::queueIn(const Bytes& bytes)
{
    std::lock_guard lock(state->mutex);
    state->inQueue.push_back(bytes);
}

bool EmulatedUsbDevice::plugged() const
{
    std::lock_guard lock(state->mutex);
    return state->present;
}

int EmulatedUsbDevice::outTransfers() const
{
    std::lock_guard lock(state->mutex);
    return state->outTransfers;
}

void EmulatedUsbDevice::unplug()
{
    {
        std::lock_guard lock(state->mutex);
        state->present = false;
        state->inQueue.clear();
        for (Urb& u : state->pendingIn) {
            finish(u, -ESHUTDOWN, 0);
            state->completed.push_back(u);
        }
        state->pendingIn.clear();
    }
    // umockdev_testbed_remove_device sends no uevent of its own; udev would.
    umockdev_testbed_uevent(m_bus->m_testbed, m_sysfsPath.c_str(), "remove");
    umockdev_testbed_remove_device(m_bus->m_testbed, m_sysfsPath.c_str());
}

void EmulatedUsbDevice::plug()
{
    {
        // Whatever the old connection never reaped must not reach the new one.
        std::lock_guard lock(state->mutex);
        for (Urb& u : state->completed)
            umockdev_ioctl_data_unref(u.urb);
        state->completed.clear();
        state->present = true;
    }
    m_bus->addToTestbed(*this); // sends the "add" uevent
}

EmulatedUsbBus::EmulatedUsbBus()
    : m_testbed(umockdev_testbed_new())
{
    if (!umockdev_in_mock_environment())
        throw std::runtime_error("not running under umockdev-wrapper (LD_PRELOAD=libumockdev-preload.so)");
}

EmulatedUsbBus::~EmulatedUsbBus()
{
    g_object_unref(m_testbed);
}

EmulatedUsbDevice& EmulatedUsbBus::add(const EmulatedUsbSpec& spec)
{
    auto device = std::make_unique<EmulatedUsbDevice>();
    device->m_bus = this;
    device->m_spec = spec;
    device->state = std::make_shared<EmulatedUsbDevice::State>();
    device->state->onOut = &device->onOut;
    device->state->reportDescriptor = spec.hidReportDescriptor;
    char path[64];
    std::snprintf(path, sizeof path, "/sys/devices/usb%d/%d-%d", spec.bus, spec.bus, spec.address - 1);
    device->m_sysfsPath = path;
    addToTestbed(*device);

    char node[64];
    std::snprintf(node, sizeof node, "/dev/bus/usb/%03d/%03d", spec.bus, spec.address);
    UMockdevIoctlBase* handler = umockdev_ioctl_base_new();
    g_signal_connect(handler, "handle-ioctl", G_CALLBACK(&EmulatedUsbDevice::State::onIoctl), device->state.get());
    GError* error = nullptr;
    if (!umockdev_testbed_attach_ioctl(m_testbed, node, handler, &error))
        throw std::runtime_error(std::string("umockdev cannot emulate ioctls: ") + error->message);
    g_object_unref(handler);
    m_devices.push_back(std::move(device));
    return *m_devices.back();
}

// The device as udev would describe it, descriptors included (libusb reads them from sysfs).
void EmulatedUsbBus::addToTestbed(EmulatedUsbDevice& device)
{
    const EmulatedUsbSpec& s = device.m_spec;
    const int endpoints = s.outEndpoint ? 2 : 1;
    const int configLength = 9 + 9 + (s.interfaceClass == 0x03 ? 9 : 0) + 7 * endpoints;
    Bytes d = {18,
               1,
               0x00,
               0x02,
               0,
               0,
               0,
               64,
               std::uint8_t(s.vendorId & 0xFF),
               std::uint8_t(s.vendorId >> 8),
               std::uint8_t(s.productId & 0xFF),
               std::uint8_t(s.productId >> 8),
               0x00,
               0x01,
               0,
               0,
               0,
               1,
               // configuration 1, one interface, bus powered
               9,
               2,
               std::uint8_t(configLength),
               0,
               1,
               1,
               0,
               0x80,
               50,
               // interface 0
               9,
               4,
               0,
               0,
               std::uint8_t(endpoints),
               s.interfaceClass,
               0,
               0,
               0};
    if (s.interfaceClass == 0x03) // HID descriptor: HID 1.11, one report descriptor
        d.insert(d.end(), {9, 0x21, 0x11, 0x01, 0, 1, 0x22, 64, 0});
    auto endpoint = [&](std::uint8_t address, bool interrupt) {
        d.insert(d.end(),
                 {7,
                  5,
                  address,
                  std::uint8_t(interrupt ? 3 : 2),
                  std::uint8_t(s.maxPacket & 0xFF),
                  std::uint8_t(s.maxPacket >> 8),
                  std::uint8_t(interrupt ? 1 : 0)});
    };
    endpoint(s.inEndpoint, s.inInterrupt);
    if (s.outEndpoint)
        endpoint(s.outEndpoint, s.outInterrupt);

    std::string text = "P: " + device.m_sysfsPath.substr(4) + "\n";
    char line[160];
    std::snprintf(line,
                  sizeof line,
                  "N: bus/usb/%03d/%03d\nE: DEVNAME=/dev/bus/usb/%03d/%03d\n",
                  s.bus,
                  s.address,
                  s.bus,
                  s.address);
    text += line;
    text += "E: DEVTYPE=usb_device\nE: SUBSYSTEM=usb\n";
    std::snprintf(line,
                  sizeof line,
                  "E: BUSNUM=%03d\nE: DEVNUM=%03d\nE: PRODUCT=%x/%x/100\n",
                  s.bus,
                  s.address,
                  s.vendorId,
                  s.productId);
    text += line;
    std::snprintf(line,
                  sizeof line,
                  "A: busnum=%d\\n\nA: devnum=%d\\n\nA: speed=12\\n\nA: bConfigurationValue=1\\n\n",
                  s.bus,
                  s.address);
    text += line;
    text += "H: descriptors=";
    for (std::uint8_t b : d) {
        std::snprintf(line, sizeof line, "%02X", b);
        text += line;
    }
    text += "\n";
    GError* error = nullptr;
    if (!umockdev_testbed_add_from_string(m_testbed, text.c_str(), &error))
        throw std::runtime_error(std::string("umockdev rejected the device: ") + error->message);
}

} // namespace ils::test
