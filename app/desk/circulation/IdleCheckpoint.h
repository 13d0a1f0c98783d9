#pragma once

#include <QObject>
#include <QTimer>

namespace ils {
class Database;
}

// Moves SQLite's write-ahead-log checkpoints off the scan. SQLite checkpoints inside whichever
// commit takes the log past 1000 pages; with synchronous=FULL that commit writes the pages back
// and syncs the database file, ~10 ms here, once in ~70 checkouts: the desk's slowest scans
// (docs/PERFORMANCE.md). A desk is idle most of the time, so it checkpoints then instead:
// automatic checkpoints off on this connection, a passive checkpoint after a quiet second, and
// one at once if the desk never rests for `forceAfter` transactions, so the log stays bounded.
// Durability is unchanged: a commit is durable in the log whether or not it was checkpointed.
class IdleCheckpoint : public QObject
{
    Q_OBJECT

public:
    explicit IdleCheckpoint(ils::Database& db, QObject* parent = nullptr);
    ~IdleCheckpoint() override; // checkpoints, and gives the connection its automatic ones back

    void transactionDone();
    int checkpointsRun() const { return m_checkpointsRun; } // for tests: the quiet timer fired and ran one

    static constexpr int quietMs = 1000;
    static constexpr int forceAfter = 400;

private:
    void checkpoint();

    ils::Database& m_db;
    QTimer m_quiet;
    int m_pending = 0;
    int m_checkpointsRun = 0;
};
