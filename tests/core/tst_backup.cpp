// Backups of the central's database: a copy taken while another connection keeps writing is
// consistent; restore checks before it replaces and keeps the replaced file; a node queues again
// what a restored central lacks (docs/SYNC.md, "Backup and restore").
#include "Backup.h"
#include "CentralService.h"
#include "Database.h"
#include "Json.h"
#include "LocalStore.h"
#include "OldSchema.h"
#include "Outbox.h"
#include "ReplicaService.h"
#include "Schema.h"
#include "Settings.h"
#include "Time.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <filesystem>
#include <thread>

using namespace ils;
namespace fs = std::filesystem;

namespace {

std::int64_t scalar(Database& db, const std::string& sql)
{
    Query q(db, sql);
    return q.step() ? q.getInt(0) : -1;
}

// A central's database with the change feed installed and one library.
void makeCentral(const std::string& path, ManualClock& clock)
{
    LocalStore store(path, clock);
    store.settings().set("county_code", "532622");
    store.db().exec("INSERT INTO libraries(code, name, level) VALUES('532622', 'County', 'county')");
    CentralService(store).prepare();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void copyIsConsistentWhileAnotherConnectionWrites()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("central.db").toStdString();
        {
            Database db(path);
            db.exec("CREATE TABLE a(n INTEGER PRIMARY KEY); CREATE TABLE b(n INTEGER PRIMARY KEY, pad TEXT)");
        }
        // The writer keeps committing transactions that each add the same number to both tables:
        // a copy taken between two of its statements would show the tables apart.
        std::atomic<bool> stop = false;
        std::atomic<std::int64_t> committed = 0;
        // Stops and joins the writer however the test ends.
        struct Joiner
        {
            std::atomic<bool>& stop;
            std::thread& thread;
            ~Joiner()
            {
                stop = true;
                if (thread.joinable())
                    thread.join();
            }
        };
        std::thread writer;
        Joiner joiner {stop, writer};
        writer = std::thread([&] {
            Database db(path, Durability::Normal);
            for (std::int64_t n = 1; !stop; ++n) {
                Transaction tx(db);
                Query(db, "INSERT INTO a(n) VALUES(?)").bind(1, n).run();
                Query(db, "INSERT INTO b(n, pad) VALUES(?, randomblob(2000))").bind(1, n).run();
                tx.commit();
                committed = n;
            }
        });
        QTRY_VERIFY(committed > 200);
        std::int64_t previous = 0;
        for (int i = 0; i < 5; ++i) {
            const std::string copyPath = dir.filePath(QString("copy-%1.db").arg(i)).toStdString();
            const std::int64_t before = committed;
            const BackupResult result = backupDatabase(path, copyPath);
            const std::int64_t after = committed;
            QCOMPARE(result.path, copyPath);
            QVERIFY(result.bytes > 0);
            QCOMPARE(fs::status(copyPath).permissions() & fs::perms::all,
                     fs::perms::owner_read | fs::perms::owner_write);
            QVERIFY(!fs::exists(copyPath + "-wal")); // one self-contained file
            Database copy(copyPath);
            const std::int64_t rowsA = scalar(copy, "SELECT count(*) FROM a");
            QCOMPARE(scalar(copy, "SELECT count(*) FROM b"), rowsA);
            QCOMPARE(scalar(copy, "SELECT max(n) FROM a"), rowsA);
            QCOMPARE(scalar(copy, "SELECT max(n) FROM b"), rowsA);
            QVERIFY2(rowsA >= before && rowsA <= after + 1,
                     qPrintable(QString("%1 rows, writer at %2..%3").arg(rowsA).arg(before).arg(after)));
            QVERIFY(rowsA > previous); // the writer was never stopped
            previous = rowsA;
            QTRY_VERIFY(committed > after);
        }
        stop = true;
        writer.join();
        // No temporary file is left beside the copies.
        for (const auto& entry : fs::directory_iterator(dir.path().toStdString()))
            QVERIFY2(entry.path().filename().string().find(".part-") == std::string::npos,
                     qPrintable(QString::fromStdString(entry.path().string())));
    }

