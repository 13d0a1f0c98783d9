#pragma once

#include "SyncOptions.h"
#include "SyncTypes.h"

#include <cstdint>
#include <string>

namespace ils {

struct [[nodiscard]] EnrolResult
{
    NodeInfo node; // as the central granted it
    std::int64_t cursor = 0; // the change number the new replica starts after
    std::uint64_t snapshotBytes = 0;
    std::uint64_t compressedBytes = 0;
    double seconds = 0;
    std::string error; // empty on success

    bool ok() const { return error.empty(); }
};

// Makes `dbPath` (which must not exist yet) the replica of a new node: connects to the central
// (pinning `central.fingerprint`), trades the one-time token for lasting credentials, downloads
// the compressed snapshot next to dbPath, installs it and renames it into place. dbPath never
// holds a half-written replica. Should the snapshot download break, it is fetched again with
// the new credentials (a token is used once). Blocks; runs its own event loop.
EnrolResult enrol(const std::string& dbPath,
                  const CentralAddress& central,
                  const std::string& token,
                  const std::string& nodeName,
                  const SyncOptions& options = {});

} // namespace ils
