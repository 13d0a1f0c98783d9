// The first-run wizard, driven from the keyboard: a standalone county database with its first
// administrator, and an enrolment that fails (nobody listens) and says so on its page.
#include "EnrolPages.h"
#include "FirstRunWizard.h"

#include "Argon2idHasher.h"

#include "LocalStore.h"
#include "StaffAccounts.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    ils::ManualClock clock {*ils::parseUtc("2026-03-02T02:00:00Z")};

    static void type(QWizard& wizard, const char* name, const QString& text)
    {
        auto* field = wizard.findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY2(field, name);
        field->setFocus();
        for (const QChar c : text) // one key at a time: keyClicks asserts on Chinese (Qt 6.4)
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    static void next(QWizard& wizard) { QTest::keyClick(wizard.focusWidget(), Qt::Key_Return); }

private slots:
    void standaloneMakesACountyWithItsAdministrator()
    {
        const QString path = dir.filePath(QStringLiteral("standalone.db"));
        FirstRunWizard wizard(path, clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto* standalone = wizard.findChild<QRadioButton*>(QStringLiteral("modeStandalone"));
        standalone->setFocus();
        QTest::keyClick(standalone, Qt::Key_Space);
        QVERIFY(standalone->isChecked());
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Standalone));

        type(wizard, "libraryCode", QStringLiteral("532622"));
        type(wizard, "libraryName", QStringLiteral("砚山县图书馆"));
        type(wizard, "adminUsername", QStringLiteral("admin"));
        type(wizard, "adminName", QStringLiteral("张馆长"));
        type(wizard, "adminPassword", QStringLiteral("county-admin"));
        type(wizard, "adminPasswordAgain", QStringLiteral("county-admin-typo"));
        next(wizard);
        QVERIFY(wizard.isVisible()); // refused: the passwords differ
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("standaloneMessage"))->text().isEmpty());
        QVERIFY(!QFileInfo::exists(path));

        wizard.findChild<QLineEdit*>(QStringLiteral("adminPasswordAgain"))->clear();
        type(wizard, "adminPasswordAgain", QStringLiteral("county-admin"));
        next(wizard);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::Standalone);

        ils::LocalStore store(path.toStdString(), clock);
        const ils::auth::Argon2idHasher argon2;
        const auto admin = ils::StaffAccounts(store).login("admin", "county-admin", argon2.verifier());
        QVERIFY(admin.ok());
        QVERIFY(admin->role == ils::StaffRole::Administrator);
        QCOMPARE(admin->library, std::string("532622"));
    }

    void practiceNeedsNothingMore()
    {
        FirstRunWizard wizard(dir.filePath(QStringLiteral("practice.db")), clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto* practice = wizard.findChild<QRadioButton*>(QStringLiteral("modePractice"));
        practice->setFocus();
        QTest::keyClick(practice, Qt::Key_Space);
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Practice)); // says which account to use
        next(wizard);
        QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::Practice);
    }

    void aFailedEnrolmentSaysWhyAndLetsYouGoBack()
    {
        const int port = 1; // nothing listens there: the connection is refused at once

        const QString path = dir.filePath(QStringLiteral("node.db"));
        FirstRunWizard wizard(path, clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        next(wizard); // "connect to the central" is the default
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Enrol));
        type(wizard, "central", QStringLiteral("127.0.0.1"));
        type(wizard, "fingerprint", QString(64, QLatin1Char('a')));
        type(wizard, "token", QStringLiteral("token"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Enrol)); // no port: said on the form
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("enrolMessage"))->text().isEmpty());

        type(wizard, "central", QStringLiteral(":%1").arg(port));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::EnrolProgress));
        auto* status = wizard.findChild<QLabel*>(QStringLiteral("enrolStatus"));
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled()); // no way out while it runs
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(wizard.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::BackButton)->isEnabled(), 30'000);
        QVERIFY2(status->text().contains(EnrolProgressPage::tr("Enrolment failed: %1. Go back to check the address, "
                                                               "fingerprint and token, or ask the administrator for a "
                                                               "new token.")
                                             .section(QLatin1String("%1"), 0, 0)),
                 qPrintable(status->text()));
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!QFileInfo::exists(path));
        wizard.back();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Enrol));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
