#pragma once

#include <QWizard>

namespace ils {
class Clock;
}

class EnrolPage;
class EnrolProgressPage;
class PracticePage;
class StandalonePage;
class WelcomePage;

// The first start of a desk whose database does not exist yet: enrol it with the central (the
// normal case: address, certificate fingerprint and one-time token from the administrator), make
// it a standalone county database, or go to practice mode. Enrolment runs on a worker thread
// with a progress bar; every error is said on the page that can fix it.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        Welcome,
        Enrol,
        EnrolProgress,
        Standalone,
        Practice,
    };
    enum class Outcome
    {
        Cancelled,
        Enrolled,
        Standalone,
        Practice,
    };

    FirstRunWizard(QString dbPath, const ils::Clock& clock, QWidget* parent = nullptr);

    Outcome outcome() const;
    // Escape and the window's close button cancel, except while enrolment runs: it cannot be
    // interrupted halfway.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    WelcomePage* m_welcome;
    EnrolPage* m_enrol;
    EnrolProgressPage* m_progress;
    StandalonePage* m_standalone;
    PracticePage* m_practice;
};
