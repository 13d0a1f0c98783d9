#pragma once

#include <QWizardPage>

class QLabel;

// The last page before practice mode: what it is and which account to log in with.
class PracticePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PracticePage(QWidget* parent = nullptr);

    int nextId() const override { return -1; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_text;
};
