#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

// What kind of desk this is to be: a branch node of the county's network, a standalone county
// database, or just practice.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Choice
    {
        Enrol,
        Standalone,
        Practice,
    };

    explicit WelcomePage(QWidget* parent = nullptr);

    Choice choice() const;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_intro;
    QRadioButton* m_enrol;
    QRadioButton* m_standalone;
    QRadioButton* m_practice;
};
