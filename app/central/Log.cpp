#include "Log.h"

#include "Time.h"

#include <iostream>

namespace central {

bool Log::openFile(const std::string& path)
{
    m_file.open(path, std::ios::app);
    return m_file.is_open();
}

void Log::write(std::string_view line)
{
    // Whole seconds, as log readers expect; instants in the database keep their milliseconds.
    const std::string stamped =
        ils::formatUtc(ils::fromSeconds(ils::toSeconds(ils::SystemClock().now()))) + " " + std::string(line) + "\n";
    std::lock_guard lock(m_mutex);
    std::cerr << stamped << std::flush;
    if (m_file.is_open()) {
        m_file << stamped << std::flush;
    }
}

} // namespace central
