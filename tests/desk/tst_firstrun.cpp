// The first-run wizard, driven from the keyboard: a standalone county database with its first
// administrator, an enrolment at a real central (in this process, on 127.0.0.1) that shows its
// stages, and an enrolment that fails (nobody listens) and says so on its page.
#include "EnrolPages.h"
#include "EnrolTask.h"
#include "FirstRunWizard.h"
#include "TestCertificate.h"

#include "Argon2idHasher.h"
#include "CentralServer.h"
#include "CertificateFingerprint.h"
#include "DeskPaths.h"

#include "CentralService.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "RangeStore.h"
#include "ReplicaService.h"
#include "StaffAccounts.h"

#include <QAbstractButton>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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

    static int mode(const QString& path)
    {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
    }

private slots:
    void initTestCase()
    {
        ::umask(022); // the usual umask of a shared PC: the desk must not rely on the caller's
        QStandardPaths::setTestModeEnabled(true);
    }

    // The desk's own folder (node.db, training.db, slips) is its user's alone.
    void dataFolderIsTheOwnersAlone()
    {
        const QString database = DeskPaths::defaultDatabase();
        const QString folder = QFileInfo(database).absolutePath();
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(mode(folder), 0700);
    }

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

    // A real central with a branch and a token for it: the wizard enrols, and its page shows
    // each stage as it comes — connecting, the download with its bytes, building the replica.
    void enrolmentShowsItsStages()
    {
        const TestCertificate certificate = makeTestCertificate(dir.path());
        QVERIFY2(certificate.ok(), qPrintable(certificate.error));
        const QString key = certificate.keyFile;
        const QString cert = certificate.certFile;
        const std::string centralDb = dir.filePath(QStringLiteral("central.db")).toStdString();
        std::string token;
        {
            ils::SystemClock clock;
            ils::LocalStore central(centralDb, clock);
            QVERIFY(central
                        .initialiseCounty({"532622", "砚山县图书馆", ils::LibraryLevel::County, std::nullopt, "532622"},
                                          480)
                        .ok());
            QVERIFY(
                central.libraries()
                    .add({"532622-01", "江那镇分馆", ils::LibraryLevel::Branch, std::string("532622"), std::nullopt})
                    .ok());
            QVERIFY(central.ranges()
                        .importTable("kind\tfirst\tlast\tlibrary\tdescription\n"
                                     "reader\t532622001000001\t532622001999999\t532622-01\tA\n")
                        .ok());
            auto granted = ils::CentralService(central).addNode("532622-01", "front desk");
            QVERIFY(granted.ok());
            token = granted->token;
        }
        ils::ServerOptions options;
        options.dbPath = centralDb;
        options.host = "127.0.0.1";
        options.port = 0;
        options.certFile = cert.toStdString();
        options.keyFile = key.toStdString();
        options.log = [](std::string_view) {};
        ils::CentralServer server(options);
        server.start();

        const QString path = dir.filePath(QStringLiteral("enrolled.db"));
        FirstRunWizard wizard(path, clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        next(wizard); // "connect to the central" is the default
        type(wizard, "central", QStringLiteral("127.0.0.1:%1").arg(server.port()));
        type(wizard, "fingerprint", QString::fromStdString(ils::certificateFileFingerprint(cert.toStdString())));
        // The token enrols a node: masked like a password while it is typed.
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("token"))->echoMode(), QLineEdit::Password);
        type(wizard, "token", QString::fromStdString(token));
        type(wizard, "nodeName", QStringLiteral("front desk"));

        // What the page said at each report, read right after the page has taken it in.
        auto* task = wizard.findChild<EnrolTask*>(QStringLiteral("enrolTask"));
        QVERIFY(task);
        auto* status = wizard.findChild<QLabel*>(QStringLiteral("enrolStatus"));
        auto* bar = wizard.findChild<QProgressBar*>(QStringLiteral("enrolBar"));
        struct Seen
        {
            EnrolTask::Stage stage;
            qint64 received;
            qint64 total;
            QString text;
            int bar;
        };
        std::vector<Seen> seen;
        connect(task, &EnrolTask::progress, this, [&](EnrolTask::Stage stage, qint64 received, qint64 total, int) {
            seen.push_back({stage, received, total, status->text(), bar->value()});
        });
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::EnrolProgress));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 60'000);
        QVERIFY2(status->text().contains(QStringLiteral("532622-01")), qPrintable(status->text()));

        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.front().stage, EnrolTask::Stage::Connecting);
        QVERIFY2(seen.front().text.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())),
                 qPrintable(seen.front().text));
        const auto download = std::find_if(
            seen.rbegin(), seen.rend(), [](const Seen& s) { return s.stage == EnrolTask::Stage::Downloading; });
        QVERIFY(download != seen.rend());
        QVERIFY(download->total > 0);
        QCOMPARE(download->received, download->total); // the last report of the download is its end
        QCOMPARE(download->bar, 1000);
        const QString megabytes = QString::number(double(download->total) / 1e6, 'f', 1);
        QVERIFY2(download->text.contains(megabytes), qPrintable(download->text));
        QCOMPARE(seen.back().stage, EnrolTask::Stage::Building);
        QVERIFY(seen.back().text != download->text);
        for (std::size_t i = 1; i < seen.size(); ++i) // stages only move forward
            QVERIFY(int(seen[i].stage) >= int(seen[i - 1].stage));

        next(wizard);
        QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::Enrolled);
        QCOMPARE(mode(path), 0600); // the replica holds the county's readers
        ils::LocalStore node(path.toStdString(), clock);
        const auto credentials = ils::ReplicaService(node).credentials();
        QVERIFY(credentials);
        QVERIFY(node.libraries().find("532622-01"));
        server.stop();
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
