// The desk's main window, real widgets on real databases: practice mode marked on every page,
// the function keys from whichever widget has the focus, the sync state of a standalone desk,
// the exceptions report, and switching the language at run time.
#include "DeskFixture.h"

#include "DeskApplication.h"
#include "DeskKeys.h"
#include "DeskLanguage.h"
#include "DeskSession.h"
#include "DeskSync.h"
#include "DeskWords.h"
#include "ExceptionsModel.h"
#include "MainWindow.h"
#include "StartupReport.h"
#include "SyncStatusWidget.h"
#include "TrainingBanner.h"
#include "TrainingDatabase.h"

#include "LocalStore.h"
#include "Settings.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

namespace {

int keyOf(const QKeySequence& sequence)
{
    return sequence[0].key();
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DeskFixture> fixture;
    std::unique_ptr<DeskLanguage> language;
    std::unique_ptr<DeskSync> sync;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<MainWindow> window;

    // A main window on the fixture's (standalone) database, as after a login.
    void openWindow(DeskSync::Mode mode = DeskSync::Mode::Standalone)
    {
        language = std::make_unique<DeskLanguage>();
        QVERIFY(language->set(QStringLiteral("zh_CN")));
        sync = std::make_unique<DeskSync>(fixture->path(), mode);
        session.reset(new DeskSession {fixture->store(),
                                       QStringLiteral("532622-01"),
                                       QStringLiteral("江那镇分馆"),
                                       QStringLiteral("wangli"),
                                       QStringLiteral("王丽"),
                                       ils::StaffRole::Circulation,
                                       false,
                                       [] {}});
        window = std::make_unique<MainWindow>(*session, *sync, *language);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }

    static QStackedWidget* pages(QWidget* window)
    {
        return window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    }

    static void press(const QKeySequence& key)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key(keyOf(key)), sequenceModifiers(key));
    }

    static Qt::KeyboardModifiers sequenceModifiers(const QKeySequence& key) { return key[0].keyboardModifiers(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { fixture = std::make_unique<DeskFixture>(); }

    void cleanup()
    {
        window.reset();
        session.reset();
        sync.reset();
        language.reset();
        fixture.reset();
    }

    void functionKeysWorkFromAnyFocusedWidget()
    {
        openWindow();
        QStackedWidget* stack = pages(window.get());
        const std::pair<QKeySequence, MainWindow::Page> keys[] = {
            {DeskKeys::exceptions(), MainWindow::ExceptionsPage},
            {DeskKeys::help(), MainWindow::HelpPage},
            {DeskKeys::circulation(), MainWindow::CirculationPage},
        };
        // Every widget that can hold the focus, on every page: the keys must work from each.
        for (int page = 0; page < stack->count(); ++page) {
            window->showPage(MainWindow::Page(page));
            const auto widgets = stack->widget(page)->findChildren<QWidget*>();
            int tried = 0;
            for (QWidget* widget : widgets) {
                if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible() || !widget->isEnabled())
                    continue;
                for (const auto& [key, expected] : keys) {
                    window->showPage(MainWindow::Page(page));
                    widget->setFocus(Qt::OtherFocusReason);
                    if (!widget->hasFocus())
                        continue; // a widget that passes the focus on to another is tried as that one
                    press(key);
                    QVERIFY2(
                        window->currentPage() == expected,
                        qPrintable(QStringLiteral("%1 from %2 (%3) on page %4")
                                       .arg(key.toString(), widget->objectName(), widget->metaObject()->className())
                                       .arg(page)));
                    ++tried;
                }
            }
            // A page where no widget took the focus (a window that is not active) tested nothing.
            QVERIFY2(tried > 0, qPrintable(QStringLiteral("no widget on page %1 took the focus").arg(page)));
            qInfo("page %d: keys tried from %d focused widgets", page, tried / 3);
        }
    }

    void theKeyLineShowsTheKeys()
    {
        openWindow();
        const QString line = window->findChild<QLabel*>(QStringLiteral("keyLine"))->text();
        for (const auto& key : {DeskKeys::circulation(), DeskKeys::exceptions(), DeskKeys::help(), DeskKeys::syncNow()})
            QVERIFY2(line.contains(key.toString(QKeySequence::NativeText)), qPrintable(line));
    }

    void aStandaloneDeskSaysSo()
    {
        openWindow();
        auto* state = window->findChild<QLabel*>(QStringLiteral("syncState"));
        QVERIFY(state);
        QCOMPARE(state->text(), SyncStatusWidget::tr("Standalone"));
        QVERIFY(!window->findChild<QLabel*>(QStringLiteral("syncBacklog"))->isVisible());
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("trainingBanner")));
        QVERIFY(!window->windowTitle().contains(MainWindow::tr("[PRACTICE] %1").arg(QString())));
    }

    void theExceptionsPageListsTheReport()
    {
        fixture->addException("checkout", "reader_blocked", "reader 532622001000001 is blocked");
        fixture->addException("checkin", "item_lent_twice", "copy 2622010000000001 was on loan twice");
        openWindow();
        press(DeskKeys::exceptions());
        QCOMPARE(window->currentPage(), MainWindow::ExceptionsPage);
        auto* table = window->findChild<QTableView*>(QStringLiteral("exceptionsTable"));
        QVERIFY(table && table->isVisible());
        QAbstractItemModel* model = table->model();
        QCOMPARE(model->rowCount(), 2);
        // Newest first, in words, with the engine's detail beside them.
        QCOMPARE(model->index(0, ExceptionsModel::Reason).data().toString(),
                 DeskWords::tr("The same copy was lent twice while offline."));
        QCOMPARE(model->index(1, ExceptionsModel::Detail).data().toString(),
                 QStringLiteral("reader 532622001000001 is blocked"));
        QCOMPARE(model->index(1, ExceptionsModel::Library).data().toString(), QStringLiteral("江那镇分馆"));
        QCOMPARE(model->index(1, ExceptionsModel::Operation).data().toString(), DeskWords::tr("Checkout"));

        // Read again each time the page is shown.
        fixture->addException("renew", "holds_waiting", "a hold is waiting");
        press(DeskKeys::circulation());
        press(DeskKeys::exceptions());
        QCOMPARE(model->rowCount(), 3);
    }

    void practiceModeIsMarkedOnEveryPage()
    {
        fixture->close();
        DeskOptions options;
        options.dbPath = fixture->dir() + QStringLiteral("/node.db");
        options.training = true;
        options.autoLogin = DeskOptions::Credentials {QString::fromLatin1(TrainingDatabase::username),
                                                      QString::fromLatin1(TrainingDatabase::password)};
        QElapsedTimer timer;
        timer.start();
        StartupReport report(timer, false, QString());
        DeskApplication desk(options, report);
        QVERIFY(desk.start()); // makes the practice database, logs in with the practice account
        qInfo("practice database made and desk started in %lld ms", timer.elapsed());
        MainWindow* main = desk.mainWindow();
        QVERIFY(main);
        QVERIFY(QTest::qWaitForWindowExposed(main));
        QVERIFY(QFileInfo::exists(options.dbPath + QStringLiteral(".training.db")));

        auto* banner = main->findChild<QLabel*>(QStringLiteral("trainingBanner"));
        QVERIFY(banner);
        for (const auto page : {MainWindow::CirculationPage, MainWindow::ExceptionsPage, MainWindow::HelpPage}) {
            main->showPage(page);
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->text(), TrainingBanner::text());
            QVERIFY(main->windowTitle().startsWith(MainWindow::tr("[PRACTICE] %1").arg(QString())));
        }
        QCOMPARE(main->findChild<QLabel*>(QStringLiteral("syncState"))->text(),
                 SyncStatusWidget::tr("Practice: no sync"));
        // F11 in practice says why nothing happens.
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : main, Qt::Key_F11);
        QCOMPARE(main->statusBar()->currentMessage(), MainWindow::tr("Practice mode: nothing is synchronised."));
    }

    void theLanguageSwitchesAtRunTime()
    {
        fixture->close();
        DeskOptions options;
        options.dbPath = fixture->dir() + QStringLiteral("/node.db");
        options.training = true;
        options.autoLogin = DeskOptions::Credentials {QString::fromLatin1(TrainingDatabase::username),
                                                      QString::fromLatin1(TrainingDatabase::password)};
        QElapsedTimer timer;
        timer.start();
        StartupReport report(timer, false, QString());
        DeskApplication desk(options, report);
        QVERIFY(desk.start());
        MainWindow* main = desk.mainWindow();
        QCOMPARE(desk.language().current(), QStringLiteral("zh_CN"));
        const QString chineseTitle = main->windowTitle();
        const QString chineseBanner = main->findChild<QLabel*>(QStringLiteral("trainingBanner"))->text();
        QCOMPARE(chineseTitle, QStringLiteral("【练习模式】县图书馆借还台 — 江那镇分馆 — 练习账号"));
        QCOMPARE(chineseBanner, QStringLiteral("练习模式 — 业务不会上传"));

        // Through the menu, as a person would.
        QAction* english = nullptr;
        for (QAction* action : main->findChildren<QAction*>())
            if (action->data().toString() == QLatin1String("en"))
                english = action;
        QVERIFY(english);
        english->trigger();
        QCOMPARE(desk.language().current(), QStringLiteral("en"));
        // Qt delivers LanguageChange to the widgets through the event loop.
        QTRY_COMPARE(main->windowTitle(), QStringLiteral("[PRACTICE] County library desk — 江那镇分馆 — 练习账号"));
        QTRY_COMPARE(main->findChild<QLabel*>(QStringLiteral("trainingBanner"))->text(),
                     QStringLiteral("Practice mode — nothing done here is sent to the central"));
        QVERIFY(chineseBanner != main->findChild<QLabel*>(QStringLiteral("trainingBanner"))->text());

        // Remembered by the database for the next start.
        ils::ManualClock clock(0);
        ils::LocalStore practice((options.dbPath + QStringLiteral(".training.db")).toStdString(), clock);
        QCOMPARE(practice.settings().get("local.desk_language"), std::optional<std::string>("en"));

        QVERIFY(desk.language().set(QStringLiteral("zh_CN")));
        QTRY_COMPARE(main->windowTitle(), chineseTitle);
    }

    // Alt and a letter reach one thing only: no menu shares its letter with a field's label.
    void everyMnemonicIsItsOwn()
    {
        openWindow();
        QStringList owners;
        QMap<QString, QString> byKey;
        const auto claim = [&](const QString& text) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                return;
            const QString name = key.toString();
            QVERIFY2(!byKey.contains(name), qPrintable(QStringLiteral("%1: %2 and %3").arg(name, byKey[name], text)));
            byKey[name] = text;
        };
        for (QAction* menu : window->menuBar()->actions())
            claim(menu->text());
        for (QLabel* label : window->findChildren<QLabel*>())
            if (label->buddy() && label->isVisible())
                claim(label->text());
        QVERIFY(byKey.size() >= 4);
    }

    // F11 says what came of it, in Chinese: here the reason it failed (this database was never
    // enrolled), then, for a sync that went through, how much went each way.
    void syncNowSaysWhatHappened()
    {
        openWindow(DeskSync::Mode::Replicating);
        QTRY_COMPARE(sync->status().errorCode, std::string("not_enrolled"));
        press(DeskKeys::syncNow());
        const QString failed = MainWindow::tr("Sync failed: %1").arg(SyncStatusWidget::failure("not_enrolled"));
        QTRY_COMPARE(window->statusBar()->currentMessage(), failed);
        QVERIFY(failed.contains(QStringLiteral("同步失败")));

        press(DeskKeys::syncNow());
        ils::SyncStatus status;
        status.state = ils::SyncStatus::State::Syncing;
        emit sync->statusChanged(status);
        status.state = ils::SyncStatus::State::Online;
        status.lastPushed = 3;
        status.lastPulled = 12;
        emit sync->statusChanged(status);
        QCOMPARE(window->statusBar()->currentMessage(),
                 MainWindow::tr("Sync done: sent %1, received %2.").arg(3).arg(12));

        // Offline: the bar itself says the work is kept here.
        status.state = ils::SyncStatus::State::Offline;
        status.errorCode = "timeout";
        emit sync->statusChanged(status);
        const QString state = window->findChild<QLabel*>(QStringLiteral("syncState"))->text();
        QVERIFY2(state.contains(QStringLiteral("本机")), qPrintable(state));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
