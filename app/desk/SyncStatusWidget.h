#pragma once

#include "DeskSync.h"

#include <QWidget>

class QLabel;

// The status bar's view of replication: the state in colour (online, syncing, connecting,
// offline, or standalone / practice when there is no replication at all), the backlog of
// transactions not yet at the central, and the time of the last complete sync, in local time.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(DeskSync& sync, QWidget* parent = nullptr);
    // Why a sync failed, in words, from ils::SyncStatus::errorCode.
    static QString failure(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void display(const ils::SyncStatus& status);
    void showState(const QString& text, const char* colour, const QString& tip);

    DeskSync& m_sync;
    QLabel* m_state;
    QLabel* m_backlog;
    QLabel* m_last;
};
