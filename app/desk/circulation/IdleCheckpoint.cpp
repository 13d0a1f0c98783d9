#include "IdleCheckpoint.h"

#include "Database.h"

#include <QDebug>

#include <exception>

IdleCheckpoint::IdleCheckpoint(ils::Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMs);
    connect(&m_quiet, &QTimer::timeout, this, &IdleCheckpoint::checkpoint);
    m_db.exec("PRAGMA wal_autocheckpoint=0");
}

IdleCheckpoint::~IdleCheckpoint()
{
    checkpoint();
    try {
        m_db.exec("PRAGMA wal_autocheckpoint=1000"); // SQLite's default
    } catch (const std::exception& e) {
        qWarning("desk: could not restore automatic checkpoints: %s", e.what());
    }
}

void IdleCheckpoint::transactionDone()
{
    if (++m_pending >= forceAfter) {
        checkpoint();
        return;
    }
    m_quiet.start();
}

void IdleCheckpoint::checkpoint()
{
    m_quiet.stop();
    if (m_pending == 0)
        return;
    m_pending = 0;
    try {
        // Passive: never waits for a reader or writer on another connection (the sync client);
        // what it cannot copy now is copied next time.
        m_db.exec("PRAGMA wal_checkpoint(PASSIVE)");
        ++m_checkpointsRun;
    } catch (const std::exception& e) {
        qWarning("desk: checkpoint failed, will retry after the next transaction: %s", e.what());
    }
}
