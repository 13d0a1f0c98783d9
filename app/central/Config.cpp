#include "Config.h"

#include "HostPort.h"

#include <charconv>
#include <fstream>
#include <map>

namespace central {

namespace {

std::string trim(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

template<typename Number>
bool parseNumber(const std::string& text, Number& out)
{
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

// "90s", "30m", "6h", "1d" (a bare number is hours).
bool parseInterval(const std::string& text, std::int64_t& seconds)
{
    if (text.empty()) {
        return false;
    }
    std::int64_t unit = 3600;
    std::string number = text;
    switch (text.back()) {
    case 's':
        unit = 1;
        break;
    case 'm':
        unit = 60;
        break;
    case 'h':
        unit = 3600;
        break;
    case 'd':
        unit = 86400;
        break;
    default:
        number.push_back('h');
    }
    number.pop_back();
    std::int64_t count = 0;
    if (!parseNumber(number, count) || count < 1 || count > 366 * 86400 / unit) {
        return false;
    }
    seconds = count * unit;
    return true;
}

// Applies one setting; returns the error, if any.
std::string apply(Config& config, const std::string& key, const std::string& value)
{
    if (key == "db") {
        config.db = value;
    } else if (key == "listen") {
        const auto listen = ils::parseHostPort(value);
        if (!listen) {
            return "listen must be HOST:PORT (e.g. 0.0.0.0:7443), not \"" + value + "\"";
        }
        config.host = listen->host;
        config.port = listen->port;
    } else if (key == "cert") {
        config.cert = value;
    } else if (key == "key") {
        config.key = value;
    } else if (key == "log") {
        config.log = value;
    } else if (key == "threads") {
        if (!parseNumber(value, config.threads) || config.threads < 1 || config.threads > 64) {
            return "threads must be a number from 1 to 64, not \"" + value + "\"";
        }
    } else if (key == "read_deadline") {
        if (!parseNumber(value, config.readDeadline) || config.readDeadline <= 0) {
            return "read_deadline must be a positive number of seconds, not \"" + value + "\"";
        }
    } else if (key == "login_deadline") {
        if (!parseNumber(value, config.loginDeadline) || config.loginDeadline <= 0) {
            return "login_deadline must be a positive number of seconds, not \"" + value + "\"";
        }
    } else if (key == "max_connections") {
        if (!parseNumber(value, config.maxConnections) || config.maxConnections < 1) {
            return "max_connections must be a positive number, not \"" + value + "\"";
        }
    } else if (key == "max_connections_per_address") {
        if (!parseNumber(value, config.maxConnectionsPerAddress) || config.maxConnectionsPerAddress < 1) {
            return "max_connections_per_address must be a positive number, not \"" + value + "\"";
        }
    } else if (key == "backup_dir") {
        config.backupDir = value;
    } else if (key == "backup_every") {
        if (!parseInterval(value, config.backupEverySeconds)) {
            return "backup_every must be a time like 30m, 6h or 1d (at most a year), not \"" + value + "\"";
        }
    } else if (key == "backup_keep") {
        if (!parseNumber(value, config.backupKeep) || config.backupKeep < 1 || config.backupKeep > 1000) {
            return "backup_keep must be a number from 1 to 1000, not \"" + value + "\"";
        }
    } else {
        return "unknown setting \"" + key
            + "\" (known: listen, cert, key, db, log, threads, read_deadline, login_deadline, max_connections, "
              "max_connections_per_address, backup_dir, backup_every, backup_keep)";
    }
    return {};
}

std::string loadFile(Config& config, const std::string& path)
{
    std::ifstream in(path);
    if (!in) {
        return "cannot read the config file " + path;
    }
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        line = trim(line);
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const auto equals = line.find('=');
        if (equals == std::string::npos) {
            return path + ":" + std::to_string(number) + ": expected key = value, got \"" + line + "\"";
        }
        const std::string error = apply(config, trim(line.substr(0, equals)), trim(line.substr(equals + 1)));
        if (!error.empty()) {
            return path + ":" + std::to_string(number) + ": " + error;
        }
    }
    return {};
}

} // namespace

ParsedCommandLine parseCommandLine(const std::vector<std::string>& arguments)
{
    static const std::map<std::string, std::string> flags {{"--db", "db"},
                                                           {"--listen", "listen"},
                                                           {"--cert", "cert"},
                                                           {"--key", "key"},
                                                           {"--log", "log"},
                                                           {"--threads", "threads"},
                                                           {"--read-deadline", "read_deadline"},
                                                           {"--backup-dir", "backup_dir"},
                                                           {"--backup-every", "backup_every"},
                                                           {"--backup-keep", "backup_keep"}};
    ParsedCommandLine parsed;
    // The config file first, wherever --config stands, so that every flag overrides it.
    std::vector<std::pair<std::string, std::string>> settings;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == "--help" || argument == "-h") {
            parsed.help = true;
            return parsed;
        }
        if (argument == "--version") {
            parsed.version = true;
            return parsed;
        }
        const bool isConfig = argument == "--config";
        const auto flag = flags.find(argument);
        if (!isConfig && flag == flags.end()) {
            parsed.error = "unknown argument \"" + argument + "\" (see --help)";
            return parsed;
        }
        if (i + 1 >= arguments.size()) {
            parsed.error = argument + " needs a value";
            return parsed;
        }
        const std::string& value = arguments[++i];
        if (isConfig) {
            parsed.error = loadFile(parsed.config, value);
            if (!parsed.error.empty()) {
                return parsed;
            }
        } else {
            settings.emplace_back(flag->second, value);
        }
    }
    for (const auto& [key, value] : settings) {
        parsed.error = apply(parsed.config, key, value);
        if (!parsed.error.empty()) {
            parsed.error = "--" + key + ": " + parsed.error;
            return parsed;
        }
    }
    return parsed;
}

