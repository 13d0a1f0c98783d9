#pragma once

// Qt's headers first: moc cannot parse <compare> (through core's Time.h) before they have
// defined the standard library's macros.
#include <QObject>
#include <QString>

#include "SyncTypes.h"

#include <string>
#include <thread>

// Enrolment (ils::enrol: connect, trade the token, download and install the snapshot) on a
// thread of its own, so the wizard keeps painting; it reports back on the GUI thread.
class EnrolTask : public QObject
{
    Q_OBJECT

public:
    // ils::EnrolProgress::Stage, in a form a queued signal carries.
    enum class Stage
    {
        Connecting,
        Downloading,
        Building,
    };
    Q_ENUM(Stage)

    explicit EnrolTask(QObject* parent = nullptr);
    ~EnrolTask() override; // waits for a running enrolment: it cannot be interrupted halfway

    bool running() const { return m_thread.joinable() && !m_done; }
    void start(std::string dbPath, ils::CentralAddress central, std::string token, std::string nodeName);

signals:
    // At each stage, and during the download at most every 100 ms (and at its end): bytes are
    // the compressed snapshot's, as on the wire; `attempt` > 1 when a broken download is
    // fetched again.
    void progress(EnrolTask::Stage stage, qint64 receivedBytes, qint64 totalBytes, int attempt);
    // `error` empty on success; `summary` says what was made.
    void finished(const QString& error, const QString& summary);

private:
    std::thread m_thread;
    bool m_done = false;
};
