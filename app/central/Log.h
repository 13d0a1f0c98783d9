#pragma once

#include <fstream>
#include <mutex>
#include <string>
#include <string_view>

namespace central {

// One line per event with a UTC timestamp, to stderr and optionally to a file; any thread.
class Log
{
public:
    // Returns false when the file cannot be opened for appending.
    bool openFile(const std::string& path);
    void write(std::string_view line);

private:
    std::mutex m_mutex;
    std::ofstream m_file;
};

} // namespace central
