// Check-in of copies out of circulation (issue 9): a copy in processing goes to the cataloguers
// and stays in processing, a withdrawn copy stays withdrawn, a lost copy comes back found with
// its charge refunded or kept as the county sets, and each leaves a line in the copy's history.
#include "TestCounty.h"

#include "CatalogueStore.h"
#include "Circulation.h"
#include "Database.h"
#include "Json.h"
#include "Settings.h"

#include <QTest>

using namespace ils;

namespace {

std::int64_t number(LocalStore& store, const std::string& sql)
{
    Query q(store.db(), sql);
    return q.step() ? q.getInt(0) : -1;
}

} // namespace

class TestCheckinStates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCounty> county;
    std::string alice;
    std::string book; // owned by branch A

    Circulation& circ() { return county->store().circulation(); }
    void setStatus(ItemStatus status)
    {
        county->store().catalogue().updateItemState(book, status, TestCounty::branchA, std::nullopt);
    }
    ItemStatus status() { return county->store().catalogue().findItem(book)->status; }
    // A lost-item charge of 30 yuan, 10 of them paid.
    std::int64_t chargeForLoss()
    {
        Query q(county->store().db(),
                "INSERT INTO fees(id, reader, item, kind, amount_fen, paid_fen, created_at) "
                "VALUES(900, ?, ?, 'lost', 3000, 1000, ?)");
        q.bind(1, alice).bind(2, book).bind(3, county->clock().now()).run();
        return 900;
    }
    FlatJson lastPayload()
    {
        const auto entry = county->store().outbox().list(0, 1000).back();
        auto parsed = parseFlatJson(entry.payload);
        return parsed.value.value_or(FlatJson {});
    }

