#include "EnrolTask.h"

#include "Enrolment.h"

#include <chrono>

namespace {

// Chunks arrive far faster than a person reads: the page hears of them this often.
constexpr auto progressInterval = std::chrono::milliseconds(100);

static_assert(int(EnrolTask::Stage::Connecting) == int(ils::EnrolProgress::Stage::Connecting)
              && int(EnrolTask::Stage::Downloading) == int(ils::EnrolProgress::Stage::Downloading)
              && int(EnrolTask::Stage::Building) == int(ils::EnrolProgress::Stage::Building));

} // namespace

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
        auto lastStage = static_cast<ils::EnrolProgress::Stage>(-1);
        auto lastSent = std::chrono::steady_clock::time_point();
        // Runs on this thread; what it sends is queued to the GUI thread.
        const auto forward = [&](const ils::EnrolProgress& p) {
            const auto now = std::chrono::steady_clock::now();
            const bool complete = p.totalBytes > 0 && p.receivedBytes == p.totalBytes;
            if (p.stage == lastStage && !complete && now - lastSent < progressInterval)
                return;
            lastStage = p.stage;
            lastSent = now;
            const auto stage = static_cast<Stage>(p.stage);
            const auto received = static_cast<qint64>(p.receivedBytes);
            const auto total = static_cast<qint64>(p.totalBytes);
            const int attempt = p.attempt;
            QMetaObject::invokeMethod(
                this, [=, this] { emit progress(stage, received, total, attempt); }, Qt::QueuedConnection);
        };
        const auto result = ils::enrol(dbPath, central, token, nodeName, {}, forward);
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
