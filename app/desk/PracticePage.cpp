#include "PracticePage.h"

#include "TrainingDatabase.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

PracticePage::PracticePage(QWidget* parent)
    : QWizardPage(parent)
    , m_text(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("practiceText"));
    m_text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslate();
}

void PracticePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PracticePage::retranslate()
{
    setTitle(tr("Practice mode"));
    m_text->setText(
        tr("The desk opens on a separate demo database with made-up readers and books, marked in "
           "orange on every screen. Nothing done there is sent to the central. Log in with the "
           "practice account: username %1, password %2. This window comes back at the next start, "
           "until the desk is connected or set up.")
            .arg(QString::fromLatin1(TrainingDatabase::username), QString::fromLatin1(TrainingDatabase::password)));
}