private slots:
    void init()
    {
        county = std::make_unique<TestCounty>();
        alice = county->addReader(TestCounty::branchA, "张三");
        book = county->addItem(TestCounty::branchA, "平凡的世界");
    }

    void processingGoesToTheCataloguers()
    {
        // An uncatalogued copy with a reader waiting for the title: it still must not go out.
        const auto other = county->addItem(TestCounty::branchA, "平凡的世界");
        QVERIFY(circ().checkout(alice, other, TestCounty::branchA).ok());
        setStatus(ItemStatus::Processing);
        auto back = circ().checkin(book, TestCounty::branchB);
        QVERIFY2(back.ok(), back.ok() ? "" : back.refusal().detail.c_str());
        QCOMPARE(int(back->routing.action), int(RoutingAction::ToCataloguing));
        QCOMPARE(std::string(toString(back->routing.action)), std::string("to_cataloguing"));
        QCOMPARE(int(status()), int(ItemStatus::Processing));
        QCOMPARE(county->store().catalogue().findItem(book)->currentLibrary, std::string(TestCounty::branchB));
        const auto history = circ().itemHistory(book);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history.front().kind, std::string("returned_processing"));
        QCOMPARE(history.front().library, std::string(TestCounty::branchB));
        QCOMPARE(lastPayload().text("routing").value_or(""), std::string("to_cataloguing"));
        QCOMPARE(lastPayload().number("item_event_id").value_or(0), history.front().id);
    }

    void processingIsNotLentWithItsOwnReason()
    {
        setStatus(ItemStatus::Processing);
        auto refused = circ().checkout(alice, book, TestCounty::branchA);
        QVERIFY(!refused.ok());
        QCOMPARE(std::string(reasonCode(refused.refusal().reason)), std::string("item_in_processing"));
    }

    void withdrawnStaysWithdrawn()
    {
        setStatus(ItemStatus::Withdrawn);
        auto back = circ().checkin(book, TestCounty::branchA);
        QVERIFY(back.ok());
        QCOMPARE(int(back->routing.action), int(RoutingAction::KeepWithdrawn));
        QCOMPARE(int(status()), int(ItemStatus::Withdrawn));
        QCOMPARE(circ().itemHistory(book).front().kind, std::string("returned_withdrawn"));
    }

    void lostIsFoundAndRefundedWhenTheCountySaysSo()
    {
        county->store().settings().set("lost_charge", "refund");
        const auto fee = chargeForLoss();
        setStatus(ItemStatus::Lost);
        auto back = circ().checkin(book, TestCounty::branchA);
        QVERIFY2(back.ok(), back.ok() ? "" : back.refusal().detail.c_str());
        QVERIFY(back->foundLost.has_value());
        QCOMPARE(int(back->foundLost->decision), int(LostChargeDecision::Refund));
        QCOMPARE(back->foundLost->refundFen, std::int64_t(1000));
        QCOMPARE(back->foundLost->cancelledFen, std::int64_t(2000));
        QCOMPARE(back->foundLost->readerName, std::string("张三"));
        QCOMPARE(int(back->routing.action), int(RoutingAction::Reshelve));
        QCOMPARE(int(status()), int(ItemStatus::Available));
        QCOMPARE(circ().owedFen(alice), std::int64_t(0));
        QVERIFY(circ().lostCharges(book).empty());
        QCOMPARE(number(county->store(),
                        "SELECT amount_fen FROM fee_events WHERE kind = 'refund' AND fee_id = " + std::to_string(fee)),
                 std::int64_t(1000));
        const auto history = circ().itemHistory(book);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history.front().kind, std::string("found"));
        QCOMPARE(history.front().detail, std::string("refund"));
        const auto payload = lastPayload();
        QCOMPARE(payload.text("item_state").value_or(""), std::string("lost"));
        QCOMPARE(payload.text("lost_charge").value_or(""), std::string("refund"));
        QVERIFY(payload.text("lost_fees").value_or("").starts_with(std::to_string(fee) + ":1000:"));
    }

    void lostChargeKept()
    {
        county->store().settings().set("lost_charge", "keep");
        chargeForLoss();
        setStatus(ItemStatus::Lost);
        auto back = circ().checkin(book, TestCounty::branchA);
        QVERIFY(back.ok());
        QCOMPARE(int(back->foundLost->decision), int(LostChargeDecision::Keep));
        QCOMPARE(back->foundLost->keptFen, std::int64_t(3000));
        QCOMPARE(circ().owedFen(alice), std::int64_t(2000));
        QCOMPARE(int(status()), int(ItemStatus::Available));
    }

    void askingRefusesUntilTheDeskDecides()
    {
        // "ask" is the default.
        chargeForLoss();
        setStatus(ItemStatus::Lost);
        const auto outbox = county->store().outbox().pendingCount();
        auto undecided = circ().checkin(book, TestCounty::branchA);
        QVERIFY(!undecided.ok());
        QCOMPARE(std::string(reasonCode(undecided.refusal().reason)), std::string("lost_charge_undecided"));
        QCOMPARE(int(status()), int(ItemStatus::Lost)); // a refusal changes nothing
        QCOMPARE(county->store().outbox().pendingCount(), outbox);
        QVERIFY(circ().itemHistory(book).empty());
        auto decided = circ().checkin(book, TestCounty::branchA, {}, {LostChargeDecision::Keep});
        QVERIFY(decided.ok());
        QCOMPARE(int(decided->foundLost->decision), int(LostChargeDecision::Keep));
        QCOMPARE(circ().owedFen(alice), std::int64_t(2000));
    }

    void lostWithoutAChargeNeedsNoQuestion()
    {
        setStatus(ItemStatus::Lost);
        auto back = circ().checkin(book, TestCounty::branchA);
        QVERIFY(back.ok());
        QCOMPARE(int(back->foundLost->decision), int(LostChargeDecision::None));
        QCOMPARE(circ().itemHistory(book).front().kind, std::string("found"));
    }

    void foundCopyServesAWaitingHold()
    {
        county->store().settings().set("lost_charge", "keep");
        const auto bob = county->addReader(TestCounty::branchA, "李四");
        setStatus(ItemStatus::Lost);
        QVERIFY(circ().placeHold(bob, book, TestCounty::branchA).ok()); // the title, not the copy
        auto back = circ().checkin(book, TestCounty::branchA);
        QVERIFY(back.ok());
        QCOMPARE(int(back->routing.action), int(RoutingAction::HoldShelf));
        QCOMPARE(int(status()), int(ItemStatus::OnHoldShelf));
    }
};

QTEST_GUILESS_MAIN(TestCheckinStates)
#include "tst_checkin_states.moc"
