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
    explicit EnrolTask(QObject* parent = nullptr);
    ~EnrolTask() override; // waits for a running enrolment: it cannot be interrupted halfway

    bool running() const { return m_thread.joinable() && !m_done; }
    void start(std::string dbPath, ils::CentralAddress central, std::string token, std::string nodeName);

signals:
    // `error` empty on success; `summary` says what was made.
    void finished(const QString& error, const QString& summary);

private:
    std::thread m_thread;
    bool m_done = false;
};
