// Staff accounts: adding, passwords, deactivation, and the login rules with their lock-out,
// on a real SQLite file with an injected clock. Hashing is injected too: a reversible fake
// here, Argon2id in the apps (tests/auth).
#include "TestCounty.h"

#include "Applier.h"
#include "ChangeFeed.h"
#include "Database.h"
#include "Settings.h"
#include "StaffAccounts.h"

#include <QTest>

#include <algorithm>

using namespace ils;

namespace {

std::string fakeHash(std::string_view password)
{
    return "fake$" + std::string(password);
}

bool fakeVerify(std::string_view hash, std::string_view password)
{
    return hash == fakeHash(password);
}

NewStaff desk(const std::string& username)
{
    return {username, "王丽", StaffRole::Circulation, TestCounty::branchA};
}

std::string code(Reason reason)
{
    return std::string(reasonCode(reason));
}

} // namespace

class TestStaff : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCounty> county;
    StaffAccounts staff() { return StaffAccounts(county->store()); }

    std::string loginCode(const char* username, const char* password)
    {
        auto result = staff().login(username, password, fakeVerify);
        return result ? std::string("ok") : code(result.refusal().reason);
    }

private slots:
    void init()
    {
        county = std::make_unique<TestCounty>();
        QVERIFY(staff().add(desk("wangli"), "correct horse", fakeHash).ok());
    }

    void addStoresTheHashNeverThePassword()
    {
        Query q(county->store().db(),
                "SELECT password_hash, role, library, active FROM staff WHERE username = 'wangli'");
        QVERIFY(q.step());
        QCOMPARE(q.getText(0), std::string("fake$correct horse"));
        QCOMPARE(q.getText(1), std::string("circulation"));
        QCOMPARE(q.getText(2), std::string(TestCounty::branchA));
        QCOMPARE(q.getInt(3), std::int64_t(1));
        const auto member = staff().find("WangLi");
        QVERIFY(member);
        QCOMPARE(member->displayName, std::string("王丽"));
        QCOMPARE(member->createdAt, county->clock().now());
    }

    void addRefusesWhatIsWrong()
    {
        QCOMPARE(code(staff().add(desk("wangli"), "another pass", fakeHash).refusal().reason),
                 code(Reason::StaffExists));
        QCOMPARE(code(staff().add(desk("WANGLI"), "another pass", fakeHash).refusal().reason),
                 code(Reason::StaffExists));
        QCOMPARE(code(staff().add(desk("王丽"), "another pass", fakeHash).refusal().reason),
                 code(Reason::InvalidInput));
        QCOMPARE(code(staff().add(desk(""), "another pass", fakeHash).refusal().reason), code(Reason::InvalidInput));
        QCOMPARE(code(staff().add(desk("zhao"), "short", fakeHash).refusal().reason), code(Reason::InvalidInput));
        QCOMPARE(code(staff().add(desk("zhao"), "aaaaaaaaaa", fakeHash).refusal().reason), code(Reason::InvalidInput));
        auto nowhere = desk("zhao");
        nowhere.library = "999999";
        QCOMPARE(code(staff().add(nowhere, "another pass", fakeHash).refusal().reason), code(Reason::LibraryUnknown));
        auto nameless = desk("zhao");
        nameless.displayName.clear();
        QCOMPARE(code(staff().add(nameless, "another pass", fakeHash).refusal().reason), code(Reason::InvalidInput));
        QCOMPARE(staff().list().size(), std::size_t(1));
    }

    void rolesHaveStableNames()
    {
        for (auto role : {StaffRole::Administrator, StaffRole::Cataloguer, StaffRole::Circulation, StaffRole::Kiosk})
            QCOMPARE(staffRoleFromString(toString(role)), std::optional(role));
        QCOMPARE(staffRoleFromString("librarian"), std::nullopt);
    }

    void loginWithTheRightPassword()
    {
        auto result = staff().login("wangli", "correct horse", fakeVerify);
        QVERIFY(result.ok());
        QCOMPARE(result->username, std::string("wangli"));
        QCOMPARE(result->library, std::string(TestCounty::branchA));
        QVERIFY(staff().login("WangLi", "correct horse", fakeVerify).ok()); // any case
    }

    void unknownUserAndWrongPasswordLookTheSame()
    {
        const auto wrong = staff().login("wangli", "wrong horse", fakeVerify);
        const auto unknown = staff().login("nobody", "correct horse", fakeVerify);
        QCOMPARE(code(wrong.refusal().reason), code(Reason::LoginFailed));
        QCOMPARE(code(unknown.refusal().reason), code(Reason::LoginFailed));
        QCOMPARE(wrong.refusal().detail, unknown.refusal().detail);
    }

    // The verifier runs for an unknown name too, given unknownAccountHash (Argon2id checks a
    // dummy hash then), so an unknown name is not answered faster than a wrong password; and
    // even a verifier that says yes to it does not let anyone in.
    void anUnknownNameIsVerifiedAsWell()
    {
        std::vector<std::string> asked;
        const PasswordVerifier counting = [&](std::string_view hash, std::string_view password) {
            asked.emplace_back(hash);
            return fakeVerify(hash, password);
        };
        QCOMPARE(code(staff().login("nobody", "correct horse", counting).refusal().reason), code(Reason::LoginFailed));
        QCOMPARE(asked, std::vector<std::string> {std::string(unknownAccountHash)});
        QCOMPARE(code(staff().login("wangli", "wrong horse", counting).refusal().reason), code(Reason::LoginFailed));
        QCOMPARE(asked.size(), std::size_t(2));
        QCOMPARE(asked.back(), std::string("fake$correct horse"));
        const PasswordVerifier yes = [](std::string_view, std::string_view) { return true; };
        QCOMPARE(code(staff().login("nobody", "anything", yes).refusal().reason), code(Reason::LoginFailed));
    }

    // Who may do what at the desk (core/StaffAccounts.h): a kiosk account never logs in, a
    // cataloguer looks up but does no transaction.
    void deskPermissionsByRole()
    {
        const DeskAction all[] = {DeskAction::LogIn,
                                  DeskAction::LookUp,
                                  DeskAction::Lend,
                                  DeskAction::Return,
                                  DeskAction::Renew,
                                  DeskAction::Hold,
                                  DeskAction::TakePayment,
                                  DeskAction::Waive,
                                  DeskAction::Register};
        for (DeskAction action : all) {
            QVERIFY(deskAllows(StaffRole::Administrator, action));
            QVERIFY(deskAllows(StaffRole::Circulation, action));
            QVERIFY(!deskAllows(StaffRole::Kiosk, action));
            const bool lookingOnly = action == DeskAction::LogIn || action == DeskAction::LookUp;
            QCOMPARE(deskAllows(StaffRole::Cataloguer, action), lookingOnly);
        }
    }

    void fiveFailuresLockForFifteenMinutes()
    {
        for (int i = 1; i < StaffAccounts::maxFailures; ++i)
            QCOMPARE(loginCode("wangli", "wrong horse"), code(Reason::LoginFailed));
        const auto fifth = staff().login("wangli", "wrong horse", fakeVerify);
        QCOMPARE(code(fifth.refusal().reason), code(Reason::StaffLocked));
        // Locked at 2026-03-02T02:00Z = 10:00 in the county (UTC+8), until 10:15.
        QVERIFY2(fifth.refusal().detail.find("2026-03-02 10:15") != std::string::npos, fifth.refusal().detail.c_str());
        QCOMPARE(staff().lockedUntil("wangli"),
                 std::optional(county->clock().now() + fromSeconds(StaffAccounts::lockSeconds)));

        // Even the right password is refused while the lock lasts, and the lock does not grow.
        county->clock().advanceSeconds(14 * 60);
        QCOMPARE(loginCode("wangli", "correct horse"), code(Reason::StaffLocked));
        county->clock().advanceSeconds(60);
        QCOMPARE(staff().lockedUntil("wangli"), std::nullopt);
        QCOMPARE(loginCode("wangli", "correct horse"), std::string("ok"));
    }

    void aSuccessResetsTheCount()
    {
        for (int i = 1; i < StaffAccounts::maxFailures; ++i)
            QCOMPARE(loginCode("wangli", "wrong horse"), code(Reason::LoginFailed));
        QCOMPARE(loginCode("wangli", "correct horse"), std::string("ok"));
        for (int i = 1; i < StaffAccounts::maxFailures; ++i)
            QCOMPARE(loginCode("wangli", "wrong horse"), code(Reason::LoginFailed));
        QCOMPARE(loginCode("wangli", "correct horse"), std::string("ok"));
    }

    void unknownNamesLockToo()
    {
        for (int i = 1; i < StaffAccounts::maxFailures; ++i)
            QCOMPARE(loginCode("nobody", "guess1234"), code(Reason::LoginFailed));
        QCOMPARE(loginCode("nobody", "guess1234"), code(Reason::StaffLocked));
        QCOMPARE(loginCode("wangli", "correct horse"), std::string("ok")); // others are not affected
    }

    void theLockSurvivesARestart()
    {
        for (int i = 0; i < StaffAccounts::maxFailures; ++i)
            (void)staff().login("wangli", "wrong horse", fakeVerify);
        county->reopen();
        QCOMPARE(loginCode("wangli", "correct horse"), code(Reason::StaffLocked));
    }

    void newPasswordReplacesTheOldAndUnlocks()
    {
        for (int i = 0; i < StaffAccounts::maxFailures; ++i)
            (void)staff().login("wangli", "wrong horse", fakeVerify);
        QVERIFY(staff().setPassword("wangli", "battery staple", fakeHash).ok());
        QCOMPARE(loginCode("wangli", "correct horse"), code(Reason::LoginFailed));
        QCOMPARE(loginCode("wangli", "battery staple"), std::string("ok"));
        QCOMPARE(code(staff().setPassword("nobody", "battery staple", fakeHash).refusal().reason),
                 code(Reason::StaffUnknown));
        QCOMPARE(code(staff().setPassword("wangli", "short", fakeHash).refusal().reason), code(Reason::InvalidInput));
    }

    void deactivatedStaffCannotLogIn()
    {
        QVERIFY(!staff().deactivate("wangli")->active);
        QCOMPARE(loginCode("wangli", "correct horse"), code(Reason::StaffInactive));
        // A wrong password still says only "wrong": deactivation is told to the person alone.
        QCOMPARE(loginCode("wangli", "wrong horse"), code(Reason::LoginFailed));
        QCOMPARE(code(staff().deactivate("nobody").refusal().reason), code(Reason::StaffUnknown));
        QCOMPARE(staff().list().front().active, false);
    }

    void aNodeReplicaCannotChangeAccounts()
    {
        county->store().settings().set("local.role", "node");
        QCOMPARE(code(staff().add(desk("zhao"), "another pass", fakeHash).refusal().reason),
                 code(Reason::NotAuthorised));
        QCOMPARE(code(staff().setPassword("wangli", "battery staple", fakeHash).refusal().reason),
                 code(Reason::NotAuthorised));
        QCOMPARE(code(staff().deactivate("wangli").refusal().reason), code(Reason::NotAuthorised));
        QCOMPARE(loginCode("wangli", "correct horse"), std::string("ok")); // logging in works offline
    }

    void staffReplicatesButLockoutsDoNot()
    {
        const auto& names = replicatedTableNames();
        const auto libraries = std::find(names.begin(), names.end(), "libraries");
        const auto staffTable = std::find(names.begin(), names.end(), "staff");
        QVERIFY(staffTable != names.end());
        QVERIFY(libraries < staffTable); // a staff row names its library
        QVERIFY(std::find(names.begin(), names.end(), "staff_lockouts") == names.end());
    }

    void theCentralRejectsStaffChangesFromNodes()
    {
        Applier applier(county->store());
        NodeInfo node;
        node.nodeId = "node-0001";
        node.number = 1;
        node.library = TestCounty::branchA;
        PushedEntry entry {1, "uuid-1", "staff.add", R"({"username":"evil"})", county->clock().now(), "x"};
        const auto outcome = applier.apply(node, entry);
        QVERIFY(outcome.status == ApplyStatus::Rejected);
        QCOMPARE(outcome.reasonCode, code(Reason::NotAuthorised));
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
