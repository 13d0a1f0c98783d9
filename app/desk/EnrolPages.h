#pragma once

// Qt's headers first: moc cannot parse <compare> (through core's Time.h) before they have
// defined the standard library's macros.
#include <QWizardPage>

#include "EnrolTask.h"
#include "SyncTypes.h"

#include <optional>
#include <string>

class QLabel;
class QLineEdit;
class QProgressBar;

// What the county's administrator gave for this desk: the central's address, its certificate
// fingerprint, the one-time token of `ilsctl node add`, and a name for the desk. Checked for
// form here; the central checks the rest.
class EnrolPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EnrolPage(QWidget* parent = nullptr);

    bool validatePage() override;
    int nextId() const override;
    // Valid after validatePage().
    const ils::CentralAddress& central() const { return m_central; }
    std::string token() const;
    std::string nodeName() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    std::optional<QString> problem();
    void retranslate();

    QLabel* m_labels[4];
    QLineEdit* m_address;
    QLineEdit* m_fingerprint;
    QLineEdit* m_token;
    QLineEdit* m_name;
    QLabel* m_message;
    ils::CentralAddress m_central;
};

// Runs the enrolment and shows how far it has got (step 1 of 3 connecting, 2 downloading with
// the megabytes received, 3 building the database); on failure says why and lets the person go
// back and correct the form.
class EnrolProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    EnrolProgressPage(QString dbPath, const EnrolPage& form, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }
    bool busy() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void progressed(EnrolTask::Stage stage, qint64 receivedBytes, qint64 totalBytes, int attempt);
    void finished(const QString& error, const QString& summary);
    QString runningText() const;
    void retranslate();

    QString m_dbPath;
    const EnrolPage& m_form;
    EnrolTask* m_task;
    QLabel* m_status;
    QProgressBar* m_bar;
    EnrolTask::Stage m_stage = EnrolTask::Stage::Connecting;
    qint64 m_received = 0;
    qint64 m_total = 0;
    int m_attempt = 1;
    bool m_ok = false;
    QString m_error;
    QString m_summary;
};