    void restoreChecksReplacesAndKeepsTheOld()
    {
        QTemporaryDir dir;
        ManualClock clock(1'800'000'000);
        const std::string central = dir.filePath("central.db").toStdString();
        const std::string backup = dir.filePath("backup.db").toStdString();
        makeCentral(central, clock);
        std::string enrolledAfter;
        {
            LocalStore store(central, clock);
            CentralService service(store);
            QVERIFY(service.addNode("532622", "before"));
            backupDatabase(central, backup);
            // After the backup: the first node enrols, a second one is added, changes are written.
            const auto token = service.addNode("532622", "after").value();
            enrolledAfter = token.node.nodeId;
            QVERIFY(service.enrol(token.token, "after"));
            store.settings().set("max_owed_fen", std::int64_t(500));
            store.settings().set("max_owed_fen", std::int64_t(600));
        }
        const std::int64_t oldHead = [&] {
            Database db(central);
            return scalar(db, "SELECT max(cn) FROM changes");
        }();
        QVERIFY(oldHead > 0);

        {
            // Refused while a central holds the database; nothing changes.
            CentralLock running(central);
            QVERIFY_THROWS_EXCEPTION(StoreError, restoreDatabase(backup, central, clock.now()));
        }
        // The database itself is neither a backup target nor a backup.
        QVERIFY_THROWS_EXCEPTION(StoreError, backupDatabase(central, central));
        QVERIFY_THROWS_EXCEPTION(StoreError, restoreDatabase(central, central, clock.now()));
        // A damaged backup is refused before anything is replaced.
        const std::string damaged = dir.filePath("damaged.db").toStdString();
        fs::copy_file(backup, damaged);
        {
            QFile file(QString::fromStdString(damaged));
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            file.seek(4096); // every page after the header's
            file.write(QByteArray(size - 4096, '\x5a'));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, restoreDatabase(damaged, central, clock.now()));
        {
            Database db(central);
            QCOMPARE(scalar(db, "SELECT max(cn) FROM changes"), oldHead);
        }

        const RestoreResult result = restoreDatabase(backup, central, clock.now());
        QVERIFY(fs::exists(result.keptAside));
        QVERIFY(result.nextCn > oldHead);
        QCOMPARE(result.nodesCarriedOver, std::vector<std::string> {enrolledAfter});
        QCOMPARE(fs::status(central).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
        {
            Database kept(result.keptAside);
            QCOMPARE(scalar(kept, "SELECT max(cn) FROM changes"), oldHead);
        }
        LocalStore store(central, clock);
        CentralService service(store);
        QCOMPARE(service.epoch(), result.epoch);
        QVERIFY(service.headCn() < oldHead);
        // The registration made after the backup can log in, and its number is not handed out again.
        const auto nodes = service.nodes();
        QCOMPARE(nodes.size(), std::size_t(2));
        QCOMPARE(nodes.back().nodeId, enrolledAfter);
        QCOMPARE(nodes.back().status, std::string("active"));
        QCOMPARE(service.addNode("532622", "third").value().node.number, 3);
        // A loss of operations the node no longer keeps is accepted forward only.
        QCOMPARE(service.skipLostOperations(enrolledAfter, 4).value().lastSeq, std::int64_t(4));
        QVERIFY(!service.skipLostOperations(enrolledAfter, 4));
        QVERIFY(!service.skipLostOperations("node-9999", 4));
        // New changes continue above every number the replaced database handed out.
        store.settings().set("max_owed_fen", std::int64_t(700));
        QCOMPARE(service.headCn(), result.nextCn);
    }

    void nodeQueuesAgainWhatARestoredCentralLacks()
    {
        QTemporaryDir dir;
        ManualClock clock(1'800'000'000);
        LocalStore store(dir.filePath("node.db").toStdString(), clock);
        for (int i = 0; i < 6; ++i) {
            Transaction tx(store.db());
            store.record("test", JsonWriter().add("i", i).str());
            tx.commit();
        }
        store.settings().set("local.feed_cursor", std::int64_t(5000));
        ReplicaService replica(store);
        replica.acknowledge(6);
        QCOMPARE(replica.backlog(), std::int64_t(0));

        // The first contact learns the central's epoch; nothing to resend.
        auto resumed = replica.resume(6, "epoch-1");
        QCOMPARE(resumed.requeued, std::int64_t(0));
        QVERIFY(!resumed.centralRestored);
        QCOMPARE(replica.cursor(), std::int64_t(5000));

        // Restored from a backup that had 1..3: 4..6 go again, and the replica is to be rebuilt
        // from the central's snapshot.
        QVERIFY(!replica.resyncNeeded());
        resumed = replica.resume(3, "epoch-2");
        QCOMPARE(resumed.requeued, std::int64_t(3));
        QVERIFY(resumed.centralRestored);
        QVERIFY(replica.resyncNeeded());
        const auto pending = replica.pending(100);
        QCOMPARE(pending.size(), std::size_t(3));
        QCOMPARE(pending.front().seq, std::int64_t(4));
        replica.acknowledge(6);

        // Acknowledged entries are kept for local.keep_acked_days after their acknowledgement.
        clock.advanceDays(29);
        replica.acknowledge(6);
        QCOMPARE(static_cast<int>(store.outbox().list(0, 100).size()), 6);
        clock.advanceDays(2);
        replica.acknowledge(6);
        QCOMPARE(static_cast<int>(store.outbox().list(0, 100).size()), 0);

        // Entries no longer kept cannot be sent again: said plainly, nothing changed.
        for (int i = 0; i < 2; ++i) {
            Transaction tx(store.db());
            store.record("test", JsonWriter().add("i", i).str());
            tx.commit();
        }
        replica.acknowledge(8);
        QVERIFY_THROWS_EXCEPTION(StoreError, replica.resume(5, "epoch-3"));
        QCOMPARE(replica.backlog(), std::int64_t(0));
        QCOMPARE(store.settings().get("local.central_epoch", ""), std::string("epoch-2"));
        // Once the central accepts the loss of 6 (ilsctl node skip), 7 and 8 go again.
        resumed = replica.resume(6, "epoch-3");
        QCOMPARE(resumed.requeued, std::int64_t(2));
        QCOMPARE(replica.pending(100).front().seq, std::int64_t(7));
    }

    void olderOutboxIsUpgradedAndAgesFromCreation()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("node.db").toStdString();
        ManualClock clock(1'800'000'000'000); // ms
        {
            LocalStore store(path, clock);
            for (int i = 0; i < 2; ++i) {
                Transaction tx(store.db());
                store.record("test", JsonWriter().add("i", i).str());
                tx.commit();
            }
            // The outbox as schema version 5 left it: entry 1 acknowledged, without acked_at.
            rewindSchema(store.db(), 5);
            store.db().exec("UPDATE outbox SET state = 'acked' WHERE seq = 1");
        }
        clock.advanceDays(31);
        LocalStore store(path, clock);
        QCOMPARE(scalar(store.db(), "PRAGMA user_version"), std::int64_t(SchemaManager::currentVersion));
        QCOMPARE(scalar(store.db(), "SELECT count(*) FROM outbox WHERE acked_at IS NULL"), std::int64_t(2));
        ReplicaService replica(store);
        replica.acknowledge(2); // entry 1 is 31 days old: deleted; entry 2 acknowledged now: kept
        const auto kept = store.outbox().list(0, 10);
        QCOMPARE(kept.size(), std::size_t(1));
        QCOMPARE(kept.front().seq, std::int64_t(2));
        QCOMPARE(kept.front().state, std::string("acked"));
    }

    void scheduledBackupsKeepTheNewest()
    {
        QTemporaryDir dir;
        const std::string folder = dir.path().toStdString();
        for (const char* name :
             {"central-20261201T000000Z.db", "central-20261202T000000Z.db", "central-20261203T000000Z.db", "other.db"})
            QFile(QString::fromStdString(folder + "/" + name)).open(QIODevice::WriteOnly);
        QCOMPARE(backupFileName("central", 1'796'083'200'000), std::string("central-20261201T000000Z.db"));
        const auto deleted = pruneBackups(folder, "central", 2);
        QCOMPARE(deleted, std::vector<std::string> {folder + "/central-20261201T000000Z.db"});
        QVERIFY(fs::exists(folder + "/central-20261203T000000Z.db"));
        QVERIFY(fs::exists(folder + "/other.db"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
