// The core of replication without the network: a central and two branch nodes on real SQLite
// files work offline through every conflict of docs/SYNC.md, push their outboxes, pull the
// change feed, and must end with the same rows everywhere and one exceptions-report entry per
// conflict. The network layer (sync/) carries exactly these calls.
#include "CatalogueStore.h"
#include "Cataloguing.h"
#include "CentralService.h"
#include "ChangeFeed.h"
#include "Circulation.h"
#include "Database.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "RangeStore.h"
#include "ReaderStore.h"
#include "ReplicaService.h"
#include "ReplicatedRows.h"
#include "RuleStore.h"
#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace ils;

namespace {

constexpr const char* county = "532622";
constexpr const char* branchA = "532622-01";
constexpr const char* branchB = "532622-02";

template<typename T>
T ok(Result<T> result)
{
    if (!result)
        qFatal("unexpected refusal: %s", result.refusal().detail.c_str());
    return std::move(result.value());
}

ReplicatedRows dump(LocalStore& store)
{
    return replicatedRows(store.db());
}

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    ManualClock clock {*parseUtc("2026-03-02T02:00:00Z")};
    std::unique_ptr<LocalStore> central;
    std::unique_ptr<LocalStore> nodeA;
    std::unique_ptr<LocalStore> nodeB;
    NodeInfo infoA, infoB;

    std::unique_ptr<LocalStore> enrolNode(const char* library, NodeInfo& info, const char* file)
    {
        CentralService service(*central);
        auto token = ok(service.addNode(library, file));
        auto grant = ok(service.enrol(token.token, file));
        const auto path = dir.filePath(file).toStdString();
        const auto cursor = service.writeSnapshot(path);
        ReplicaService::installSnapshot(path, grant, CentralAddress {"127.0.0.1", 1, "00"}, cursor);
        info = grant.node;
        auto store = std::make_unique<LocalStore>(path, clock);
        store->setOperator(file);
        return store;
    }

    // One round of replication for a node, the way the client does it.
    std::vector<ApplyOutcome> push(LocalStore& node, const NodeInfo& info)
    {
        ReplicaService replica(node);
        CentralService service(*central);
        const auto entries = replica.pending(1000);
        if (entries.empty())
            return {};
        auto outcomes = service.apply(info, entries);
        replica.acknowledge(entries.back().seq);
        return outcomes;
    }
    void pull(LocalStore& node)
    {
        ReplicaService replica(node);
        CentralService service(*central);
        for (;;) {
            const auto page = service.pull(replica.cursor(), 7); // small pages: exercise paging
            QCOMPARE(int(replica.applyPage(page)), int(ReplicaService::PageResult::Applied));
            if (!page.more)
                break;
        }
    }
    std::vector<std::string> exceptionCodes()
    {
        std::vector<std::string> codes;
        for (const auto& e : CentralService(*central).exceptions())
            codes.push_back(e.code);
        return codes;
    }
    void expectConverged()
    {
        const auto truth = dump(*central);
        const auto a = dump(*nodeA);
        const auto b = dump(*nodeB);
        for (const auto& [table, rows] : truth) {
            QVERIFY2(a.at(table) == rows, ("node A differs in " + table).c_str());
            QVERIFY2(b.at(table) == rows, ("node B differs in " + table).c_str());
        }
    }

private slots:
    void init()
    {
        central = std::make_unique<LocalStore>(dir.filePath("central.db").toStdString(), clock);
        ok(central->initialiseCounty({county, "砚山县图书馆", LibraryLevel::County, std::nullopt, "532622"}, 480));
        ok(central->libraries().add({branchA, "江那镇分馆", LibraryLevel::Branch, std::string(county), std::nullopt}));
        ok(central->libraries().add({branchB, "平远镇分馆", LibraryLevel::Branch, std::string(county), std::nullopt}));
        CentralService(*central).prepare();
        const auto report =
            central->ranges().importTable("kind\tfirst\tlast\tlibrary\tdescription\n"
                                          "reader\t532622000000001\t532622000999999\t532622\tcounty\n"
                                          "reader\t532622001000001\t532622001999999\t532622-01\tA\n"
                                          "reader\t532622000500001\t532622000599999\t532622-02\tB nested\n"
                                          "item\t2622000000000001\t2622009999999999\t532622\tcounty\n"
                                          "item\t2622010000000001\t2622019999999999\t532622-01\tA\n"
                                          "item\t2622005000000001\t2622005999999999\t532622-02\tB nested\n");
        QVERIFY(report.ok());
        RuleRow child;
        child.readerType = "child";
        child.rule.maxLoans = 3;
        central->rules().set(child);
        NewItem shared;
        shared.library = county;
        shared.record.title = "平凡的世界";
        for (int i = 0; i < 6; ++i)
            ok(central->circulation().addItem(shared)); // 2622000000000001…6, one record
        NewReader kid;
        kid.library = county;
        kid.name = "小明";
        kid.type = "child";
        ok(central->circulation().registerReader(kid)); // 532622000000001
        nodeA = enrolNode(branchA, infoA, "a.db");
        nodeB = enrolNode(branchB, infoB, "b.db");
    }

