#pragma once

#include <QMainWindow>

struct DeskSession;
class DeskLanguage;
class DeskSync;
namespace ils {
struct SyncStatus;
}
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

// The desk's window: the practice banner, one page at a time (circulation, exceptions report,
// help), menus whose keys work from any widget, and the status bar with the key line, who is
// logged in and the state of replication. Wiring only: each page does its own work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        CirculationPage,
        ExceptionsPage,
        HelpPage,
    };

    MainWindow(DeskSession& session, DeskSync& sync, DeskLanguage& language, QWidget* parent = nullptr);

    Page currentPage() const;
    void showPage(Page page);

signals:
    void logoutRequested();
    void languageRequested(const QString& language);
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    QAction* addPageAction(Page page, const QKeySequence& key);
    void buildMenus();
    void buildStatusBar();
    void retranslate();
    // F11: asks for a sync now and says in the status bar what came of it (syncReport).
    void syncNow();
    void syncReport(const ils::SyncStatus& status);

    DeskSession& m_session;
    DeskSync& m_sync;
    DeskLanguage& m_language;
    bool m_syncReportWanted = false; // F11 was pressed and its outcome is not shown yet
    bool m_syncSeenSyncing = false; // since F11: a success after this is the sync it asked for
    QStackedWidget* m_pages;
    QMenu* m_pageMenu = nullptr;
    QMenu* m_syncMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_accountMenu = nullptr;
    QAction* m_pageActions[3] = {};
    QAction* m_syncNow = nullptr;
    QAction* m_logout = nullptr;
    QAction* m_quit = nullptr;
    QActionGroup* m_languages = nullptr;
    QLabel* m_keyLine = nullptr;
    QLabel* m_staff = nullptr;
};
