#pragma once

#include "SyncOptions.h"
#include "SyncStatus.h"
#include "SyncSummary.h"

#include <functional>
#include <memory>
#include <string>

namespace ils {

// A node's replication client, for the desk app: runs on its own thread with its own
// connection to the node's database, keeps a session with the central open (push the outbox,
// pull the change feed, heartbeats), reconnects with backoff after any failure, and reports
// its state. Nothing here blocks the caller on the network.
class SyncClient
{
public:
    static std::unique_ptr<SyncClient> create(std::string dbPath, SyncOptions options = {});
    virtual ~SyncClient() = default;

    virtual void start() = 0;
    // Ends the session and joins the thread; safe to call twice.
    virtual void stop() = 0;
    virtual SyncStatus status() const = 0;
    // Push and pull as soon as possible (after a desk transaction, or a button).
    virtual void syncNow() = 0;
    // Called on the client's thread after every change of status; marshal to the GUI thread.
    virtual void setListener(std::function<void(const SyncStatus&)> listener) = 0;
};

// One session: push everything pending, pull everything new, close. For `ilsctl sync`.
SyncSummary syncOnce(const std::string& dbPath, const SyncOptions& options = {});

} // namespace ils
