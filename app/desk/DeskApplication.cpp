#include "DeskApplication.h"

#include "DeskPaths.h"
#include "DeskSession.h"
#include "DeskSync.h"
#include "FirstRunWizard.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "StartupReport.h"
#include "TrainingDatabase.h"
#ifdef ILS_DESK_HAS_CIRCULATION
#include "DeskDeviceWiring.h"
#include "DeskDevices.h"
#include "RfidSimulatorWindow.h"
#endif

#include "LibraryStore.h"
#include "LocalStore.h"
#include "ReplicaService.h"
#include "Settings.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

constexpr const char* languageSetting = "local.desk_language";

} // namespace

DeskApplication::DeskApplication(DeskOptions options, StartupReport& report)
    : m_options(std::move(options))
    , m_report(report)
{
    m_language.set(m_options.language.isEmpty() ? DeskLanguage::defaultLanguage() : m_options.language);
}

DeskApplication::~DeskApplication() = default;

bool DeskApplication::start()
{
    const auto path = prepareDatabase();
    if (!path || !openStore(*path))
        return false;
    const auto member = logIn(autoLoginAllowed());
    if (!member)
        return false;
    openMainWindow(*member);
    return true;
}

void DeskApplication::fail(const QString& message)
{
    m_exitCode = 1;
    QMessageBox box(QMessageBox::Critical, tr("County library desk"), message);
    box.setTextFormat(Qt::PlainText); // may quote a file name or what the central said
    box.exec();
}

std::optional<QString> DeskApplication::prepareDatabase()
{
    const bool given = !m_options.dbPath.isEmpty();
    const QString path = given ? m_options.dbPath : DeskPaths::defaultDatabase();
    bool training = m_options.training;
    if (!training && !QFileInfo::exists(path)) {
        FirstRunWizard wizard(path, m_clock);
        wizard.exec();
        const auto outcome = wizard.outcome();
        if (outcome == FirstRunWizard::Outcome::Cancelled)
            return std::nullopt;
        training = outcome == FirstRunWizard::Outcome::Practice;
    }
    if (!training)
        return path;
    const QString practice = DeskPaths::trainingDatabase(path, given);
    if (!QFileInfo::exists(practice)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            TrainingDatabase::create(practice.toStdString(), m_clock, m_hasher.hasher());
        } catch (const std::exception& error) {
            QApplication::restoreOverrideCursor();
            fail(tr("The practice database %1 could not be made: %2").arg(practice, QString::fromUtf8(error.what())));
            return std::nullopt;
        }
        QApplication::restoreOverrideCursor();
    }
    return practice;
}

bool DeskApplication::openStore(const QString& path)
{
    try {
        m_store = std::make_unique<ils::LocalStore>(path.toStdString(), m_clock);
        m_training = TrainingDatabase::isTraining(*m_store);
        if (m_options.training && !m_training) {
            fail(tr("%1 is not a practice database; practice mode never opens a real one.").arg(path));
            return false;
        }
        const auto stored = m_store->settings().get(languageSetting);
        if (m_options.language.isEmpty() && stored)
            m_language.set(qs(*stored));
        // Started before the login, so that staff accounts made at the central arrive while the
        // desk waits for its first user.
        auto mode = DeskSync::Mode::Standalone;
        if (m_training)
            mode = DeskSync::Mode::Training;
        else if (ils::ReplicaService(*m_store).credentials())
            mode = DeskSync::Mode::Replicating;
        m_sync = std::make_unique<DeskSync>(path.toStdString(), mode);
    } catch (const std::exception& error) {
        fail(tr("The database %1 cannot be opened: %2").arg(path, QString::fromUtf8(error.what())));
        return false;
    }
    return true;
}

bool DeskApplication::autoLoginAllowed() const
{
    // A password in the environment is for benchmarks and demos only: never on a real desk.
    return m_options.autoLogin && (m_training || m_options.bench);
}

std::optional<ils::StaffMember> DeskApplication::logIn(bool automatic)
{
    const std::string node = m_store->settings().get("local.library", "");
    const auto library = node.empty() ? std::nullopt : m_store->libraries().find(node);
    LoginDialog dialog(
        ils::StaffAccounts(*m_store), m_hasher.verifier(), {library ? qs(library->name) : QString(), m_training});
    if (automatic) {
        dialog.logIn(m_options.autoLogin->username, m_options.autoLogin->password);
        if (dialog.member())
            return dialog.member();
    }
    m_report.watch(&dialog, QStringLiteral("login"));
    if (dialog.exec() != QDialog::Accepted || m_report.quitting())
        return std::nullopt;
    return dialog.member();
}

void DeskApplication::openMainWindow(const ils::StaffMember& member)
{
    const std::string node = m_store->settings().get("local.library", "");
    const std::string code = node.empty() ? member.library : node;
    const auto library = m_store->libraries().find(code);
    DeskSync* sync = m_sync.get();
    m_session.reset(new DeskSession {*m_store,
                                     qs(code),
                                     library ? qs(library->name) : qs(code),
                                     qs(member.username),
                                     qs(member.displayName),
                                     member.role,
                                     m_training,
                                     [sync] { sync->requestSync(); }});
    m_store->setOperator(member.username);
    m_window = std::make_unique<MainWindow>(*m_session, *m_sync, m_language);
    connect(m_window.get(), &MainWindow::logoutRequested, this, &DeskApplication::logOut, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::languageRequested, this, &DeskApplication::switchLanguage);
    connect(m_window.get(), &MainWindow::closed, qApp, &QCoreApplication::quit);
    m_report.watch(m_window.get(), QStringLiteral("main"));
    // The desk is the PC's one job, and a township's 1366×768 screen needs all of it. The geometry
    // first: without a window manager (a kiosk session) "maximised" alone changes nothing.
    if (const QScreen* screen = m_window->screen())
        m_window->setGeometry(screen->availableGeometry());
    m_window->showMaximized();
#ifdef ILS_DESK_HAS_CIRCULATION
    if (m_options.simulateDevices) {
        attachSimulatedPad(m_window.get(), *m_store, code);
    } else {
        if (!m_devices) {
            m_devices = new DeskDevices(DeskDevices::configFrom(m_store->settings()), this);
            m_devices->start();
        }
        connectDeskDevices(*m_devices, *m_window);
    }
#endif
}

void DeskApplication::logOut()
{
    // Nothing of the last reader stays on screen while the desk waits for the next person.
    m_window->hide();
    const auto member = logIn(false);
    m_window.reset();
    m_session.reset();
    m_store->setOperator("system");
    if (!member) {
        QCoreApplication::quit();
        return;
    }
    openMainWindow(*member);
}

void DeskApplication::switchLanguage(const QString& language)
{
    if (m_language.set(language))
        m_store->settings().set(languageSetting, language.toStdString());
}
