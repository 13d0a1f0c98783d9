#include "SimulatedScanner.h"

namespace ils::devices {

SimulatedScanner::SimulatedScanner(std::string description)
    : m_description(std::move(description))
{
}

void SimulatedScanner::setReceiver(Receiver receiver)
{
    std::lock_guard lock(m_mutex);
    m_receiver = std::move(receiver);
}

void SimulatedScanner::setConnected(bool connected)
{
    std::lock_guard lock(m_mutex);
    m_connected = connected;
}

bool SimulatedScanner::connected() const
{
    std::lock_guard lock(m_mutex);
    return m_connected;
}

bool SimulatedScanner::scan(std::string text, Symbology symbology)
{
    Receiver receiver;
    {
        std::lock_guard lock(m_mutex);
        if (!m_connected || !m_receiver)
            return false;
        receiver = m_receiver;
        ++m_delivered;
    }
    // Outside the lock: a receiver may call back into the scanner.
    receiver(Scan {std::move(text), symbology});
    return true;
}

int SimulatedScanner::scanCount() const
{
    std::lock_guard lock(m_mutex);
    return m_delivered;
}

} // namespace ils::devices