    void cleanup()
    {
        nodeA.reset();
        nodeB.reset();
        central.reset();
        for (const char* f : {"central.db", "a.db", "b.db"})
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(dir.filePath(QString(f) + suffix));
    }

    void theCodeReplicatesTheTablesTheTestsExpect()
    {
        // The comparisons in these tests walk their own list; it must be the code's.
        auto code = ils::replicatedTableNames();
        auto expected = expectedReplicatedTables();
        std::sort(code.begin(), code.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(code, expected);
    }

    void snapshotGivesEachNodeTheCountyAndItsOwnBlock()
    {
        QCOMPARE(nodeA->settings().nodeNumber(), 1);
        QCOMPARE(nodeB->settings().nodeNumber(), 2);
        QVERIFY(nodeA->catalogue().findItem("2622000000000001").has_value());
        QCOMPARE(ReplicaService(*nodeA).backlog(), std::int64_t(0));
        QVERIFY(ReplicaService(*nodeA).credentials().has_value());
        const auto ra = ok(nodeA->circulation().registerReader({branchA, "张三", "adult", std::nullopt, 0}));
        QCOMPARE(ra.card, std::string("532622001000001"));
        const auto loan = ok(nodeA->circulation().checkout(ra.card, "2622000000000001", branchA));
        QCOMPARE(loan.loan.id, std::int64_t(1) << 40); // the first id of node 1's block
        QVERIFY(dump(*nodeA) != dump(*central)); // not pushed yet
        push(*nodeA, infoA);
        pull(*nodeA);
        pull(*nodeB);
        expectConverged();
        QCOMPARE(central->circulation().openLoanOfItem("2622000000000001")->id, std::int64_t(1) << 40);
    }

    void everyConflictConvergesWithItsException_data()
    {
        QTest::addColumn<bool>("branchBFirst");
        QTest::newRow("B reaches the central first") << true;
        QTest::newRow("A reaches the central first") << false;
    }

    void everyConflictConvergesWithItsException()
    {
        QFETCH(bool, branchBFirst);
        Circulation& a = nodeA->circulation();
        Circulation& b = nodeB->circulation();
        const std::string kid = "532622000000001";
        const auto ra = ok(a.registerReader({branchA, "张三", "adult", std::nullopt, 0})).card;
        const auto rb = ok(b.registerReader({branchB, "李四", "adult", std::nullopt, 0})).card;
        push(*nodeA, infoA);
        push(*nodeB, infoB);
        pull(*nodeA);
        pull(*nodeB);
        expectConverged();

        // Both nodes go offline. The central blocks 李四.
        ok(central->circulation().setReaderStatus(rb, ReaderStatus::Blocked, "欠费"));
        // 1. The same copy lent at A and then at B.
        ok(a.checkout(ra, "2622000000000001", branchA));
        clock.advanceSeconds(600);
        ok(b.checkout(rb, "2622000000000001", branchB)); // B does not know A lent it; 李四 is blocked centrally
        // 2. A lends a copy that B takes back (B's replica shows it on the shelf: a return anyway).
        ok(a.checkout(ra, "2622000000000002", branchA));
        clock.advanceSeconds(600);
        ok(b.checkin("2622000000000002", branchB));
        // 3. The child's limit of 3 is passed across the two branches.
        ok(a.checkout(kid, "2622000000000003", branchA));
        ok(a.checkout(kid, "2622000000000004", branchA));
        ok(b.checkout(kid, "2622000000000005", branchB));
        ok(b.checkout(kid, "2622000000000006", branchB));
        // 4. The record is edited at both places, B later.
        const std::int64_t record = nodeA->catalogue().findItem("2622000000000001")->recordId;
        ok(Cataloguing(*nodeA).editRecord(record, {{"title", "平凡的世界（全三册）"}}));
        clock.advanceSeconds(60);
        ok(Cataloguing(*nodeB).editRecord(record, {{"title", "平凡的世界 第二版"}, {"author", "路遥"}}));
        // 5. A renews the loan that B's return closed.
        clock.advanceSeconds(60);
        ok(a.renew("2622000000000002", branchA));

        std::vector<ApplyOutcome> fromA, fromB;
        if (branchBFirst) {
            fromB = push(*nodeB, infoB);
            fromA = push(*nodeA, infoA);
        } else {
            fromA = push(*nodeA, infoA);
            fromB = push(*nodeB, infoB);
        }
        QCOMPARE(fromA.size(), std::size_t(6));
        QCOMPARE(fromB.size(), std::size_t(5));
        for (int round = 0; round < 2; ++round) {
            pull(*nodeA);
            pull(*nodeB);
        }
        expectConverged();

        // The outcomes, deterministic whatever the order of arrival.
        const auto loan1 = central->circulation().openLoanOfItem("2622000000000001");
        QVERIFY(loan1.has_value());
        QCOMPARE(loan1->reader, rb); // the later loan is the open one
        QVERIFY(!central->circulation().openLoanOfItem("2622000000000002")); // returned at B
        QCOMPARE(central->circulation().openLoans(kid).size(), std::size_t(4));
        const auto title = central->catalogue().findRecord(record);
        QCOMPARE(title->title, std::string("平凡的世界 第二版"));
        QCOMPARE(title->author, std::string("路遥"));

        const auto codes = exceptionCodes();
        const auto has = [&](const char* code) { return std::count(codes.begin(), codes.end(), code); };
        QVERIFY2(has("item_lent_twice") == 1, "the copy lent twice");
        QVERIFY2(has("reader_blocked") == 1, "blocked centrally, served offline");
        QVERIFY2(has("too_many_loans") >= 1, "the limit across branches");
        QVERIFY2(has("concurrent_edit") == 1, "the record edited at two places");
        // Each entry keeps its specifics as data, for each desk to word in its language, and the
        // branches receive them with the entry.
        for (const auto& entry : CentralService(*central).exceptions()) {
            QVERIFY2(entry.facts.has_value(), entry.code.c_str());
            if (entry.code == "item_lent_twice")
                QCOMPARE(entry.facts->at(ils::fact::barcode), std::string("2622000000000001"));
            if (entry.code == "too_many_loans")
                QVERIFY(!entry.facts->at(ils::fact::limit).empty());
            if (entry.code == "concurrent_edit")
                QCOMPARE(entry.facts->at(ils::fact::field), std::string("title"));
        }
        for (const auto& entry : CentralService(*nodeA).exceptions())
            QVERIFY2(entry.facts.has_value() && !entry.facts->empty(), entry.code.c_str());
        if (branchBFirst) {
            // B's return is known before A's loan and A's renewal arrive.
            QVERIFY2(has("returned_before_lent") == 1, "returned at B before A's loan arrived");
            QVERIFY2(has("loan_already_closed") == 1, "the renewal of a closed loan");
        } else {
            // A's loan and renewal arrive first and B's later return simply closes the loan.
            QCOMPARE(has("returned_before_lent"), 0);
            QCOMPARE(has("loan_already_closed"), 0);
        }
        // The exceptions report itself replicates to the nodes.
        QCOMPARE(dump(*nodeA).at("exceptions").size(), codes.size());
    }

    void aReturnAndTheNextLoanInOneSecondStayInOrder()
    {
        // A desk takes a copy back and lends it to the next reader within the same second: the
        // central replays both in order and must not mistake the return for one that came before
        // the new loan (returned_before_lent), which would close a loan the reader still has.
        Circulation& a = nodeA->circulation();
        const auto first = ok(a.registerReader({branchA, "周八", "adult", std::nullopt, 0})).card;
        const auto second = ok(a.registerReader({branchA, "吴九", "adult", std::nullopt, 0})).card;
        NewItem own; // A's own copy: returned at A it goes back on the shelf
        own.library = branchA;
        own.record.title = "呐喊";
        const auto copy = ok(a.addItem(own)).barcode;
        ok(a.checkout(first, copy, branchA));
        clock.advanceSeconds(60);
        ok(a.checkin(copy, branchA));
        ok(a.checkout(second, copy, branchA));
        for (const auto& outcome : push(*nodeA, infoA))
            QVERIFY2(outcome.status == ApplyStatus::Applied, outcome.detail.c_str());
        QVERIFY(exceptionCodes().empty());
        const auto loan = central->circulation().openLoanOfItem(copy);
        QVERIFY(loan.has_value());
        QCOMPARE(loan->reader, second);
        pull(*nodeA);
        pull(*nodeB);
        expectConverged();
    }

    void aReturnAndTheNextLoanAtTwoNodesInOneSecondKeepTheirOrder_data()
    {
        QTest::addColumn<bool>("branchBFirst");
        QTest::newRow("the loan at B reaches the central first") << true;
        QTest::newRow("the return at A reaches the central first") << false;
    }

    void aReturnAndTheNextLoanAtTwoNodesInOneSecondKeepTheirOrder()
    {
        // A lends a copy and takes it back at 03:00:00.300; B, which never heard of A's loan,
        // lends the same copy at 03:00:00.700. Whichever node pushes first, the central must end
        // with B's loan open: the return came before it. In whole seconds the two instants are
        // equal, and with B's loan known first the return closed it.
        QFETCH(bool, branchBFirst);
        const auto ra = ok(nodeA->circulation().registerReader({branchA, "张三", "adult", std::nullopt, 0})).card;
        const auto rb = ok(nodeB->circulation().registerReader({branchB, "李四", "adult", std::nullopt, 0})).card;
        push(*nodeA, infoA);
        push(*nodeB, infoB);
        pull(*nodeA);
        pull(*nodeB);
        const std::string copy = "2622000000000003";
        const Timestamp second = *parseUtc("2026-03-02T03:00:00Z");
        clock.set(second - 3'600'000);
        ok(nodeA->circulation().checkout(ra, copy, branchA));
        clock.set(second + 300);
        ok(nodeA->circulation().checkin(copy, branchA));
        clock.set(second + 700);
        ok(nodeB->circulation().checkout(rb, copy, branchB));
        if (branchBFirst) {
            push(*nodeB, infoB);
            push(*nodeA, infoA);
        } else {
            push(*nodeA, infoA);
            push(*nodeB, infoB);
        }
        const auto open = central->circulation().openLoanOfItem(copy);
        QVERIFY2(open.has_value(), "the return must not close the later loan");
        QCOMPARE(open->reader, rb);
        QCOMPARE(open->outAt, second + 700);
        Query closed(central->db(), "SELECT returned_at FROM loans WHERE item = ? AND reader = ?");
        closed.bind(1, copy).bind(2, ra);
        QVERIFY(closed.step());
        // Known in order, A's loan ends at its return; known after B's, at B's loan.
        QCOMPARE(closed.getInt(0), branchBFirst ? second + 700 : second + 300);
        for (int round = 0; round < 2; ++round) {
            pull(*nodeA);
            pull(*nodeB);
        }
        expectConverged();
    }

    void copiesOutOfCirculationComeBackTheSameAtTheCentral()
    {
        // The central registered a copy lost and charged the child for it (half paid), and has
        // another still in processing. A finds the lost one and refunds; B is handed the other.
        const std::string kid = "532622000000001";
        central->catalogue().updateItemState("2622000000000001", ItemStatus::Lost, county, std::nullopt);
        central->catalogue().updateItemState("2622000000000002", ItemStatus::Processing, county, std::nullopt);
        {
            Query fee(central->db(),
                      "INSERT INTO fees(id, reader, item, kind, amount_fen, paid_fen, created_at) "
                      "VALUES(5, ?, '2622000000000001', 'lost', 4000, 2000, ?)");
            fee.bind(1, kid).bind(2, clock.now()).run();
        }
        pull(*nodeA);
        pull(*nodeB);
        clock.advanceSeconds(60);
        const auto found = ok(nodeA->circulation().checkin(
            "2622000000000001", branchA, {}, {LostChargeDecision::Refund})); // the county asks (default)
        QCOMPARE(found.foundLost->refundFen, std::int64_t(2000));
        const auto processing = ok(nodeB->circulation().checkin("2622000000000002", branchB));
        QCOMPARE(int(processing.routing.action), int(RoutingAction::ToCataloguing));
        for (const auto& outcome : push(*nodeA, infoA))
            QVERIFY2(outcome.status == ApplyStatus::Applied, outcome.detail.c_str());
        for (const auto& outcome : push(*nodeB, infoB))
            QVERIFY2(outcome.status == ApplyStatus::Applied, outcome.detail.c_str());
        QVERIFY(exceptionCodes().empty());

        // The central applied both with the same engine: found and refunded, still in processing.
        QCOMPARE(int(central->catalogue().findItem("2622000000000001")->status), int(ItemStatus::InTransit));
        QCOMPARE(central->circulation().owedFen(kid), std::int64_t(0));
        QVERIFY(central->circulation().lostCharges("2622000000000001").empty());
        const auto history = central->circulation().itemHistory("2622000000000001");
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history.front().kind, std::string("found"));
        QCOMPARE(history.front().id, nodeA->circulation().itemHistory("2622000000000001").front().id);
        QCOMPARE(int(central->catalogue().findItem("2622000000000002")->status), int(ItemStatus::Processing));
        pull(*nodeA);
        pull(*nodeB);
        expectConverged();
        QCOMPARE(dump(*nodeB).at("item_events").size(), std::size_t(2));
    }

