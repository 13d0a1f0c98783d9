// The circulation engine's rules: every refusal, every routing decision, fines, renewals,
// holds and fees, on a real SQLite file with an injected clock.
#include "TestCounty.h"

#include "Calendar.h"
#include "CatalogueStore.h"
#include "Circulation.h"
#include "Database.h"
#include "Json.h"
#include "ReaderStore.h"
#include "Settings.h"

#include <QTest>

using namespace ils;

namespace {

std::int64_t count(LocalStore& store, const char* sql)
{
    Query q(store.db(), sql);
    return q.step() ? q.getInt(0) : -1;
}

} // namespace

class TestCirculation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCounty> county;
    std::string alice; // adult of branch A
    std::string bob; // adult of branch B
    std::string book; // owned by branch A
    std::string bookB; // owned by branch B

    Circulation& circ() { return county->store().circulation(); }
    void expectRefusal(const Refusal& refusal, Reason expected)
    {
        QCOMPARE(std::string(reasonCode(refusal.reason)), std::string(reasonCode(expected)));
        QVERIFY2(!refusal.detail.empty(), "every refusal explains itself");
    }

private slots:
    void init()
    {
        county = std::make_unique<TestCounty>();
        alice = county->addReader(TestCounty::branchA, "张三");
        bob = county->addReader(TestCounty::branchB, "李四");
        book = county->addItem(TestCounty::branchA, "平凡的世界", "book", "9787530212004");
        bookB = county->addItem(TestCounty::branchB, "红高粱家族");
    }

    void checkoutLendsForTheRuleLoanPeriod()
    {
        const auto before = county->store().outbox().pendingCount();
        auto result = circ().checkout(alice, book, TestCounty::branchA);
        QVERIFY2(result.ok(), result.ok() ? "" : result.refusal().detail.c_str());
        QCOMPARE(result->loan.due.toIso(), std::string("2026-04-01")); // 2026-03-02 + 30 days
        QCOMPARE(result->title, std::string("平凡的世界"));
        const auto item = county->store().catalogue().findItem(book);
        QCOMPARE(int(item->status), int(ItemStatus::OnLoan));
        QCOMPARE(county->store().outbox().pendingCount(), before + 1);
        const auto entry = county->store().outbox().list(0, 1000).back();
        QCOMPARE(entry.type, std::string("checkout"));
        const auto payload = parseFlatJson(entry.payload);
        QVERIFY(payload.value);
        QCOMPARE(payload.value->text("card").value_or(""), alice);
        QCOMPARE(payload.value->text("barcode").value_or(""), book);
        QCOMPARE(payload.value->text("due").value_or(""), std::string("2026-04-01"));
    }

    void dueDateSkipsClosedDays()
    {
        // 2026-04-01 is a Wednesday: close that date for everyone and Thursdays at branch A.
        county->store().calendar().addClosedDay("", *Date::fromIso("2026-04-01"));
        county->store().calendar().addClosedWeekday(TestCounty::branchA, 4);
        auto result = circ().checkout(alice, book, TestCounty::branchA);
        QVERIFY(result.ok());
        QCOMPARE(result->loan.due.toIso(), std::string("2026-04-03"));
        // Branch B is open on Thursdays.
        auto other = circ().checkout(bob, bookB, TestCounty::branchB);
        QVERIFY(other.ok());
        QCOMPARE(other->loan.due.toIso(), std::string("2026-04-02"));
    }

    void readerTypeChangesTheRule()
    {
        const auto child = county->addReader(TestCounty::branchA, "小明", "child");
        auto result = circ().checkout(child, book, TestCounty::branchA);
        QVERIFY(result.ok());
        QCOMPARE(result->loan.due.toIso(), std::string("2026-03-16"));
    }

    void refusalsForTheReader()
    {
        expectRefusal(circ().checkout(alice, book, "999999").refusal(), Reason::LibraryUnknown);
        expectRefusal(circ().checkout("532622001999998", book, TestCounty::branchA).refusal(), Reason::ReaderUnknown);

        QVERIFY(circ().setReaderStatus(alice, ReaderStatus::Blocked, "欠书未还").ok());
        auto blocked = circ().checkout(alice, book, TestCounty::branchA);
        expectRefusal(blocked.refusal(), Reason::ReaderBlocked);
        QVERIFY(blocked.refusal().detail.find("欠书未还") != std::string::npos);

        QVERIFY(circ().setReaderStatus(alice, ReaderStatus::CardLost, "").ok());
        expectRefusal(circ().checkout(alice, book, TestCounty::branchA).refusal(), Reason::ReaderCardLost);

        QVERIFY(circ().setReaderStatus(alice, ReaderStatus::Expired, "").ok());
        expectRefusal(circ().checkout(alice, book, TestCounty::branchA).refusal(), Reason::ReaderExpired);

        // Active, but the expiry date has passed: refused just the same.
        QVERIFY(circ().setReaderStatus(alice, ReaderStatus::Active, "").ok());
        county->clock().advanceDays(3 * 365 + 1);
        expectRefusal(circ().checkout(alice, book, TestCounty::branchA).refusal(), Reason::ReaderExpired);
    }

    void tooManyLoans()
    {
        const auto child = county->addReader(TestCounty::branchA, "小红", "child");
        for (int i = 0; i < 3; ++i)
            QVERIFY(circ()
                        .checkout(
                            child, county->addItem(TestCounty::branchA, "书" + std::to_string(i)), TestCounty::branchA)
                        .ok());
        auto fourth = circ().checkout(child, book, TestCounty::branchA);
        expectRefusal(fourth.refusal(), Reason::TooManyLoans);
        QVERIFY(fourth.refusal().detail.find("limit is 3") != std::string::npos);
    }

    void owesTooMuch()
    {
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        county->clock().advanceDays(30 + 200); // 200 days late: fine capped at 20.00 yuan
        auto back = circ().checkin(book, TestCounty::branchA);
        QVERIFY(back.ok());
        QCOMPARE(back->fineFen, std::int64_t(2000));
        const auto owes = circ().checkout(alice, bookB, TestCounty::branchB);
        expectRefusal(owes.refusal(), Reason::OwesTooMuch);
        QCOMPARE(owes.refusal().facts.at(ils::fact::count), std::string("2000")); // fen
        QCOMPARE(owes.refusal().facts.at(ils::fact::limit), std::string("1000"));
        QVERIFY(circ().pay(alice, 1500).ok()); // owes 5.00, the limit is 10.00
        QVERIFY(circ().checkout(alice, bookB, TestCounty::branchB).ok());
    }

    void refusalsForTheItem()
    {
        expectRefusal(circ().checkout(alice, "2622019999999990", TestCounty::branchA).refusal(), Reason::ItemUnknown);
        const auto reference = county->addItem(TestCounty::branchA, "现代汉语词典", "reference");
        expectRefusal(circ().checkout(alice, reference, TestCounty::branchA).refusal(), Reason::ItemNotLoanable);

        county->store().catalogue().updateItemState(bookB, ItemStatus::Withdrawn, TestCounty::branchB, std::nullopt);
        auto withdrawn = circ().checkout(alice, bookB, TestCounty::branchB);
        expectRefusal(withdrawn.refusal(), Reason::ItemNotAvailable);
        QVERIFY(withdrawn.refusal().detail.find("withdrawn") != std::string::npos);
        // The exact state as data, for each screen to word in its language.
        QCOMPARE(withdrawn.refusal().facts.at(ils::fact::status), std::string("withdrawn"));
        QCOMPARE(ils::factsFromJson(ils::factsJson(withdrawn.refusal().facts)), withdrawn.refusal().facts);
        QVERIFY(ils::factsFromJson("not json").empty());

        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        expectRefusal(circ().checkout(alice, book, TestCounty::branchA).refusal(), Reason::ItemAlreadyOnLoanToReader);
        expectRefusal(circ().checkout(bob, book, TestCounty::branchA).refusal(), Reason::ItemAlreadyOnLoan);
    }

    void aRefusalChangesNothing()
    {
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        const auto outbox = county->store().outbox().pendingCount();
        const auto loans = count(county->store(), "SELECT count(*) FROM loans");
        QVERIFY(!circ().checkout(bob, book, TestCounty::branchA).ok());
        QVERIFY(!circ().renew("0000", TestCounty::branchA).ok());
        QVERIFY(!circ().pay(bob, 100).ok());
        QCOMPARE(county->store().outbox().pendingCount(), outbox);
        QCOMPARE(count(county->store(), "SELECT count(*) FROM loans"), loans);
    }

    void checkinAtHomeReshelves()
    {
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        county->clock().advanceDays(10);
        auto back = circ().checkin(book, TestCounty::branchA);
        QVERIFY(back.ok());
        QVERIFY(back->loan.has_value());
        QCOMPARE(int(back->routing.action), int(RoutingAction::Reshelve));
        QCOMPARE(back->fineFen, std::int64_t(0));
        QCOMPARE(back->borrowerName, std::string("张三"));
        QVERIFY(!circ().openLoanOfItem(book));
        QCOMPARE(int(county->store().catalogue().findItem(book)->status), int(ItemStatus::Available));
        QCOMPARE(county->store().outbox().list(0, 1000).back().type, std::string("checkin"));
    }

    void finesRespectGraceDaysAndCap()
    {
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        county->clock().advanceDays(33); // 3 days late: inside the grace period
        QCOMPARE(circ().checkin(book, TestCounty::branchA)->fineFen, std::int64_t(0));

        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        county->clock().advanceDays(34); // 4 days late: 4 × 0.10 yuan
        auto late = circ().checkin(book, TestCounty::branchA);
        QCOMPARE(late->overdueDays, 4);
        QCOMPARE(late->fineFen, std::int64_t(40));
        QCOMPARE(circ().owedFen(alice), std::int64_t(40));
        QCOMPARE(circ().openFees(alice).size(), std::size_t(1));
        QCOMPARE(circ().openFees(alice).front().kind, std::string("overdue"));
    }

    void returnElsewhereGoesHomeOrFloats()
    {
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        auto atB = circ().checkin(book, TestCounty::branchB);
        QCOMPARE(int(atB->routing.action), int(RoutingAction::SendHome));
        QCOMPARE(atB->routing.library, std::string(TestCounty::branchA));
        auto inTransit = county->store().catalogue().findItem(book);
        QCOMPARE(int(inTransit->status), int(ItemStatus::InTransit));
        QCOMPARE(inTransit->transitTo.value_or(""), std::string(TestCounty::branchA));
        expectRefusal(circ().checkout(bob, book, TestCounty::branchB).refusal(), Reason::ItemNotAvailable);
        // Received at home.
        auto home = circ().checkin(book, TestCounty::branchA);
        QCOMPARE(int(home->routing.action), int(RoutingAction::Reshelve));
        QVERIFY(!home->loan);

        county->store().settings().set("floating_items", 1);
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        auto floated = circ().checkin(book, TestCounty::branchB);
        QCOMPARE(int(floated->routing.action), int(RoutingAction::Reshelve));
        QCOMPARE(county->store().catalogue().findItem(book)->currentLibrary, std::string(TestCounty::branchB));
    }

    void checkinFillsTheOldestHold()
    {
        const auto carol = county->addReader(TestCounty::county, "王五");
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        auto first = circ().placeHold(bob, book, TestCounty::branchB);
        QVERIFY(first.ok());
        QCOMPARE(first->queuePosition, 1);
        county->clock().advanceSeconds(60);
        auto second = circ().placeHold(carol, book, TestCounty::branchA);
        QVERIFY(second.ok());
        QCOMPARE(second->queuePosition, 2);

        // Returned at A: Bob's hold is oldest and he collects at B, so it travels.
        auto back = circ().checkin(book, TestCounty::branchA);
        QCOMPARE(int(back->routing.action), int(RoutingAction::SendToPickup));
        QCOMPARE(back->routing.library, std::string(TestCounty::branchB));
        QCOMPARE(back->routing.holdReader, bob);
        QCOMPARE(back->routing.holdReaderName, std::string("李四"));

        // Arrives at B: onto the hold shelf for Bob, for the hold-shelf period.
        auto arrived = circ().checkin(book, TestCounty::branchB);
        QCOMPARE(int(arrived->routing.action), int(RoutingAction::HoldShelf));
        QCOMPARE(arrived->routing.holdReader, bob);
        QCOMPARE(arrived->routing.readyUntil->toIso(), std::string("2026-03-09"));
        QCOMPARE(int(county->store().catalogue().findItem(book)->status), int(ItemStatus::OnHoldShelf));

        // Only Bob may take it.
        auto other = circ().checkout(carol, book, TestCounty::branchB);
        expectRefusal(other.refusal(), Reason::ItemOnHoldForOther);
        auto collected = circ().checkout(bob, book, TestCounty::branchB);
        QVERIFY(collected.ok());
        QVERIFY(collected->filledHold);
        QCOMPARE(circ().holdQueue(first->hold.recordId).size(), std::size_t(1));

        // Bob returns it at A, where Carol waits: straight onto A's hold shelf.
        auto forCarol = circ().checkin(book, TestCounty::branchA);
        QCOMPARE(int(forCarol->routing.action), int(RoutingAction::HoldShelf));
        QCOMPARE(forCarol->routing.holdReader, carol);
    }

    void expiredHoldLeavesTheShelf()
    {
        const auto carol = county->addReader(TestCounty::county, "王五");
        QVERIFY(circ().placeHold(bob, book, TestCounty::branchA).ok());
        county->clock().advanceSeconds(60);
        QVERIFY(circ().placeHold(carol, book, TestCounty::branchA).ok());
        QCOMPARE(int(circ().checkin(book, TestCounty::branchA)->routing.action), int(RoutingAction::HoldShelf));
        QVERIFY(circ().expireHoldShelf(TestCounty::branchA).empty()); // still within its days
        county->clock().advanceDays(8); // ready until 2026-03-09; now 2026-03-10
        const auto expired = circ().expireHoldShelf(TestCounty::branchA);
        QCOMPARE(expired.size(), std::size_t(1));
        QCOMPARE(expired.front().reader, bob);
        QCOMPARE(expired.front().item.value_or(""), book);
        QCOMPARE(county->store().outbox().list(0, 1000).back().type, std::string("hold.expire"));
        // Bob can no longer take it; checked in again, it goes to the next reader in the queue.
        auto again = circ().checkin(book, TestCounty::branchA);
        QCOMPARE(int(again->routing.action), int(RoutingAction::HoldShelf));
        QCOMPARE(again->routing.holdReader, carol);
        expectRefusal(circ().checkout(bob, book, TestCounty::branchA).refusal(), Reason::ItemOnHoldForOther);
    }

    void renewals()
    {
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        county->clock().advanceDays(20);
        auto renewed = circ().renew(book, TestCounty::branchA);
        QVERIFY(renewed.ok());
        QCOMPARE(renewed->previousDue.toIso(), std::string("2026-04-01"));
        QCOMPARE(renewed->loan.due.toIso(), std::string("2026-04-21")); // 2026-03-22 + 30
        QCOMPARE(renewed->loan.renewals, 1);
        expectRefusal(circ().renew(book, TestCounty::branchA).refusal(), Reason::RenewalLimitReached);
        expectRefusal(circ().renew(bookB, TestCounty::branchA).refusal(), Reason::ItemNotOnLoan);
        expectRefusal(circ().renew("1", TestCounty::branchA).refusal(), Reason::ItemUnknown);
    }

    void renewalRefusedWhenOthersWait()
    {
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        QVERIFY(circ().placeHold(bob, book, TestCounty::branchB).ok());
        auto refused = circ().renew(book, TestCounty::branchA);
        expectRefusal(refused.refusal(), Reason::HoldsWaiting);
        QVERIFY(refused.refusal().detail.find("1 other") != std::string::npos);
    }

    void holdRefusals()
    {
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        expectRefusal(circ().placeHold(alice, book, TestCounty::branchA).refusal(), Reason::ItemAlreadyOnLoanToReader);
        QVERIFY(circ().placeHold(bob, book, TestCounty::branchB).ok());
        expectRefusal(circ().placeHold(bob, book, TestCounty::branchB).refusal(), Reason::HoldAlreadyPlaced);
        expectRefusal(circ().placeHold(bob, book, "nowhere").refusal(), Reason::LibraryUnknown);
        const auto magazine = county->addItem(TestCounty::branchA, "读者", "periodical");
        expectRefusal(circ().placeHold(bob, magazine, TestCounty::branchB).refusal(), Reason::HoldsNotAllowed);
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                circ()
                    .placeHold(bob, county->addItem(TestCounty::branchA, "卷" + std::to_string(i)), TestCounty::branchB)
                    .ok());
        auto sixth = circ().placeHold(bob, bookB, TestCounty::branchB);
        expectRefusal(sixth.refusal(), Reason::TooManyHolds);
    }

    void cancelledHoldIsSkipped()
    {
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        auto hold = circ().placeHold(bob, book, TestCounty::branchB);
        QVERIFY(circ().cancelHold(hold->hold.id).ok());
        expectRefusal(circ().cancelHold(hold->hold.id).refusal(), Reason::HoldUnknown);
        QCOMPARE(int(circ().checkin(book, TestCounty::branchA)->routing.action), int(RoutingAction::Reshelve));
    }

    void paymentsAndWaivers()
    {
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        QVERIFY(circ().checkout(alice, bookB, TestCounty::branchB).ok());
        county->clock().advanceDays(40); // 10 days late each
        QCOMPARE(circ().checkin(book, TestCounty::branchA)->fineFen, std::int64_t(100));
        QCOMPARE(circ().checkin(bookB, TestCounty::branchB)->fineFen, std::int64_t(100));
        QCOMPARE(circ().owedFen(alice), std::int64_t(200));

        expectRefusal(circ().pay(alice, 0).refusal(), Reason::AmountInvalid);
        expectRefusal(circ().pay(alice, 201).refusal(), Reason::AmountInvalid);
        auto paid = circ().pay(alice, 150); // settles the oldest fee, half the second
        QVERIFY(paid.ok());
        QCOMPARE(paid->fees.size(), std::size_t(2));
        QCOMPARE(circ().owedFen(alice), std::int64_t(50));

        const auto open = circ().openFees(alice);
        QCOMPARE(open.size(), std::size_t(1));
        expectRefusal(circ().waive(open.front().id, 50, "").refusal(), Reason::InvalidInput);
        expectRefusal(circ().waive(open.front().id, 51, "图书馆闭馆").refusal(), Reason::AmountInvalid);
        expectRefusal(circ().waive(424242, 1, "x").refusal(), Reason::FeeUnknown);
        QVERIFY(circ().waive(open.front().id, 50, "图书馆闭馆").ok());
        QCOMPARE(circ().owedFen(alice), std::int64_t(0));
        QCOMPARE(count(county->store(), "SELECT count(*) FROM fee_events"), std::int64_t(3));
    }

    void registrationAllocatesFromTheBranchRange()
    {
        QCOMPARE(alice, std::string("532622001000001"));
        QCOMPARE(bob, std::string("532622000500001"));
        const auto next = county->addReader(TestCounty::branchA, "赵六");
        QCOMPARE(next, std::string("532622001000002"));
        QCOMPARE(book, std::string("2622010000000001"));
        // The county's own range skips the sub-range nested in it for branch B.
        const auto countyReader = county->addReader(TestCounty::county, "钱七");
        QCOMPARE(countyReader, std::string("532622000000001"));

        NewReader bad;
        bad.library = TestCounty::branchA;
        bad.name = "孙八";
        bad.idNumber = "532622199001011234";
        auto refused = circ().registerReader(bad);
        expectRefusal(refused.refusal(), Reason::InvalidInput);
        QVERIFY(refused.refusal().detail.find("resident ID") != std::string::npos);

        bad.idNumber = "11010519491231002x";
        auto withId = circ().registerReader(bad);
        QVERIFY(withId.ok());
        QCOMPARE(withId->idNumber.value_or(""), std::string("11010519491231002X"));
        QCOMPARE(county->store().readers().findByIdNumber("11010519491231002X")->card, withId->card);
        bad.name = "重复";
        expectRefusal(circ().registerReader(bad).refusal(), Reason::InvalidInput);
    }

    void everyChangeHasOneOutboxEntry()
    {
        const auto start = county->store().outbox().list(0, 100000).size();
        QVERIFY(circ().checkout(alice, book, TestCounty::branchA).ok());
        QVERIFY(circ().renew(book, TestCounty::branchA).ok());
        QVERIFY(circ().checkin(book, TestCounty::branchB).ok());
        const auto entries = county->store().outbox().list(0, 100000);
        QCOMPARE(entries.size(), start + 3);
        QCOMPARE(entries[start].type, std::string("checkout"));
        QCOMPARE(entries[start + 1].type, std::string("renew"));
        QCOMPARE(entries[start + 2].type, std::string("checkin"));
        for (std::size_t i = 1; i < entries.size(); ++i) {
            QVERIFY(entries[i].seq > entries[i - 1].seq);
            QVERIFY(entries[i].uuid != entries[i - 1].uuid);
            QCOMPARE(entries[i].uuid.size(), std::size_t(36));
        }
        county->reopen();
        QCOMPARE(county->store().outbox().list(0, 100000).size(), start + 3);
    }
};

QTEST_GUILESS_MAIN(TestCirculation)
#include "tst_circulation.moc"
