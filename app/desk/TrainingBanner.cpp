#include "TrainingBanner.h"

#include <QEvent>

TrainingBanner::TrainingBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("trainingBanner"));
    setAlignment(Qt::AlignCenter);
    setStyleSheet(QStringLiteral("QLabel { background: #ea580c; color: white; font-weight: bold; font-size: 16px; "
                                 "padding: 6px; }"));
    setText(text());
}

QString TrainingBanner::text()
{
    return tr("Practice mode — nothing done here is sent to the central");
}

void TrainingBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setText(text());
    QLabel::changeEvent(event);
}
