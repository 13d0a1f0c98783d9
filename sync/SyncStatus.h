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
    std::string lastError; // empty when the last session ended well
};

std::string_view toString(SyncStatus::State state); // "offline", "connecting", "syncing", "online"

} // namespace ils
