#pragma once

#include <cstdint>
#include <string>

namespace ils {

// What one `ilsctl sync` run did.
struct [[nodiscard]] SyncSummary
{
    std::int64_t pushed = 0; // entries the central acknowledged in this run
    std::int64_t applied = 0;
    std::int64_t exceptions = 0; // applied with an exceptions-report entry
    std::int64_t rejected = 0;
    std::int64_t pulled = 0; // changes applied from the central's feed
    std::int64_t cursor = 0; // the change number the replica is at now
    std::int64_t backlog = 0; // what is still waiting in the outbox
    std::int64_t requeued = 0; // acknowledged entries sent again to a central restored from a backup
    bool centralRestored = false; // the central's epoch changed: its feed was pulled again from the start
    double seconds = 0;
    std::string error; // empty on success

    bool ok() const { return error.empty(); }
};

} // namespace ils
