#include "SyncStatus.h"

namespace ils {

std::string_view toString(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::Offline:
        return "offline";
    case SyncStatus::State::Connecting:
        return "connecting";
    case SyncStatus::State::Syncing:
        return "syncing";
    case SyncStatus::State::Online:
        return "online";
    }
    return "offline";
}

} // namespace ils
