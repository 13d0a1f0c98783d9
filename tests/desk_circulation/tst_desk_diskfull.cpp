// The desk on a full disk: the librarian is told in plain words (磁盘已满…), nothing saved before
// is lost, and the desk carries on once there is space (tests/support/SmallDisk.h says which kind
// of full disk the run used).
#include "CirculationController.h"
#include "DeskCounty.h"
#include "RefusalText.h"
#include "SmallDisk.h"

#include "Database.h"
#include "LocalStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace ils;

namespace {

std::int64_t readerCount(Database& db)
{
    Query q(db, "SELECT count(*) FROM readers");
    return q.step() ? q.getInt(0) : -1;
}

} // namespace

class TestDeskDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskIsToldAndNothingIsLost()
    {
        DeskCounty county;
        const auto card = county.addReader(DeskCounty::branchA, "李明");
        SmallDisk disk;
        qInfo("full disk: %s", qPrintable(disk.how()));
        const auto path = disk.filePath(QStringLiteral("desk.db")).toStdString();
        {
            Query copy(county.store().db(), "VACUUM INTO ?");
            copy.bind(1, path).run();
        }
        LocalStore store(path, county.clock());
        DeskSession session {store,
                             QString::fromLatin1(DeskCounty::branchA),
                             QStringLiteral("江那镇分馆"),
                             QStringLiteral("zhang"),
                             QStringLiteral("张老师"),
                             StaffRole::Circulation,
                             false,
                             {}};
        CirculationController desk(session);
        QSignalSpy refused(&desk, &CirculationController::refused);
        QVERIFY(desk.registerReader(QStringLiteral("读者"), QStringLiteral("adult"), {}));
        disk.fill(store.db());

        const auto before = readerCount(store.db());
        int saved = 0;
        for (int i = 0; i < 5000 && refused.isEmpty(); ++i)
            if (desk.registerReader(QStringLiteral("读者"), QStringLiteral("adult"), {}))
                ++saved;
        QCOMPARE(refused.count(), 1);
        const auto problem = refused.takeFirst().at(0).value<Problem>();
        QCOMPARE(int(problem.source), int(Problem::Source::DiskFull));
        QCOMPARE(int(problem.action), int(Problem::Action::Register));
        QVERIFY(problem.detail.isEmpty()); // no SQL English under the words
        QVERIFY(RefusalText::forProblem(problem).what.contains(QStringLiteral("disk is full")));
        QCOMPARE(readerCount(store.db()), before + saved);

        // Looking a reader up needs no space: the desk still answers.
        QSignalSpy succeeded(&desk, &CirculationController::succeeded);
        desk.scan(QString::fromStdString(card));
        QCOMPARE(succeeded.count(), 1);
        QVERIFY(refused.isEmpty());

        disk.free(store.db());
        QVERIFY(desk.registerReader(QStringLiteral("读者"), QStringLiteral("adult"), {}));
        QCOMPARE(readerCount(store.db()), before + saved + 1);
        Query check(store.db(), "PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.getText(0), std::string("ok"));
    }
};

QTEST_MAIN(TestDeskDiskFull)
#include "tst_desk_diskfull.moc"
