#include "DeskSync.h"

#include "SyncClient.h"

DeskSync::DeskSync(const std::string& dbPath, Mode mode, QObject* parent)
    : QObject(parent)
    , m_mode(mode)
{
    if (mode != Mode::Replicating)
        return;
    m_client = ils::SyncClient::create(dbPath);
    // Called on the client's own thread: hand the value over to the GUI thread. Queued calls
    // die with `this`, and the destructor joins the client first, so none can outlive us.
    m_client->setListener([this](const ils::SyncStatus& status) {
        QMetaObject::invokeMethod(
            this, [this, status] { report(status); }, Qt::QueuedConnection);
    });
    m_status = m_client->status();
    m_client->start();
}

DeskSync::~DeskSync()
{
    if (m_client)
        m_client->stop();
}

void DeskSync::requestSync()
{
    if (m_client)
        m_client->syncNow();
}

void DeskSync::report(const ils::SyncStatus& status)
{
    m_status = status;
    emit statusChanged(status);
}
