#pragma once

#include "SyncOptions.h"
#include "SyncTypes.h"

#include <cstdint>
#include <functional>
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

// How far an enrolment has got, for a person watching it (the desk's first-run wizard).
struct EnrolProgress
{
    enum class Stage
    {
        Connecting, // TLS to the central; `attempt` > 1 when a broken download is fetched again
        Downloading, // the compressed snapshot: `receivedBytes` of `totalBytes` so far
        Building, // installing the snapshot as this node's replica
    };
    Stage stage = Stage::Connecting;
    int attempt = 1;
    std::uint64_t receivedBytes = 0; // compressed, as on the wire
    std::uint64_t totalBytes = 0; // compressed size the central announced; 0 before it has
};
// Called on the enrolment's thread at each stage and after each snapshot chunk; must not block.
using EnrolProgressFunction = std::function<void(const EnrolProgress&)>;

// Makes `dbPath` (which must not exist yet) the replica of a new node: connects to the central
// (pinning `central.fingerprint`), trades the one-time token for lasting credentials, downloads
// the compressed snapshot next to dbPath, installs it and renames it into place. dbPath never
// holds a half-written replica. Should the snapshot download break, it is fetched again with
// the new credentials (a token is used once). Blocks; runs its own event loop; tells `progress`,
// when given, how far it has got.
EnrolResult enrol(const std::string& dbPath,
                  const CentralAddress& central,
                  const std::string& token,
                  const std::string& nodeName,
                  const SyncOptions& options = {},
                  const EnrolProgressFunction& progress = {});

} // namespace ils
