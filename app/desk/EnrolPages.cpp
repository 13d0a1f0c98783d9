#include "EnrolPages.h"

#include "EnrolTask.h"
#include "FirstRunWizard.h"
#include "PlainText.h"

#include "CertificateFingerprint.h"
#include "HostPort.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

namespace {

std::optional<std::pair<std::string, std::uint16_t>> hostAndPort(const QString& text)
{
    const auto parsed = ils::parseHostPort(text.toStdString());
    if (!parsed || parsed->port == 0)
        return std::nullopt;
    return std::pair {parsed->host, parsed->port};
}

} // namespace

EnrolPage::EnrolPage(QWidget* parent)
    : QWizardPage(parent)
    , m_address(new QLineEdit(this))
    , m_fingerprint(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    m_address->setObjectName(QStringLiteral("central"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password); // the token enrols a node: not for onlookers or screenshots
    m_name->setObjectName(QStringLiteral("nodeName"));
    m_message->setObjectName(QStringLiteral("enrolMessage"));
    m_message->setWordWrap(true);
    PlainText::keep(m_message);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_address->setPlaceholderText(QStringLiteral("192.168.1.10:7443"));
    auto* form = new QFormLayout;
    QLineEdit* fields[] = {m_address, m_fingerprint, m_token, m_name};
    for (int i = 0; i < 4; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(fields[i]);
        form->addRow(m_labels[i], fields[i]);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    retranslate();
}

std::string EnrolPage::token() const
{
    return m_token->text().trimmed().toStdString();
}

std::string EnrolPage::nodeName() const
{
    return m_name->text().trimmed().toStdString();
}

int EnrolPage::nextId() const
{
    return FirstRunWizard::EnrolProgress;
}

std::optional<QString> EnrolPage::problem()
{
    const auto address = hostAndPort(m_address->text().trimmed());
    if (!address)
        return tr("The central's address must be HOST:PORT, such as 192.168.1.10:7443.");
    const auto fingerprint = ils::normaliseFingerprint(m_fingerprint->text().trimmed().toStdString());
    if (!fingerprint)
        return tr("The fingerprint must be the 64 hex digits of the central's certificate (colons allowed).");
    if (token().empty())
        return tr("Type the one-time token the administrator gave for this desk.");
    m_central = {address->first, address->second, *fingerprint};
    return std::nullopt;
}

bool EnrolPage::validatePage()
{
    const auto message = problem();
    m_message->setText(message.value_or(QString()));
    return !message;
}

void EnrolPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void EnrolPage::retranslate()
{
    setTitle(tr("Connect to the central"));
    setSubTitle(tr("The county's administrator gives these for each desk ('ilsctl node add' at the central)."));
    m_labels[0]->setText(tr("Central &address"));
    m_labels[1]->setText(tr("Certificate &fingerprint"));
    m_labels[2]->setText(tr("One-time &token"));
    m_labels[3]->setText(tr("Name of this &desk"));
}

EnrolProgressPage::EnrolProgressPage(QString dbPath, const EnrolPage& form, QWidget* parent)
    : QWizardPage(parent)
    , m_dbPath(std::move(dbPath))
    , m_form(form)
    , m_task(new EnrolTask(this))
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_task->setObjectName(QStringLiteral("enrolTask"));
    m_status->setObjectName(QStringLiteral("enrolStatus"));
    m_status->setWordWrap(true);
    PlainText::keep(m_status); // may quote the central
    m_bar->setObjectName(QStringLiteral("enrolBar"));
    m_bar->setRange(0, 0); // busy until the central says how big the download is
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addStretch();
    connect(m_task, &EnrolTask::progress, this, &EnrolProgressPage::progressed);
    connect(m_task, &EnrolTask::finished, this, &EnrolProgressPage::finished);
    retranslate();
}

void EnrolProgressPage::initializePage()
{
    m_ok = false;
    m_error.clear();
    m_stage = EnrolTask::Stage::Connecting;
    m_received = m_total = 0;
    m_attempt = 1;
    m_bar->setRange(0, 0);
    m_bar->show();
    // No way out while it runs: enrolment renames the replica into place at its end. (QWizard
    // manages the Back button itself; this option is how to keep it off on a last page.)
    wizard()->setOption(QWizard::DisabledBackButtonOnLastPage, true);
    wizard()->button(QWizard::CancelButton)->setEnabled(false);
    m_task->start(m_dbPath.toStdString(), m_form.central(), m_form.token(), m_form.nodeName());
    retranslate();
}

void EnrolProgressPage::cleanupPage()
{
    m_ok = false;
    wizard()->setOption(QWizard::DisabledBackButtonOnLastPage, false);
}

bool EnrolProgressPage::isComplete() const
{
    return m_ok;
}

bool EnrolProgressPage::busy() const
{
    return m_task->running();
}

void EnrolProgressPage::progressed(EnrolTask::Stage stage, qint64 receivedBytes, qint64 totalBytes, int attempt)
{
    m_stage = stage;
    m_received = receivedBytes;
    m_total = totalBytes;
    m_attempt = attempt;
    if (stage == EnrolTask::Stage::Downloading && totalBytes > 0) {
        m_bar->setRange(0, 1000); // per mille: a snapshot's bytes overflow an int
        m_bar->setValue(static_cast<int>(receivedBytes * 1000 / totalBytes));
    } else {
        m_bar->setRange(0, 0);
    }
    retranslate();
}

void EnrolProgressPage::finished(const QString& error, const QString& summary)
{
    m_ok = error.isEmpty();
    m_error = error;
    m_summary = summary;
    m_bar->hide();
    wizard()->setOption(QWizard::DisabledBackButtonOnLastPage, m_ok);
    wizard()->button(QWizard::CancelButton)->setEnabled(true);
    retranslate();
    emit completeChanged();
}

void EnrolProgressPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void EnrolProgressPage::retranslate()
{
    setTitle(tr("Enrolment"));
    if (m_task->running())
        m_status->setText(runningText());
    else if (m_ok)
        m_status->setText(tr("Done. %1 Press Finish, then log in.").arg(m_summary));
    else if (!m_error.isEmpty())
        m_status->setText(tr("Enrolment failed: %1. Go back to check the address, fingerprint and token, or ask the "
                             "administrator for a new token.")
                              .arg(m_error));
}

QString EnrolProgressPage::runningText() const
{
    const auto megabytes = [](qint64 bytes) { return QString::number(double(bytes) / 1e6, 'f', 1); };
    switch (m_stage) {
    case EnrolTask::Stage::Connecting:
        if (m_attempt > 1)
            return tr("Step 1 of 3: the download broke off; connecting to the central again (attempt %1)…")
                .arg(m_attempt);
        return tr("Step 1 of 3: connecting to the central at %1:%2…")
            .arg(QString::fromStdString(m_form.central().host))
            .arg(m_form.central().port);
    case EnrolTask::Stage::Downloading:
        return tr("Step 2 of 3: downloading the county's data: %1 of %2 MB. This can take a few minutes on a slow "
                  "line.")
            .arg(megabytes(m_received), megabytes(m_total));
    case EnrolTask::Stage::Building:
        return tr("Step 3 of 3: building this desk's database from the download…");
    }
    return {};
}
