#include "EnrolTask.h"

#include "Enrolment.h"

EnrolTask::EnrolTask(QObject* parent)
    : QObject(parent)
{
}

EnrolTask::~EnrolTask()
{
    if (m_thread.joinable())
        m_thread.join();
}

void EnrolTask::start(std::string dbPath, ils::CentralAddress central, std::string token, std::string nodeName)
{
    if (m_thread.joinable())
        m_thread.join();
    m_done = false;
    m_thread = std::thread([this, dbPath, central, token, nodeName] {
        const auto result = ils::enrol(dbPath, central, token, nodeName);
        const QString error = QString::fromStdString(result.error);
        const QString summary =
            tr("Enrolled as %1 for library %2; replica of %3 MB made in %4 s.")
                .arg(QString::fromStdString(result.node.nodeId), QString::fromStdString(result.node.library))
                .arg(double(result.snapshotBytes) / 1e6, 0, 'f', 1)
                .arg(result.seconds, 0, 'f', 1);
        QMetaObject::invokeMethod(
            this,
            [this, error, summary] {
                m_done = true;
                emit finished(error, summary);
            },
            Qt::QueuedConnection);
    });
}
