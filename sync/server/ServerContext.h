#pragma once

#include "ServerOptions.h"

#include <string>

namespace ils {
class Clock;
}

namespace ils::server {

class StoreWorkers;

// What every session of one server shares.
struct ServerContext
{
    const ServerOptions& options;
    StoreWorkers& writer; // the one thread that writes (apply, authenticate, enrol, contact)
    StoreWorkers& readers; // pulls and snapshots
    const Clock& clock;
    std::function<void(const std::string&)> log;
};

} // namespace ils::server