    void exactlyOnce()
    {
        ok(nodeA->circulation().registerReader({branchA, "王五", "adult", std::nullopt, 0}));
        ReplicaService replica(*nodeA);
        CentralService service(*central);
        const auto entries = replica.pending(100);
        QCOMPARE(service.apply(infoA, entries).size(), std::size_t(1));
        // The acknowledgement was lost: the client sends the batch again, the central refuses it
        // and the readers table still holds one 王五.
        try {
            service.apply(infoA, entries);
            QFAIL("a replayed sequence number must be a protocol violation");
        } catch (const ProtocolViolation& violation) {
            QVERIFY(std::string(violation.what()).find("already applied") != std::string::npos);
        }
        Query count(central->db(), "SELECT count(*) FROM readers WHERE name = '王五'");
        QVERIFY(count.step());
        QCOMPARE(count.getInt(0), std::int64_t(1));
        QCOMPARE(service.nodes().front().lastSeq, std::int64_t(1));
        // A gap is refused too.
        PushedEntry ahead = entries.front();
        ahead.seq = 5;
        QVERIFY_THROWS_EXCEPTION(ProtocolViolation, service.apply(infoA, {ahead}));
    }

    void aNodeActsOnlyForItsOwnLibrary()
    {
        // Node A lends at branch B's desk (a forged or misconfigured node).
        const auto ra = ok(nodeA->circulation().registerReader({branchA, "赵六", "adult", std::nullopt, 0})).card;
        ok(nodeA->circulation().checkout(ra, "2622000000000003", branchB));
        const auto outcomes = push(*nodeA, infoA);
        QCOMPARE(outcomes.size(), std::size_t(2));
        QCOMPARE(int(outcomes[1].status), int(ApplyStatus::Rejected));
        QCOMPARE(outcomes[1].reasonCode, std::string("not_authorised"));
        // The node's own view is repaired by the feed: the loan it invented is gone.
        pull(*nodeA);
        pull(*nodeB);
        QVERIFY(!nodeA->circulation().openLoanOfItem("2622000000000003"));
        expectConverged();
    }

