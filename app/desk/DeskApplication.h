#pragma once

#include "DeskLanguage.h"
#include "DeskOptions.h"

#include "Argon2idHasher.h"

#include "StaffAccounts.h"
#include "Time.h"

#include <QObject>

#include <memory>
#include <optional>

namespace ils {
class LocalStore;
}
struct DeskSession;
class DeskDevices;
class DeskSync;
class MainWindow;
class StartupReport;

// The desk from start to end: the language, the database (the first-run wizard when there is
// none, the practice database in practice mode), the replication client, the login, and the
// main window with its session, again after each log-out. Wiring only.
class DeskApplication : public QObject
{
    Q_OBJECT

public:
    DeskApplication(DeskOptions options, StartupReport& report);
    ~DeskApplication() override;

    // True when the main window is up: run the event loop. False: end with exitCode().
    bool start();
    int exitCode() const { return m_exitCode; }

    // For tests.
    MainWindow* mainWindow() const { return m_window.get(); }
    DeskLanguage& language() { return m_language; }

private:
    std::optional<QString> prepareDatabase();
    bool openStore(const QString& path);
    bool autoLoginAllowed() const;
    std::optional<ils::StaffMember> logIn(bool automatic);
    void openMainWindow(const ils::StaffMember& member);
    void logOut();
    void switchLanguage(const QString& language);
    void fail(const QString& message);

    DeskOptions m_options;
    StartupReport& m_report;
    DeskLanguage m_language;
    ils::SystemClock m_clock;
    ils::auth::Argon2idHasher m_hasher;
    int m_exitCode = 0;
    bool m_training = false;
    // Destroyed in reverse: the window before its session, the client before the store.
    std::unique_ptr<ils::LocalStore> m_store;
    std::unique_ptr<DeskSync> m_sync;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    // The real scanners and RFID reader: a child, so it outlives every window that uses them.
    DeskDevices* m_devices = nullptr;
};
