#pragma once

#include <QWizardPage>

namespace ils {
class Clock;
}

class QLabel;
class QLineEdit;

// A standalone county database: the library's code and name and the first administrator, who
// logs in next and adds the rest (staff, ranges, rules) with ilsctl.
class StandalonePage : public QWizardPage
{
    Q_OBJECT

public:
    StandalonePage(QString dbPath, const ils::Clock& clock, QWidget* parent = nullptr);

    bool validatePage() override; // creates the database
    int nextId() const override { return -1; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QString create();
    void retranslate();

    QString m_dbPath;
    const ils::Clock& m_clock;
    QLabel* m_labels[6];
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_again;
    QLabel* m_message;
};