    void authenticationAndEnrolment()
    {
        CentralService service(*central);
        QVERIFY(!service.authenticate(infoA.nodeId, "wrong").ok());
        QVERIFY(!service.authenticate("node-9999", "x").ok());
        const auto secret = ReplicaService(*nodeA).credentials()->secret;
        QVERIFY(service.authenticate(infoA.nodeId, secret).ok());
        auto token = ok(service.addNode(branchA, "kiosk"));
        QVERIFY(service.enrol(token.token, "").ok());
        QVERIFY(!service.enrol(token.token, "").ok()); // one time only
        auto late = ok(service.addNode(branchA, "late"));
        clock.advanceDays(8);
        QVERIFY(!service.enrol(late.token, "").ok()); // expired
        QVERIFY(service.revokeNode(infoA.nodeId).ok());
        QVERIFY(!service.authenticate(infoA.nodeId, secret).ok());
    }

    void aGroupCommitFeedsOneImagePerRow()
    {
        // Node A lends its own copy and takes it back three times; node B registers a reader and
        // sends a batch that skips a sequence number. Both batches go into one group commit.
        Circulation& a = nodeA->circulation();
        const auto card = ok(a.registerReader({branchA, "郑十", "adult", std::nullopt, 0})).card;
        NewItem own;
        own.library = branchA;
        own.record.title = "边城";
        const auto copy = ok(a.addItem(own)).barcode;
        for (int round = 0; round < 3; ++round) {
            clock.advanceSeconds(60);
            ok(a.checkout(card, copy, branchA));
            clock.advanceSeconds(60);
            ok(a.checkin(copy, branchA));
        }
        ok(nodeB->circulation().registerReader({branchB, "钱十一", "adult", std::nullopt, 0}));
        auto skipping = ReplicaService(*nodeB).pending(10);
        skipping.front().seq = 2;
        CentralService service(*central);
        const std::int64_t before = service.headCn();
        const auto results = service.applyBatches({{infoA, ReplicaService(*nodeA).pending(100)}, {infoB, skipping}});
        QCOMPARE(results.size(), std::size_t(2));
        QVERIFY(!results[0].violation);
        QCOMPARE(results[0].outcomes.size(), std::size_t(8));
        QVERIFY(results[1].violation);
        QVERIFY2(results[1].violation->find("skips ahead") != std::string::npos, results[1].violation->c_str());
        QVERIFY(results[1].outcomes.empty());
        // Nothing of B's batch is applied; all of A's is.
        QCOMPARE(service.nodes().at(1).lastSeq, std::int64_t(0));
        QCOMPARE(service.nodes().at(0).lastSeq, std::int64_t(8));

        // One image of the copy (six changes), as it stands after the group: on the shelf.
        Query images(central->db(),
                     "SELECT count(*), max(row) FROM changes WHERE cn > ? AND tbl = 'items' AND key = ?");
        images.bind(1, before).bind(2, "{\"barcode\":\"" + copy + "\"}");
        QVERIFY(images.step());
        QCOMPARE(images.getInt(0), std::int64_t(1));
        QVERIFY2(images.getText(1).find("\"status\":\"available\"") != std::string::npos, images.getText(1).c_str());
        // Three loans, one image each, every one returned; parents before children.
        Query loans(central->db(),
                    "SELECT count(*), min(cn) FROM changes WHERE cn > ? AND tbl = 'loans' AND row LIKE ?");
        loans.bind(1, before).bind(2, "%\"returned_at\":null%");
        QVERIFY(loans.step());
        QCOMPARE(loans.getInt(0), std::int64_t(0));
        Query order(central->db(),
                    "SELECT (SELECT max(cn) FROM changes WHERE cn > ?1 AND tbl = 'items') < "
                    "(SELECT min(cn) FROM changes WHERE cn > ?1 AND tbl = 'loans'), "
                    "(SELECT count(*) FROM changes WHERE cn > ?1 AND tbl = 'loans')");
        order.bind(1, before);
        QVERIFY(order.step());
        QCOMPARE(order.getInt(0), std::int64_t(1));
        QCOMPARE(order.getInt(1), std::int64_t(3));
        // The deferral leaves nothing behind, and other writers still feed image by image.
        Query left(central->db(), "SELECT (SELECT count(*) FROM feed_defer) + (SELECT count(*) FROM feed_dirty)");
        QVERIFY(left.step());
        QCOMPARE(left.getInt(0), std::int64_t(0));
        const std::int64_t head = service.headCn();
        ok(central->circulation().registerReader({county, "孔十二", "adult", std::nullopt, 0}));
        QVERIFY(service.headCn() > head);

        ReplicaService(*nodeA).acknowledge(8);
        // B's session was closed; it comes back with the right sequence number.
        QCOMPARE(push(*nodeB, infoB).size(), std::size_t(1));
        pull(*nodeA);
        pull(*nodeB);
        expectConverged();
    }

