// A full disk (SQLITE_FULL, a failed write of the WAL) is a DiskFullError, not a crash: the
// transaction that met it is rolled back, everything committed before is intact, and the same
// connection works again once there is space. On a real small filesystem where the test may
// mount one, on a size-limited database elsewhere (tests/support/SmallDisk.h says which).
#include "Circulation.h"
#include "Database.h"
#include "LocalStore.h"
#include "SmallDisk.h"
#include "TestCounty.h"

#include <QTest>

using namespace ils;

namespace {

std::int64_t count(Database& db, const char* sql)
{
    Query q(db, sql);
    return q.step() ? q.getInt(0) : -1;
}

std::string integrity(Database& db)
{
    Query q(db, "PRAGMA integrity_check");
    return q.step() ? q.getText(0) : "no answer";
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskLosesNothingAndRecovers()
    {
        TestCounty county;
        SmallDisk disk;
        qInfo("full disk: %s", qPrintable(disk.how()));
        const auto path = disk.filePath(QStringLiteral("desk.db")).toStdString();
        {
            Query copy(county.store().db(), "VACUUM INTO ?");
            copy.bind(1, path).run();
        }
        LocalStore store(path, county.clock());
        const NewReader reader {TestCounty::county, "读者", "adult", std::nullopt, 0};
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.circulation().registerReader(reader));
        disk.fill(store.db());

        // Lend on until the disk refuses; each success is committed, the failure is not.
        const auto before = count(store.db(), "SELECT count(*) FROM readers");
        const auto outboxBefore = count(store.db(), "SELECT count(*) FROM outbox");
        int committed = 0;
        bool full = false;
        for (int i = 0; i < 5000 && !full; ++i) {
            try {
                if (store.circulation().registerReader(reader))
                    ++committed;
            } catch (const DiskFullError& error) {
                full = true;
                qInfo("after %d more readers: %s", committed, error.what());
            }
        }
        QVERIFY2(full, "the disk never filled up");
        QCOMPARE(count(store.db(), "SELECT count(*) FROM readers"), before + committed);
        QCOMPARE(count(store.db(), "SELECT count(*) FROM outbox"), outboxBefore + committed);
        QCOMPARE(integrity(store.db()), std::string("ok"));
        // Still full: a second try fails the same way and leaves no half-done transaction behind.
        QVERIFY_THROWS_EXCEPTION(DiskFullError, (void)store.circulation().registerReader(reader));

        // Space again: the same connection carries on.
        disk.free(store.db());
        const auto again = store.circulation().registerReader(reader);
        QVERIFY(again);
        QCOMPARE(count(store.db(), "SELECT count(*) FROM readers"), before + committed + 1);
        QCOMPARE(integrity(store.db()), std::string("ok"));

        // And a program started afterwards finds all of it.
        Database reopened(path);
        QCOMPARE(count(reopened, "SELECT count(*) FROM readers"), before + committed + 1);
        QCOMPARE(integrity(reopened), std::string("ok"));
    }

    void otherErrorsAreNotDiskFull()
    {
        TestCounty county;
        QVERIFY_THROWS_EXCEPTION(StoreError, county.store().db().exec("INSERT INTO no_such_table VALUES(1)"));
        try {
            county.store().db().exec("INSERT INTO no_such_table VALUES(1)");
        } catch (const DiskFullError&) {
            QFAIL("a missing table is not a full disk");
        } catch (const StoreError&) {
        }
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
