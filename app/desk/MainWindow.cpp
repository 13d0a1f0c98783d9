#include "MainWindow.h"

#include "CirculationPage.h"
#include "DeskKeys.h"
#include "DeskLanguage.h"
#include "DeskSession.h"
#include "DeskSync.h"
#include "DeskWords.h"
#include "ExceptionsPage.h"
#include "HelpPage.h"
#include "PlainText.h"
#include "SyncStatusWidget.h"
#include "TrainingBanner.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(DeskSession& session, DeskSync& sync, DeskLanguage& language, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_sync(sync)
    , m_language(language)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->insertWidget(CirculationPage, makeCirculationPage(session, m_pages));
    m_pages->insertWidget(ExceptionsPage, new ::ExceptionsPage(session.store, m_pages));
    m_pages->insertWidget(HelpPage, new ::HelpPage(session, m_pages));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (session.training)
        layout->addWidget(new TrainingBanner(central));
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    retranslate();
    resize(1100, 720);
    showPage(CirculationPage);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    m_pageActions[page]->setChecked(true);
    // The page's own focus proxy decides where typing (and a scanner) goes.
    m_pages->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

QAction* MainWindow::addPageAction(Page page, const QKeySequence& key)
{
    auto* action = new QAction(this);
    action->setShortcut(key);
    action->setCheckable(true);
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    m_pageMenu->addAction(action);
    addAction(action); // live even while the menu bar is hidden or a page has no menu focus
    m_pageActions[page] = action;
    return action;
}

void MainWindow::buildMenus()
{
    // Window-wide shortcuts: they fire whichever widget of the window has the focus.
    m_pageMenu = menuBar()->addMenu(QString());
    auto* pageGroup = new QActionGroup(this);
    pageGroup->addAction(addPageAction(CirculationPage, DeskKeys::circulation()));
    pageGroup->addAction(addPageAction(ExceptionsPage, DeskKeys::exceptions()));
    pageGroup->addAction(addPageAction(HelpPage, DeskKeys::help()));

    m_syncMenu = menuBar()->addMenu(QString());
    m_syncNow = m_syncMenu->addAction(QString(), this, &MainWindow::syncNow);
    m_syncNow->setShortcut(DeskKeys::syncNow());
    addAction(m_syncNow);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current one is.
    for (const auto& [code, name] : {std::pair {QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                     std::pair {QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* action = m_languageMenu->addAction(name, this, [this, code] { emit languageRequested(code); });
        action->setCheckable(true);
        action->setChecked(code == m_language.current());
        action->setData(code);
        m_languages->addAction(action);
    }
    connect(&m_language, &DeskLanguage::changed, this, [this](const QString& current) {
        for (QAction* action : m_languages->actions())
            action->setChecked(action->data().toString() == current);
    });

    m_accountMenu = menuBar()->addMenu(QString());
    m_logout = m_accountMenu->addAction(QString(), this, &MainWindow::logoutRequested);
    m_logout->setShortcut(DeskKeys::logout());
    addAction(m_logout);
    m_quit = m_accountMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(DeskKeys::quit());
    addAction(m_quit);
}

void MainWindow::buildStatusBar()
{
    m_keyLine = new QLabel(this);
    m_keyLine->setObjectName(QStringLiteral("keyLine"));
    m_staff = new QLabel(this);
    m_staff->setObjectName(QStringLiteral("staffLabel"));
    PlainText::keep(m_staff);
    auto* syncStatus = new SyncStatusWidget(m_sync, this);
    connect(&m_sync, &DeskSync::statusChanged, this, &MainWindow::syncReport);
    syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_keyLine, 1);
    statusBar()->addPermanentWidget(m_staff);
    statusBar()->addPermanentWidget(syncStatus);
}

void MainWindow::syncNow()
{
    constexpr int shownFor = 15000; // ms: long enough to read, then the key line again
    if (m_sync.mode() != DeskSync::Mode::Replicating) {
        statusBar()->showMessage(m_sync.mode() == DeskSync::Mode::Training
                                     ? tr("Practice mode: nothing is synchronised.")
                                     : tr("This desk is not enrolled with a central: there is nothing to synchronise."),
                                 shownFor);
        return;
    }
    m_syncReportWanted = true;
    m_syncSeenSyncing = false;
    const ils::SyncStatus& status = m_sync.status();
    // Offline: why the last try failed, at once; the try F11 starts replaces it when it ends.
    if (status.state == ils::SyncStatus::State::Offline && !status.errorCode.empty())
        statusBar()->showMessage(
            tr("Sync failed: %1").arg(SyncStatusWidget::failure(QString::fromStdString(status.errorCode))), shownFor);
    else
        statusBar()->showMessage(tr("Synchronising with the central…"));
    if (m_session.requestSync)
        m_session.requestSync();
}

void MainWindow::syncReport(const ils::SyncStatus& status)
{
    constexpr int shownFor = 15000;
    if (!m_syncReportWanted)
        return;
    using State = ils::SyncStatus::State;
    if (status.state == State::Syncing) {
        m_syncSeenSyncing = true;
    } else if (status.state == State::Online && m_syncSeenSyncing) {
        m_syncReportWanted = false;
        statusBar()->showMessage(tr("Sync done: sent %1, received %2.").arg(status.lastPushed).arg(status.lastPulled),
                                 shownFor);
    } else if (status.state == State::Offline && !status.errorCode.empty()) {
        m_syncReportWanted = false;
        statusBar()->showMessage(
            tr("Sync failed: %1").arg(SyncStatusWidget::failure(QString::fromStdString(status.errorCode))), shownFor);
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    emit closed();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    const QString where = m_session.libraryName.isEmpty() ? m_session.library : m_session.libraryName;
    const QString title = tr("County library desk — %1 — %2").arg(where, m_session.staffName);
    setWindowTitle(m_session.training ? tr("[PRACTICE] %1").arg(title) : title);

    m_pageMenu->setTitle(tr("&Pages"));
    m_pageActions[CirculationPage]->setText(tr("&Circulation"));
    m_pageActions[ExceptionsPage]->setText(tr("&Exceptions report"));
    m_pageActions[HelpPage]->setText(tr("&Help and about"));
    m_syncMenu->setTitle(tr("S&ync")); // Alt+S is the scan field's (扫描(S))
    m_syncNow->setText(tr("Synchronise &now"));
    m_languageMenu->setTitle(tr("&Language"));
    m_accountMenu->setTitle(tr("&Account"));
    m_logout->setText(tr("&Log out"));
    m_quit->setText(tr("&Quit"));

    const auto key = [](const QKeySequence& sequence) { return sequence.toString(QKeySequence::NativeText); };
    m_keyLine->setText(tr("%1 Circulation   %2 Exceptions   %3 Help   %4 Sync now   %5 Log out")
                           .arg(key(DeskKeys::circulation()),
                                key(DeskKeys::exceptions()),
                                key(DeskKeys::help()),
                                key(DeskKeys::syncNow()),
                                key(DeskKeys::logout())));
    m_staff->setText(tr("%1 (%2)").arg(m_session.staffName, DeskWords::role(m_session.role)));
}
