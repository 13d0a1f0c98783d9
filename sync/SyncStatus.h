#pragma once

#include "Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ils {

// What the desk shows about replication: no Asio, no threads, a plain value.
struct SyncStatus
{
    enum class State
    {
        Offline, // no session; lastError says why (empty: not started yet)
        Connecting,
        Syncing, // pushing or pulling
        Online, // connected and up to date, waiting for work
    };

    State state = State::Offline;
    std::int64_t backlog = 0; // outbox entries not yet acknowledged by the central
    std::optional<Timestamp> lastSuccess; // end of the last complete push + pull
    std::string lastError; // empty when the last session ended well (English, for the log)
    // Why, as a code the desk words in its language: "no_database", "not_enrolled", or the
    // protocol's error code ("timeout": the central did not answer, "bad_credentials"…);
    // "connection_lost" for anything else. Empty with lastError.
    std::string errorCode;
    std::int64_t lastPushed = 0; // entries the central acknowledged in the last push + pull
    std::int64_t lastPulled = 0; // changes applied from the central's feed in the last push + pull
};

std::string_view toString(SyncStatus::State state); // "offline", "connecting", "syncing", "online"

} // namespace ils
