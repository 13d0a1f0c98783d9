#pragma once

#include "Result.h"
#include "Time.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils {

class LocalStore;

enum class StaffRole
{
    Administrator, // the county's administrators: everything
    Cataloguer, // central catalogers: records, items, distribution
    Circulation, // desk staff: lending, returns, readers, fees
    Kiosk, // a self-service kiosk's own account
};

std::string_view toString(StaffRole role);
std::optional<StaffRole> staffRoleFromString(std::string_view text);

struct StaffMember
{
    std::string username;
    std::string displayName;
    StaffRole role = StaffRole::Circulation;
    std::string library; // where the person works
    bool active = true;
    Timestamp createdAt = 0;
};

struct NewStaff
{
    std::string username;
    std::string displayName;
    StaffRole role = StaffRole::Circulation;
    std::string library;
};

// Hashing lives outside core (the app links libsodium, core does not): the caller passes in
// how a password becomes a stored hash and how a hash is checked.
using PasswordHasher = std::function<std::string(std::string_view password)>;
using PasswordVerifier = std::function<bool(std::string_view hash, std::string_view password)>;

// What login() hands the verifier for a username that has no account. The verifier must check
// the password against a fixed dummy hash of its own kind and answer false: an unknown name
// then costs as long as a wrong password, so names cannot be told apart by the time an answer
// takes. (No stored hash is ever empty: add() and setPassword() always store one.)
inline constexpr std::string_view unknownAccountHash {};

// What a person may do at the circulation desk, by role. Decided here, not in the widgets:
// - administrator and circulation staff: everything;
// - cataloguer: log in and look readers up (card or ID number: the reader panel with loans,
//   holds, fees and blocks) and reprint slips and labels, but no transaction: no lending,
//   return, renewal, hold, payment, waiver or registration — these are circulation's work and
//   land in the outbox under the operator's name;
// - kiosk: the account of a self-service machine (SIP2), never a person at a desk: no login.
enum class DeskAction
{
    LogIn,
    LookUp, // load a reader, print what is on screen
    Lend, // checkout (which also fills a hold waiting on the shelf)
    Return,
    Renew,
    Hold, // place a hold
    TakePayment,
    Waive,
    Register, // a new reader
};

bool deskAllows(StaffRole role, DeskAction action);

// Staff accounts and their login rules. Accounts are the central's to manage and replicate to
// every node, so a branch can log its staff in while offline; changing them on a node's
// replica is refused (the central would never hear of it). Failed logins are counted per
// database: five in a row lock the username for fifteen minutes.
class StaffAccounts
{
public:
    static constexpr int maxFailures = 5;
    static constexpr std::int64_t lockSeconds = 15 * 60;
    static constexpr std::size_t minPasswordLength = 8;

    explicit StaffAccounts(LocalStore& store)
        : m_store(store)
    {
    }

    Result<StaffMember> add(const NewStaff& staff, std::string_view password, const PasswordHasher& hasher);
    Result<StaffMember> setPassword(std::string_view username, std::string_view password, const PasswordHasher& hasher);
    Result<StaffMember> deactivate(std::string_view username);
    std::optional<StaffMember> find(std::string_view username) const;
    std::vector<StaffMember> list() const;

    // Checks the password and the lock-out. An unknown username and a wrong password get the
    // same refusal (LoginFailed) after the same work (the verifier runs for both, see
    // unknownAccountHash) and both count towards the lock; while locked (StaffLocked) the
    // password is not even checked. A success clears the count.
    Result<StaffMember> login(std::string_view username, std::string_view password, const PasswordVerifier& verifier);
    // When the lock on this username ends, if it is locked now.
    std::optional<Timestamp> lockedUntil(std::string_view username) const;
    // Why accounts cannot be changed in this database (a node's replica), if they cannot: lets
    // a caller say so before asking for a password.
    std::optional<Refusal> managementRefusal() const;

private:
    std::optional<Refusal> checkPassword(std::string_view password) const;
    Refusal recordFailure(std::string_view username);
    std::string localTime(Timestamp at) const;

    LocalStore& m_store;
};

} // namespace ils