    void aDeferredFeedNotesAKeyTwiceUnderAnyConflictClause()
    {
        // The firing statement's OR clause overrides a trigger's own: noting a key twice must not
        // turn into a constraint error that would roll back a whole group commit.
        Database& db = central->db();
        const std::int64_t before = CentralService(*central).headCn();
        {
            Transaction tx(db);
            DeferredFeed feed(db);
            for (const char* clause : {"ROLLBACK", "FAIL", "ABORT", "ROLLBACK"})
                db.exec(std::string("UPDATE OR ") + clause
                        + " items SET status = status WHERE barcode = '2622000000000001'");
            feed.flush();
            tx.commit();
        }
        Query images(db, "SELECT count(*) FROM changes WHERE cn > ?");
        images.bind(1, before);
        QVERIFY(images.step());
        QCOMPARE(images.getInt(0), std::int64_t(1));
    }

    void pullWaitsForLocalChanges()
    {
        ok(nodeA->circulation().registerReader({branchA, "孙七", "adult", std::nullopt, 0}));
        CentralService service(*central);
        const auto page = service.pull(ReplicaService(*nodeA).cursor(), 100);
        QCOMPARE(int(ReplicaService(*nodeA).applyPage(page)), int(ReplicaService::PageResult::PendingLocalChanges));
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
