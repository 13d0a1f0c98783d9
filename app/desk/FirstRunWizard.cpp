#include "FirstRunWizard.h"

#include "EnrolPages.h"
#include "PracticePage.h"
#include "StandalonePage.h"
#include "WelcomePage.h"

#include <QEvent>

FirstRunWizard::FirstRunWizard(QString dbPath, const ils::Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_welcome(new WelcomePage(this))
    , m_enrol(new EnrolPage(this))
    , m_progress(new EnrolProgressPage(dbPath, *m_enrol, this))
    , m_standalone(new StandalonePage(dbPath, clock, this))
    , m_practice(new PracticePage(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ClassicStyle); // the same look on every desktop, and no mouse-only links
    setPage(Welcome, m_welcome);
    setPage(Enrol, m_enrol);
    setPage(EnrolProgress, m_progress);
    setPage(Standalone, m_standalone);
    setPage(Practice, m_practice);
    setStartId(Welcome);
    setOption(QWizard::NoBackButtonOnLastPage);
    retranslate();
}

FirstRunWizard::Outcome FirstRunWizard::outcome() const
{
    if (result() != QDialog::Accepted)
        return Outcome::Cancelled;
    switch (m_welcome->choice()) {
    case WelcomePage::Choice::Enrol:
        return Outcome::Enrolled;
    case WelcomePage::Choice::Standalone:
        return Outcome::Standalone;
    case WelcomePage::Choice::Practice:
        return Outcome::Practice;
    }
    return Outcome::Cancelled;
}

void FirstRunWizard::reject()
{
    if (!m_progress->busy())
        QWizard::reject();
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("First start of the desk"));
    // Named here rather than left to Qt's own translations, which a desk PC may lack.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}
