#include "LoginDialog.h"

#include "PlainText.h"

#include "TrainingBanner.h"
#include "TrainingDatabase.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(ils::StaffAccounts accounts, ils::PasswordVerifier verifier, Context context, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_verifier(std::move(verifier))
    , m_context(std::move(context))
    , m_heading(new QLabel(this))
    , m_usernameLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_login(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_heading->setStyleSheet(QStringLiteral("QLabel { font-size: 18px; font-weight: bold; }"));
    m_password->setEchoMode(QLineEdit::Password);
    m_username->setMaxLength(64);
    m_message->setWordWrap(true);
    PlainText::keep(m_message);
    PlainText::keep(m_heading); // names the library
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_login->setDefault(true); // Enter in either field logs in
    m_hint->setVisible(m_context.training);

    auto* form = new QGridLayout;
    form->addWidget(m_usernameLabel, 0, 0);
    form->addWidget(m_username, 0, 1);
    form->addWidget(m_passwordLabel, 1, 0);
    form->addWidget(m_password, 1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_login);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    if (m_context.training)
        layout->addWidget(new TrainingBanner(this));
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_login, &QPushButton::clicked, this, &LoginDialog::attempt);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // A node enrolled a moment ago receives its accounts with the first sync, which runs meanwhile.
    m_noAccounts = m_accounts.list().empty();
    setMinimumWidth(420);
    retranslate();
    m_username->setFocus();
}

void LoginDialog::logIn(const QString& username, const QString& password)
{
    m_username->setText(username);
    m_password->setText(password);
    attempt();
}

void LoginDialog::attempt()
{
    const auto result =
        m_accounts.login(m_username->text().trimmed().toStdString(), m_password->text().toStdString(), m_verifier);
    m_password->clear();
    if (!result) {
        m_refusal = result.refusal();
        m_message->setText(refusalText(*m_refusal));
        m_password->setFocus();
        return;
    }
    if (!ils::deskAllows(result->role, ils::DeskAction::LogIn)) {
        // The password was right (no failure counted), but this account is not for a desk.
        m_refusal = ils::refuse(ils::Reason::NotAuthorised, std::string(ils::toString(result->role)));
        m_message->setText(refusalText(*m_refusal));
        m_username->setFocus();
        m_username->selectAll();
        return;
    }
    m_member = result.value();
    accept();
}

QString LoginDialog::refusalText(const ils::Refusal& refusal) const
{
    switch (refusal.reason) {
    case ils::Reason::StaffLocked: {
        const auto until = m_accounts.lockedUntil(m_username->text().trimmed().toStdString());
        const QString time = until
            ? QDateTime::fromMSecsSinceEpoch(*until).toLocalTime().toString(QStringLiteral("HH:mm"))
            : QStringLiteral("?");
        return tr("Too many failed logins: this account is locked until %1. Ask an administrator if you need it "
                  "sooner.")
            .arg(time);
    }
    case ils::Reason::StaffInactive:
        return tr("This account has been deactivated. Ask an administrator.");
    case ils::Reason::NotAuthorised: // ils::deskAllows said no; the detail is the role
        if (refusal.detail == ils::toString(ils::StaffRole::Kiosk))
            return tr("This is a self-service kiosk's account: it cannot log in to the desk. Log in with your own "
                      "staff account.");
        return tr("This account may not use the circulation desk. Ask an administrator.");
    default:
        return tr("Wrong username or password.");
    }
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(m_context.training ? tr("[PRACTICE] Log in") : tr("Log in"));
    m_heading->setText(m_context.where.isEmpty() ? tr("Log in to the desk")
                                                 : tr("Log in to the desk of %1").arg(m_context.where));
    m_usernameLabel->setText(tr("&Username"));
    m_passwordLabel->setText(tr("&Password"));
    m_hint->setText(
        tr("Practice account: username %1, password %2")
            .arg(QString::fromLatin1(TrainingDatabase::username), QString::fromLatin1(TrainingDatabase::password)));
    m_login->setText(tr("Log in"));
    m_cancel->setText(tr("Cancel"));
    if (m_refusal)
        m_message->setText(refusalText(*m_refusal));
    else if (m_noAccounts)
        m_message->setText(tr("This database has no staff accounts yet. They are added at the central ('ilsctl "
                              "staff add') and arrive with the next sync."));
}
