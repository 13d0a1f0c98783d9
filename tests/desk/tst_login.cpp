// The login dialog, real widgets on a real database with an Argon2id-hashed account: a wrong
// password, the lock-out after five in a row, and a successful login, all from the keyboard.
#include "DeskFixture.h"

#include "LoginDialog.h"

#include "Argon2idHasher.h"

#include "Database.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestLogin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DeskFixture> fixture;
    std::unique_ptr<LoginDialog> dialog;
    ils::auth::Argon2idHasher argon2;

    QLineEdit* field(const char* name) { return dialog->findChild<QLineEdit*>(QLatin1String(name)); }
    QString message() { return dialog->findChild<QLabel*>(QStringLiteral("loginMessage"))->text(); }

    // Types as a person would and presses Enter in the password field.
    void typeAndEnter(const char* username, const char* password)
    {
        QLineEdit* user = field("username");
        QLineEdit* pass = field("password");
        user->clear();
        user->setFocus();
        QTest::keyClicks(user, QLatin1String(username));
        QTest::keyClick(user, Qt::Key_Tab);
        QVERIFY(pass->hasFocus());
        QTest::keyClicks(pass, QLatin1String(password));
        QTest::keyClick(pass, Qt::Key_Return);
    }

private slots:
    void init()
    {
        fixture = std::make_unique<DeskFixture>();
        dialog = std::make_unique<LoginDialog>(ils::StaffAccounts(fixture->store()),
                                               argon2.verifier(),
                                               LoginDialog::Context {QStringLiteral("江那镇分馆"), false});
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    }

    void cleanup()
    {
        dialog.reset();
        fixture.reset();
    }

    void theFormStartsInTheUsernameField()
    {
        QVERIFY(field("username")->hasFocus());
        QCOMPARE(field("password")->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("loginButton"))->isDefault());
        QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("trainingBanner")));
    }

    void aWrongPasswordSaysSoAndStaysOpen()
    {
        typeAndEnter("wangli", "wrong horse");
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->member());
        QCOMPARE(message(), LoginDialog::tr("Wrong username or password."));
        QVERIFY(field("password")->text().isEmpty());
        QVERIFY(field("password")->hasFocus()); // ready for the next try
        // An unknown name gets exactly the same answer.
        typeAndEnter("nobody", "correct horse");
        QCOMPARE(message(), LoginDialog::tr("Wrong username or password."));
    }

    void fiveFailuresLockTheAccount()
    {
        for (int i = 1; i < ils::StaffAccounts::maxFailures; ++i) {
            typeAndEnter("wangli", "wrong horse");
            QCOMPARE(message(), LoginDialog::tr("Wrong username or password."));
        }
        typeAndEnter("wangli", "wrong horse");
        const QString locked = message();
        const QString until =
            QDateTime::fromMSecsSinceEpoch(fixture->clock().now() + ils::fromSeconds(ils::StaffAccounts::lockSeconds))
                .toLocalTime()
                .toString(QStringLiteral("HH:mm"));
        QVERIFY2(locked.contains(until), qPrintable(locked + " / " + until)); // says until when
        QVERIFY2(locked != LoginDialog::tr("Wrong username or password."), qPrintable(locked));
        // The right password does not get through while the lock lasts.
        typeAndEnter("wangli", "correct horse");
        QVERIFY(!dialog->member());
        QCOMPARE(message(), locked);
        // Fifteen minutes later it does.
        fixture->clock().advanceSeconds(ils::StaffAccounts::lockSeconds);
        typeAndEnter("wangli", "correct horse");
        QVERIFY(dialog->member());
    }

    void theRightPasswordLogsIn()
    {
        typeAndEnter("WangLi", "correct horse");
        QVERIFY(dialog->member());
        QCOMPARE(dialog->member()->username, std::string("wangli"));
        QCOMPARE(dialog->member()->displayName, std::string("王丽"));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
    }

    // A kiosk's account (ils::deskAllows) is refused with the right password, in words, and the
    // refusal counts no failure; a cataloguer may log in (to look readers up).
    void aKioskAccountCannotLogInButACataloguerCan()
    {
        ils::StaffAccounts accounts(fixture->store());
        QVERIFY(accounts
                    .add({"kiosk1", "自助借还机", ils::StaffRole::Kiosk, DeskFixture::library},
                         "kiosk-secret",
                         argon2.hasher())
                    .ok());
        QVERIFY(accounts
                    .add({"liuyun", "刘云", ils::StaffRole::Cataloguer, DeskFixture::library},
                         "catalogue-secret",
                         argon2.hasher())
                    .ok());
        typeAndEnter("kiosk1", "kiosk-secret");
        QVERIFY(!dialog->member());
        QVERIFY(dialog->isVisible());
        QVERIFY2(message().contains(QStringLiteral("kiosk")), qPrintable(message()));
        QVERIFY(message() != LoginDialog::tr("Wrong username or password."));
        QVERIFY(!accounts.lockedUntil("kiosk1"));
        ils::Query failures(fixture->store().db(), "SELECT count(*) FROM staff_lockouts WHERE username = 'kiosk1'");
        QVERIFY(failures.step());
        QCOMPARE(failures.getInt(0), std::int64_t(0));

        typeAndEnter("liuyun", "catalogue-secret");
        QVERIFY(dialog->member());
        QVERIFY(dialog->member()->role == ils::StaffRole::Cataloguer);
    }

    // An unknown name goes through the password check too (timing): the dialog's verifier is
    // asked, with core's marker for "no such account", and the answer is the usual one.
    void anUnknownNameIsCheckedLikeAWrongPassword()
    {
        std::vector<std::string> asked;
        const ils::PasswordVerifier real = argon2.verifier();
        LoginDialog counting(ils::StaffAccounts(fixture->store()),
                             [&](std::string_view hash, std::string_view password) {
                                 asked.emplace_back(hash);
                                 return real(hash, password);
                             },
                             {QString(), false});
        counting.logIn(QStringLiteral("nobody"), QStringLiteral("correct horse"));
        QVERIFY(!counting.member());
        QCOMPARE(asked, std::vector<std::string> {std::string(ils::unknownAccountHash)});
        counting.logIn(QStringLiteral("wangli"), QStringLiteral("wrong horse"));
        QCOMPARE(asked.size(), std::size_t(2));
        QVERIFY(asked.back().starts_with("$argon2id$"));
        QCOMPARE(counting.findChild<QLabel*>(QStringLiteral("loginMessage"))->text(),
                 LoginDialog::tr("Wrong username or password."));
    }

    void practiceModeShowsTheBannerAndTheAccount()
    {
        LoginDialog practice(ils::StaffAccounts(fixture->store()), argon2.verifier(), {QString(), true});
        practice.show();
        auto* banner = practice.findChild<QLabel*>(QStringLiteral("trainingBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(practice.windowTitle() != LoginDialog::tr("Log in"));
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
