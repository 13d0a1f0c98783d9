// ils-central: the county central's replication server, headless. Wiring only: the protocol
// lives in sync/, the rules in core/.
#include "BackupSchedule.h"
#include "Config.h"
#include "Log.h"

#include "Backup.h"
#include "Database.h"

#include "CentralServer.h"
#include "CertificateFingerprint.h"
#include "LocalStore.h"
#include "Settings.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include <sys/stat.h>

namespace {

// Everything that would make the server fail later, checked now with a message that says
// what to do.
std::string checkConfig(const central::Config& config)
{
    if (config.db.empty()) {
        return "no database: give --db PATH or db = PATH in the config file";
    }
    if (!std::filesystem::exists(config.db)) {
        return "no database at " + config.db + ": create it with `ilsctl --db " + config.db + " init` first";
    }
    for (const auto& [path, what] : {std::pair {config.cert, "certificate"}, std::pair {config.key, "key"}}) {
        if (path.empty()) {
            return std::string("no TLS ") + what + ": give --" + (what[0] == 'c' ? "cert" : "key")
                + " FILE or set it in the config file";
        }
        if (!std::ifstream(path)) {
            return std::string("cannot read the TLS ") + what + " file " + path;
        }
    }
    ils::SystemClock clock;
    ils::LocalStore store(config.db, clock);
    if (store.settings().countyCode().empty()) {
        return "the database " + config.db + " belongs to no county: run `ilsctl --db " + config.db
            + " init --county CODE --name NAME` first";
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    // Everything this program creates (databases, snapshots, backups, logs) is its owner's alone.
    ::umask(077);
    const auto parsed = central::parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    if (parsed.help) {
        std::cout << central::usage();
        return 0;
    }
    if (parsed.version) {
        std::cout << "ils-central " << ILS_VERSION << "\n";
        return 0;
    }
    if (!parsed.error.empty()) {
        std::cerr << "ils-central: " << parsed.error << "\n";
        return 2;
    }
    const central::Config& config = parsed.config;
    central::Log log;
    try {
        if (const auto problem = checkConfig(config); !problem.empty()) {
            std::cerr << "ils-central: " << problem << "\n";
            return 1;
        }
        if (!config.log.empty() && !log.openFile(config.log)) {
            std::cerr << "ils-central: cannot append to the log file " << config.log << "\n";
            return 1;
        }
        // Held until exit: `ilsctl restore` refuses to replace the database under a running server.
        std::optional<ils::CentralLock> lock;
        try {
            lock.emplace(config.db);
        } catch (const ils::StoreError& e) {
            std::cerr << "ils-central: " << e.what() << "\n";
            return 1;
        }
        ils::ServerOptions options;
        options.dbPath = config.db;
        options.host = config.host;
        options.port = config.port;
        options.certFile = config.cert;
        options.keyFile = config.key;
        options.threads = config.threads;
        options.readDeadlineSeconds = config.readDeadline;
        options.loginSeconds = config.loginDeadline;
        options.maxConnections = config.maxConnections;
        options.maxConnectionsPerAddress = config.maxConnectionsPerAddress;
        options.stopOnSignals = true;
        options.log = [&log](std::string_view line) { log.write(line); };

        ils::CentralServer server(options);
        server.start();
        const std::string where = config.host + ":" + std::to_string(server.port());
        log.write("listening on " + where + " (database " + config.db + ", certificate fingerprint "
                  + ils::certificateFileFingerprint(config.cert) + ")");
        std::cout << "listening on " << where << std::endl;
        std::optional<central::BackupSchedule> backups;
        if (!config.backupDir.empty()) {
            backups.emplace(config.db, config.backupDir, config.backupEverySeconds, config.backupKeep, options.log);
            backups->start();
        }
        server.wait();
        if (backups) {
            backups->stop();
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "ils-central: " << e.what() << "\n";
        return 1;
    }
}
