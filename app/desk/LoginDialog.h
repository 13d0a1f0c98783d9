#pragma once

#include "StaffAccounts.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

// Who is at the desk: username and password, Enter to log in. The rules (lock-out after five
// failures, the same answer for an unknown name and a wrong password, which roles may use a
// desk: ils::deskAllows) are core's (StaffAccounts); this dialog only asks and says what they
// answered.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        QString where; // the desk's library, shown as a reminder
        bool training = false;
    };

    LoginDialog(ils::StaffAccounts accounts,
                ils::PasswordVerifier verifier,
                Context context,
                QWidget* parent = nullptr);

    const std::optional<ils::StaffMember>& member() const { return m_member; }
    // Fills the form and logs in, as if typed: for ILS_DESK_AUTOLOGIN.
    void logIn(const QString& username, const QString& password);

protected:
    void changeEvent(QEvent* event) override;

private:
    void attempt();
    QString refusalText(const ils::Refusal& refusal) const;
    void retranslate();

    ils::StaffAccounts m_accounts;
    ils::PasswordVerifier m_verifier;
    Context m_context;
    std::optional<ils::StaffMember> m_member;
    std::optional<ils::Refusal> m_refusal; // the last answer, kept to say it again in another language
    bool m_noAccounts = false;
    QLabel* m_heading;
    QLabel* m_usernameLabel;
    QLabel* m_passwordLabel;
    QLabel* m_hint;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_login;
    QPushButton* m_cancel;
};
