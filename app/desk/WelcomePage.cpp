#include "WelcomePage.h"

#include "FirstRunWizard.h"

#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
    , m_enrol(new QRadioButton(this))
    , m_standalone(new QRadioButton(this))
    , m_practice(new QRadioButton(this))
{
    m_enrol->setObjectName(QStringLiteral("modeEnrol"));
    m_standalone->setObjectName(QStringLiteral("modeStandalone"));
    m_practice->setObjectName(QStringLiteral("modePractice"));
    m_intro->setWordWrap(true);
    m_enrol->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_enrol);
    layout->addWidget(m_standalone);
    layout->addWidget(m_practice);
    layout->addStretch();
    retranslate();
}

WelcomePage::Choice WelcomePage::choice() const
{
    if (m_standalone->isChecked())
        return Choice::Standalone;
    if (m_practice->isChecked())
        return Choice::Practice;
    return Choice::Enrol;
}

int WelcomePage::nextId() const
{
    switch (choice()) {
    case Choice::Enrol:
        return FirstRunWizard::Enrol;
    case Choice::Standalone:
        return FirstRunWizard::Standalone;
    case Choice::Practice:
        return FirstRunWizard::Practice;
    }
    return FirstRunWizard::Enrol;
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslate()
{
    setTitle(tr("Welcome"));
    m_intro->setText(tr("This desk has no database yet. How will it be used?"));
    m_enrol->setText(tr("&Connect to the county central (a branch or circulation point)"));
    m_standalone->setText(tr("&Standalone: a new county database on this computer, no central"));
    m_practice->setText(tr("&Practice only: try the desk on demo data, nothing is saved for real"));
}
