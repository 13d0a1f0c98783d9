// Resident ID numbers stay at the central (core/ReaderPrivacy.h, docs/SYNC.md): a branch replica,
// enrolled from a snapshot or kept up by the feed, holds a keyed hash and the masked form and no
// byte of the clear number, in the database file or its WAL; a branch finds readers by a scanned
// ID card all the same; a reader registered offline reaches the central with the full number;
// and the schema upgrade cleans replicas made before all this.
#include "CentralService.h"
#include "ChangeFeed.h"
#include "Circulation.h"
#include "Database.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "OldSchema.h"
#include "Outbox.h"
#include "RangeStore.h"
#include "ReaderPrivacy.h"
#include "ReaderStore.h"
#include "ReplicaService.h"
#include "ResidentId.h"
#include "Schema.h"
#include "Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ils;

namespace {

constexpr const char* county = "532622";
constexpr const char* branchA = "532622-01";

template<typename T>
T ok(Result<T> result)
{
    if (!result)
        qFatal("unexpected refusal: %s", result.refusal().detail.c_str());
    return std::move(result.value());
}

std::string validId(const std::string& first17)
{
    return first17 + residentIdCheckCharacter(first17);
}

// Registered at the central before the branch is enrolled, after it, and at the branch.
const std::string beforeEnrolment = validId("53262219800101123");
const std::string afterEnrolment = validId("53262219850607456");
const std::string atBranch = validId("53262220010911789");

// The raw bytes of a database and its WAL: what a stolen PC gives away.
QByteArray fileBytes(const std::string& path)
{
    QByteArray bytes;
    for (const char* suffix : {"", "-wal"}) {
        QFile file(QString::fromStdString(path) + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

std::optional<std::string> clearNumberOf(LocalStore& store, const std::string& card)
{
    Query q(store.db(), "SELECT id_number FROM readers WHERE card = ?");
    q.bind(1, card);
    return q.step() ? q.getOptionalText(0) : std::nullopt;
}

} // namespace

class TestIdPrivacy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    ManualClock clock {*parseUtc("2026-03-02T02:00:00Z")};
    std::unique_ptr<LocalStore> central;
    std::unique_ptr<LocalStore> node;
    NodeInfo info;
    std::string centralCard;

    std::string nodePath() const { return dir.filePath("a.db").toStdString(); }
    std::string centralPath() const { return dir.filePath("central.db").toStdString(); }

    void enrol()
    {
        CentralService service(*central);
        auto token = ok(service.addNode(branchA, "a"));
        auto grant = ok(service.enrol(token.token, "a"));
        const auto cursor = service.writeSnapshot(nodePath());
        ReplicaService::installSnapshot(nodePath(), grant, CentralAddress {"127.0.0.1", 1, "00"}, cursor);
        info = grant.node;
        node = std::make_unique<LocalStore>(nodePath(), clock);
    }

    void push()
    {
        ReplicaService replica(*node);
        const auto entries = replica.pending(1000);
        QVERIFY(!entries.empty());
        CentralService(*central).apply(info, entries);
        replica.acknowledge(entries.back().seq);
    }

    void pull()
    {
        ReplicaService replica(*node);
        CentralService service(*central);
        for (;;) {
            const auto page = service.pull(replica.cursor(), 100);
            QCOMPARE(int(replica.applyPage(page)), int(ReplicaService::PageResult::Applied));
            if (!page.more)
                break;
        }
    }

    std::string registerAt(LocalStore& store, const char* library, const char* name, const std::string& id)
    {
        return ok(store.circulation().registerReader({library, name, "adult", id, 0})).card;
    }

    // Makes `path` look as schema version 4 left it: no hash or masked column, the clear numbers
    // given, at a node an acknowledged reader.add entry that still carries one, and at the central
    // a feed trigger that copies the number into the row images.
    static void downgradeToVersion4(const std::string& path,
                                    const std::vector<std::pair<std::string, std::string>>& numbers,
                                    bool atNode)
    {
        Database db(path);
        if (!atNode)
            dropFeedTriggers(db);
        rewindSchema(db, 4);
        if (!atNode) {
            // Only the trigger that matters here: the current program's set names tables a
            // version 4 database does not have (item_events).
            db.exec("CREATE TRIGGER feed_readers_update AFTER UPDATE ON readers "
                    "WHEN NOT EXISTS (SELECT 1 FROM feed_defer) BEGIN INSERT INTO changes(tbl, key, row) "
                    "VALUES('readers', json_object('card', NEW.card), json_object('card', NEW.card, 'name', NEW.name, "
                    "'type', NEW.type, 'home_library', NEW.home_library, 'status', NEW.status, 'expiry', NEW.expiry, "
                    "'deposit_fen', NEW.deposit_fen, 'id_number', NEW.id_number, 'block_reason', NEW.block_reason, "
                    "'created_at', NEW.created_at)); END");
        }
        for (const auto& [card, number] : numbers) {
            Query q(db, "UPDATE readers SET id_number = ? WHERE card = ?");
            q.bind(1, number).bind(2, card).run();
        }
        if (atNode) {
            Query q(db,
                    "INSERT INTO outbox(node_id, uuid, type, payload, created_at, operator, state) "
                    "VALUES('node-0001', 'u-1', 'reader.add', ?, 0, 'x', 'acked')");
            q.bind(1, R"({"card":"532622001999999","id_number":")" + atBranch + R"("})").run();
        }
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }

private slots:
    void init()
    {
        central = std::make_unique<LocalStore>(centralPath(), clock);
        ok(central->initialiseCounty({county, "砚山县图书馆", LibraryLevel::County, std::nullopt, "532622"}, 480));
        ok(central->libraries().add({branchA, "江那镇分馆", LibraryLevel::Branch, std::string(county), std::nullopt}));
        CentralService(*central).prepare();
        QVERIFY(central->ranges()
                    .importTable("kind\tfirst\tlast\tlibrary\tdescription\n"
                                 "reader\t532622000000001\t532622000999999\t532622\tcounty\n"
                                 "reader\t532622001000001\t532622001999999\t532622-01\tA\n")
                    .ok());
        centralCard = registerAt(*central, county, "李四", beforeEnrolment);
        enrol();
    }

    void cleanup()
    {
        node.reset();
        central.reset();
        for (const char* f : {"central.db", "a.db"})
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(dir.filePath(QString(f) + suffix));
    }

    void branchHoldsHashAndMaskOnly()
    {
        // The central keeps the number; the snapshot and the feed carry only hash and mask.
        QCOMPARE(clearNumberOf(*central, centralCard).value_or(""), beforeEnrolment);
        const auto later = registerAt(*central, county, "王五", afterEnrolment);
        pull();
        node.reset(); // everything on disk as a stolen PC would have it
        const auto bytes = fileBytes(nodePath());
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(QByteArray::fromStdString(beforeEnrolment)));
        QVERIFY(!bytes.contains(QByteArray::fromStdString(afterEnrolment)));
        node = std::make_unique<LocalStore>(nodePath(), clock);
        QVERIFY(!clearNumberOf(*node, centralCard));
        // A scanned ID card still finds its reader at the branch, by the keyed hash.
        QCOMPARE(node->readers().findByIdNumber(beforeEnrolment).value().card, centralCard);
        QCOMPARE(node->readers().findByIdNumber(afterEnrolment).value().card, later);
        const auto shown = node->readers().find(later).value();
        QVERIFY(!shown.idNumber);
        QCOMPARE(shown.idMasked, maskResidentId(afterEnrolment));
        QVERIFY(!node->readers().findByIdNumber(atBranch));
        // The same number cannot get a second card at the branch either.
        QVERIFY(!node->circulation().registerReader({branchA, "又一个", "adult", beforeEnrolment, 0}));
        // The feed itself, which any node may page through, holds no clear number.
        Query feed(central->db(), "SELECT count(*) FROM changes WHERE row LIKE '%' || ? || '%'");
        feed.bind(1, afterEnrolment);
        QVERIFY(feed.step());
        QCOMPARE(feed.getInt(0), std::int64_t(0));
        QVERIFY(idHashKey(node->db()) == idHashKey(central->db()));
    }

    void readerRegisteredOfflineReachesTheCentralInFull()
    {
        const auto card = registerAt(*node, branchA, "赵六", atBranch);
        // Found offline at once: the node hashes with the county key it got at enrolment.
        QCOMPARE(node->readers().findByIdNumber(atBranch).value().card, card);
        QVERIFY(!clearNumberOf(*node, card));
        push();
        QCOMPARE(clearNumberOf(*central, card).value_or(""), atBranch);
        QCOMPARE(central->readers().findByIdNumber(atBranch).value().card, card);
        // Acknowledged: the outbox entry forgets the number, and so do the file and its WAL.
        const auto entries = node->outbox().list(0, 1000, false);
        QCOMPARE(entries.size(), std::size_t(1));
        QVERIFY(entries.front().payload.find(atBranch) == std::string::npos);
        QVERIFY(entries.front().payload.find("\"card\"") != std::string::npos);
        // Gone from the files at once, not only once the program closes the database.
        QVERIFY(!fileBytes(nodePath()).contains(QByteArray::fromStdString(atBranch)));
        pull();
        node.reset();
        QVERIFY(!fileBytes(nodePath()).contains(QByteArray::fromStdString(atBranch)));
        node = std::make_unique<LocalStore>(nodePath(), clock);
        QCOMPARE(node->readers().findByIdNumber(atBranch).value().card, card);
    }

    void upgradeCleansAVersion4Replica()
    {
        node.reset();
        downgradeToVersion4(nodePath(), {{centralCard, beforeEnrolment}}, true);
        {
            Database db(nodePath());
            QCOMPARE(SchemaManager::versionOf(db), 4);
        }
        QVERIFY(fileBytes(nodePath()).contains(QByteArray::fromStdString(beforeEnrolment))); // the test can fail
        QVERIFY(fileBytes(nodePath()).contains(QByteArray::fromStdString(atBranch)));
        node = std::make_unique<LocalStore>(nodePath(), clock);
        QCOMPARE(SchemaManager::versionOf(node->db()), SchemaManager::currentVersion);
        QVERIFY(!clearNumberOf(*node, centralCard));
        QCOMPARE(node->readers().find(centralCard).value().idMasked, maskResidentId(beforeEnrolment));
        QCOMPARE(node->readers().findByIdNumber(beforeEnrolment).value().card, centralCard);
        node.reset();
        const auto bytes = fileBytes(nodePath());
        QVERIFY(!bytes.contains(QByteArray::fromStdString(beforeEnrolment)));
        QVERIFY(!bytes.contains(QByteArray::fromStdString(atBranch)));
    }

    void upgradeKeepsTheCentralsNumbers()
    {
        node.reset();
        central.reset();
        downgradeToVersion4(centralPath(), {{centralCard, beforeEnrolment}}, false);
        {
            // A version 4 central fed row images with the number in them.
            Database db(centralPath());
            Query feed(db, "SELECT count(*) FROM changes WHERE row LIKE '%' || ? || '%'");
            feed.bind(1, beforeEnrolment);
            QVERIFY(feed.step());
            QCOMPARE(feed.getInt(0), std::int64_t(1));
        }
        central = std::make_unique<LocalStore>(centralPath(), clock);
        QCOMPARE(clearNumberOf(*central, centralCard).value_or(""), beforeEnrolment);
        QCOMPARE(central->readers().findByIdNumber(beforeEnrolment).value().card, centralCard);
        QCOMPARE(central->readers().find(centralCard).value().idMasked, maskResidentId(beforeEnrolment));
        Query feed(central->db(), "SELECT count(*) FROM changes WHERE row LIKE '%' || ? || '%'");
        feed.bind(1, beforeEnrolment);
        QVERIFY(feed.step());
        QCOMPARE(feed.getInt(0), std::int64_t(0));
        // The hash filled at the upgrade reaches a node that pulls.
        node = std::make_unique<LocalStore>(nodePath(), clock);
        pull();
        QCOMPARE(node->readers().findByIdNumber(beforeEnrolment).value().card, centralCard);
    }
};

QTEST_GUILESS_MAIN(TestIdPrivacy)
#include "tst_idprivacy.moc"
