#pragma once

#include "barcode/Scan.h"

#include <functional>
#include <mutex>
#include <string>

namespace ils::devices {

// A barcode scanner under program control: scan() hands a Scan to the receiver, as a USB
// scanner's driver does when a code is read. For tests and the demo. Thread-safe: scan() may be
// called from any thread and calls the receiver on that thread.
class SimulatedScanner
{
public:
    using Receiver = std::function<void(const Scan&)>;

    explicit SimulatedScanner(std::string description = "Simulated barcode scanner");

    std::string description() const { return m_description; }
    void setReceiver(Receiver receiver);
    void setConnected(bool connected); // unplugged: scans go nowhere, as with a real one
    bool connected() const;

    // False when nothing received it (unplugged, or no receiver).
    bool scan(std::string text, Symbology symbology = Symbology::Code128);
    int scanCount() const; // scans delivered

private:
    const std::string m_description;
    mutable std::mutex m_mutex;
    Receiver m_receiver;
    bool m_connected = true;
    int m_delivered = 0;
};

} // namespace ils::devices
