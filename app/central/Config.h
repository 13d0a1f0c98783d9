#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace central {

// What ils-central runs with: a config file of `key = value` lines, then the command line
// over it.
struct Config
{
    std::string db;
    std::string host = "0.0.0.0";
    std::uint16_t port = 7443;
    std::string cert;
    std::string key;
    std::string log; // a file to append the log to, besides stderr
    int threads = 2;
    double readDeadline = 30; // seconds
    double loginDeadline = 10; // seconds from the connection to the Hello
    int maxConnections = 1000;
    int maxConnectionsPerAddress = 64;
    // Scheduled backups (docs/SYNC.md, "Backup and restore"): none while backupDir is empty.
    std::string backupDir;
    std::int64_t backupEverySeconds = 24 * 3600;
    int backupKeep = 7; // the newest backups kept in backupDir; older ones are deleted
};

struct [[nodiscard]] ParsedCommandLine
{
    Config config;
    bool help = false;
    bool version = false;
    std::string error; // empty when the arguments are usable
};

ParsedCommandLine parseCommandLine(const std::vector<std::string>& arguments);
std::string usage();

} // namespace central
