#include "SyncStatusWidget.h"

#include "PlainText.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

SyncStatusWidget::SyncStatusWidget(DeskSync& sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_state(new QLabel(this))
    , m_backlog(new QLabel(this))
    , m_last(new QLabel(this))
{
    m_state->setObjectName(QStringLiteral("syncState"));
    m_backlog->setObjectName(QStringLiteral("syncBacklog"));
    m_last->setObjectName(QStringLiteral("syncLast"));
    for (QLabel* label : {m_state, m_backlog, m_last})
        PlainText::keep(label);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_backlog);
    layout->addWidget(m_last);
    connect(&m_sync, &DeskSync::statusChanged, this, &SyncStatusWidget::display);
    display(m_sync.status());
}

QString SyncStatusWidget::failure(const QString& code)
{
    if (code == QLatin1String("timeout"))
        return tr("the central cannot be reached (the network is down or the central is not running).");
    if (code == QLatin1String("bad_credentials"))
        return tr("the central does not accept this desk any more; call the central library.");
    if (code == QLatin1String("unsupported_version"))
        return tr("this desk's program is too old or too new for the central; call the central library.");
    if (code == QLatin1String("not_enrolled"))
        return tr("this desk is not enrolled with a central; call the central library.");
    if (code == QLatin1String("no_database"))
        return tr("this desk's database is missing; call the central library.");
    if (code == QLatin1String("shutting_down"))
        return tr("the central is restarting; it is tried again shortly.");
    return tr("the connection to the central broke off; it is tried again shortly.");
}

void SyncStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        display(m_sync.status());
    QWidget::changeEvent(event);
}

void SyncStatusWidget::showState(const QString& text, const char* colour, const QString& tip)
{
    m_state->setText(text);
    m_state->setToolTip(PlainText::toolTip(tip));
    m_state->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; padding: 1px 8px; border-radius: 3px; }").arg(colour));
}

void SyncStatusWidget::display(const ils::SyncStatus& status)
{
    const bool replicating = m_sync.mode() == DeskSync::Mode::Replicating;
    m_backlog->setVisible(replicating);
    m_last->setVisible(replicating);
    if (m_sync.mode() == DeskSync::Mode::Standalone) {
        showState(
            tr("Standalone"), "#6b7280", tr("This desk is not enrolled with a central: nothing is synchronised."));
        return;
    }
    if (m_sync.mode() == DeskSync::Mode::Training) {
        showState(tr("Practice: no sync"), "#c2410c", tr("Practice mode: transactions stay on this computer."));
        return;
    }
    const QString error = status.errorCode.empty() ? QString() : failure(QString::fromStdString(status.errorCode));
    switch (status.state) {
    case ils::SyncStatus::State::Online:
        showState(tr("Online"), "#15803d", tr("Connected to the central and up to date."));
        break;
    case ils::SyncStatus::State::Syncing:
        showState(tr("Syncing"), "#1d4ed8", tr("Sending and receiving changes."));
        break;
    case ils::SyncStatus::State::Connecting:
        showState(tr("Connecting"), "#b45309", tr("Connecting to the central."));
        break;
    case ils::SyncStatus::State::Offline:
        // Said on the bar itself, not only in the tooltip: staff keep working without a network.
        showState(tr("Offline: work is kept on this PC and sent when the network returns"),
                  "#b91c1c",
                  error.isEmpty()
                      ? tr("Not connected. The desk works on; transactions wait on this PC.")
                      : tr("Not connected: %1 The desk works on; transactions wait on this PC.").arg(error));
        break;
    }
    m_backlog->setText(tr("To send: %1").arg(status.backlog));
    m_last->setText(status.lastSuccess ? tr("Last sync: %1")
                                             .arg(QDateTime::fromMSecsSinceEpoch(*status.lastSuccess)
                                                      .toLocalTime()
                                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                       : tr("Last sync: never"));
}
