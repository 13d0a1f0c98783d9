#pragma once

// Qt's headers first: moc cannot parse <compare> (through core's Time.h) before they have
// defined the standard library's macros.
#include <QObject>

#include "SyncStatus.h"

#include <memory>
#include <string>

namespace ils {
class SyncClient;
}

// The desk's side of replication: starts the replication client for an enrolled database and
// never for a standalone or a practice one, and brings its reports to the GUI thread.
class DeskSync : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Standalone, // never enrolled: there is no central to talk to
        Training, // 练习模式: must never talk to a central
        Replicating,
    };

    // Starts the client at once when `mode` is Replicating.
    DeskSync(const std::string& dbPath, Mode mode, QObject* parent = nullptr);
    ~DeskSync() override;

    Mode mode() const { return m_mode; }
    const ils::SyncStatus& status() const { return m_status; }
    // Push and pull as soon as possible; returns at once, does nothing without a client.
    void requestSync();

signals:
    void statusChanged(const ils::SyncStatus& status);

private:
    void report(const ils::SyncStatus& status);

    Mode m_mode;
    ils::SyncStatus m_status;
    std::unique_ptr<ils::SyncClient> m_client;
};
