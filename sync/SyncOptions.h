#pragma once

#include "SyncTypes.h"

#include <optional>
#include <string>

namespace ils {

// How a node's replication client behaves. The defaults suit a branch on a slow line; tests
// shorten the times.
struct SyncOptions
{
    // Where the central is; by default what enrolment stored in the node's database.
    std::optional<CentralAddress> central;

    double readDeadlineSeconds = 30; // every read and write, and the TLS handshake
    double connectDeadlineSeconds = 15;
    double heartbeatSeconds = 15; // a Ping when idle this long
    double syncIntervalSeconds = 60; // a pull at least this often, even with nothing to push
    double backoffInitialSeconds = 0.5; // reconnection: exponential with jitter, from here…
    double backoffMaxSeconds = 60; // …up to here

    int batchSize = 500; // outbox entries per PushBatch
    int batchesInFlight = 4; // sent before waiting for their acknowledgements
    int pullLimit = 1000; // changes asked for per page
    std::string software = "ils"; // told to the central, for its log
};

} // namespace ils