std::string usage()
{
    return R"(Usage: ils-central [--config FILE] [--db PATH] [--listen HOST:PORT] [--cert FILE] [--key FILE]
                   [--log FILE] [--threads N] [--read-deadline SECONDS]
                   [--backup-dir DIR] [--backup-every INTERVAL] [--backup-keep N]

The county central's replication server: branch nodes push their transactions to it and pull
the county's changes from it, over TLS.

  --config FILE          settings as `key = value` lines (# starts a comment):
                         listen, cert, key, db, log, threads, read_deadline,
                         login_deadline (seconds from connecting to the Hello, default 10),
                         max_connections (default 1000), max_connections_per_address
                         (per IP address, default 64), backup_dir, backup_every, backup_keep
  --db PATH              the central's database (create it with `ilsctl --db PATH init` first)
  --listen HOST:PORT     where to accept nodes (default 0.0.0.0:7443; port 0 picks a free one)
  --cert FILE            the TLS certificate chain (PEM); nodes pin its SHA-256 fingerprint
  --key FILE             the TLS private key (PEM)
  --log FILE             append the log to FILE as well as stderr
  --threads N            network threads (default 2)
  --read-deadline SECONDS  how long a frame (from its first byte) or a write may take (default 30)
  --backup-dir DIR       write a backup of the database into DIR on a schedule (central-*.db,
                         0600), while nodes go on syncing; none when not given
  --backup-every INTERVAL  how often: 30m, 6h, 1d (default 1d); the first is due one interval
                         after the newest backup in DIR
  --backup-keep N        keep the newest N backups in DIR, delete older ones (default 7)
  --help                 this text

Flags override the config file. SIGTERM or SIGINT shuts the server down cleanly: it stops
accepting, closes the sessions and lets the transaction in progress commit. While it runs, the
server holds DB.lock, so that `ilsctl restore` refuses to replace its database.
)";
}

} // namespace central
