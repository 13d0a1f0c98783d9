#include "StaffAccounts.h"

#include "Database.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "Money.h" // fact::problem
#include "Settings.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ils {

namespace {

constexpr std::size_t maxUsernameLength = 32;

constexpr std::array roles {
    std::pair {StaffRole::Administrator, std::string_view("administrator")},
    std::pair {StaffRole::Cataloguer, std::string_view("cataloguer")},
    std::pair {StaffRole::Circulation, std::string_view("circulation")},
    std::pair {StaffRole::Kiosk, std::string_view("kiosk")},
};

// Usernames are typed at a desk whose input method may be in Chinese mode: plain lower-case
// ASCII, and a login accepts any case.
std::string normalised(std::string_view username)
{
    std::string out(username.substr(0, 64)); // lock-out rows for nonsense stay small
    std::transform(out.begin(), out.end(), out.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return out;
}

bool validUsername(std::string_view name)
{
    if (name.empty() || name.size() > maxUsernameLength)
        return false;
    const auto allowed = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    };
    return std::all_of(name.begin(), name.end(), allowed) && allowed(name.front()) && name.front() != '.'
        && name.front() != '-';
}

constexpr const char* selectStaff =
    "SELECT username, display_name, role, library, active, created_at, password_hash FROM staff";

StaffMember memberOf(const Query& q)
{
    StaffMember member;
    member.username = q.getText(0);
    member.displayName = q.getText(1);
    member.role = staffRoleFromString(q.getText(2)).value_or(StaffRole::Circulation);
    member.library = q.getText(3);
    member.active = q.getInt(4) != 0;
    member.createdAt = q.getInt(5);
    return member;
}

struct StoredMember
{
    StaffMember member;
    std::string passwordHash;
};

std::optional<StoredMember> load(Database& db, std::string_view username)
{
    Query q(db, std::string(selectStaff) + " WHERE username = ?");
    q.bind(1, username);
    if (!q.step())
        return std::nullopt;
    return StoredMember {memberOf(q), q.getText(6)};
}

} // namespace

std::string_view toString(StaffRole role)
{
    for (const auto& [value, name] : roles)
        if (value == role)
            return name;
    return "?";
}

std::optional<StaffRole> staffRoleFromString(std::string_view text)
{
    for (const auto& [value, name] : roles)
        if (name == text)
            return value;
    return std::nullopt;
}

bool deskAllows(StaffRole role, DeskAction action)
{
    switch (role) {
    case StaffRole::Administrator:
    case StaffRole::Circulation:
        return true;
    case StaffRole::Cataloguer:
        return action == DeskAction::LogIn || action == DeskAction::LookUp;
    case StaffRole::Kiosk:
        return false;
    }
    return false;
}

std::optional<Refusal> StaffAccounts::managementRefusal() const
{
    if (m_store.settings().get("local.role", "") == "node")
        return refuse(Reason::NotAuthorised,
                      "staff accounts are managed at the central; a node's replica receives them");
    return std::nullopt;
}

std::optional<Refusal> StaffAccounts::checkPassword(std::string_view password) const
{
    if (password.size() < minPasswordLength)
        return refuse(Reason::InvalidInput,
                      "a password needs at least " + std::to_string(minPasswordLength) + " characters",
                      {{fact::field, "password"}, {fact::limit, std::to_string(minPasswordLength)}});
    if (std::all_of(password.begin(), password.end(), [&](char c) { return c == password.front(); }))
        return refuse(Reason::InvalidInput,
                      "a password of one repeated character is too easy to guess",
                      {{fact::field, "password"}, {fact::problem, "repeated"}});
    return std::nullopt;
}

Result<StaffMember> StaffAccounts::add(const NewStaff& staff, std::string_view password, const PasswordHasher& hasher)
{
    if (auto refusal = managementRefusal())
        return *refusal;
    const std::string username = normalised(staff.username);
    if (!validUsername(username))
        return refuse(Reason::InvalidInput,
                      "username '" + staff.username
                          + "': 1 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter or digit",
                      {{fact::field, "username"}});
    if (staff.displayName.empty())
        return refuse(
            Reason::InvalidInput, "the staff member's display name is empty", {{fact::field, "display_name"}});
    if (auto refusal = checkPassword(password))
        return *refusal;
    Database& db = m_store.db();
    if (!m_store.libraries().find(staff.library))
        return refuse(Reason::LibraryUnknown, "library " + staff.library + " does not exist");
    if (load(db, username))
        return refuse(Reason::StaffExists, "username " + username + " is taken");
    // Hash before the write transaction: it takes tens of milliseconds on purpose.
    const std::string hash = hasher(password);
    Transaction tx(db);
    if (load(db, username))
        return refuse(Reason::StaffExists, "username " + username + " is taken");
    StaffMember member {username, staff.displayName, staff.role, staff.library, true, m_store.clock().now()};
    Query q(db,
            "INSERT INTO staff(username, display_name, role, library, password_hash, active, created_at) "
            "VALUES(?, ?, ?, ?, ?, 1, ?)");
    q.bind(1, member.username)
        .bind(2, member.displayName)
        .bind(3, toString(member.role))
        .bind(4, member.library)
        .bind(5, hash)
        .bind(6, member.createdAt)
        .run();
    tx.commit();
    return member;
}

Result<StaffMember>
StaffAccounts::setPassword(std::string_view username, std::string_view password, const PasswordHasher& hasher)
{
    if (auto refusal = managementRefusal())
        return *refusal;
    const std::string name = normalised(username);
    if (!load(m_store.db(), name))
        return refuse(Reason::StaffUnknown, "no staff account " + name);
    if (auto refusal = checkPassword(password))
        return *refusal;
    const std::string hash = hasher(password);
    Database& db = m_store.db();
    Transaction tx(db);
    Query q(db, "UPDATE staff SET password_hash = ? WHERE username = ?");
    q.bind(1, hash).bind(2, name).run();
    // A new password is a fresh start for a locked-out person.
    Query unlock(db, "DELETE FROM staff_lockouts WHERE username = ?");
    unlock.bind(1, name).run();
    auto member = load(db, name);
    tx.commit();
    return member->member;
}

Result<StaffMember> StaffAccounts::deactivate(std::string_view username)
{
    if (auto refusal = managementRefusal())
        return *refusal;
    const std::string name = normalised(username);
    Database& db = m_store.db();
    Transaction tx(db);
    auto stored = load(db, name);
    if (!stored)
        return refuse(Reason::StaffUnknown, "no staff account " + name);
    Query q(db, "UPDATE staff SET active = 0 WHERE username = ?");
    q.bind(1, name).run();
    tx.commit();
    stored->member.active = false;
    return stored->member;
}

std::optional<StaffMember> StaffAccounts::find(std::string_view username) const
{
    auto stored = load(m_store.db(), normalised(username));
    if (!stored)
        return std::nullopt;
    return stored->member;
}

std::vector<StaffMember> StaffAccounts::list() const
{
    std::vector<StaffMember> out;
    Query q(m_store.db(), std::string(selectStaff) + " ORDER BY username");
    while (q.step())
        out.push_back(memberOf(q));
    return out;
}

std::optional<Timestamp> StaffAccounts::lockedUntil(std::string_view username) const
{
    Query q(m_store.db(), "SELECT locked_until FROM staff_lockouts WHERE username = ? AND locked_until > ?");
    q.bind(1, normalised(username)).bind(2, m_store.clock().now());
    if (!q.step())
        return std::nullopt;
    return q.getInt(0);
}

std::string StaffAccounts::localTime(Timestamp at) const
{
    // "2026-03-02T10:15:00Z" of the shifted instant reads as the county's wall clock.
    std::string text = formatUtc(at + static_cast<Timestamp>(m_store.settings().utcOffsetMinutes()) * millisPerMinute);
    return text.substr(0, 10) + " " + text.substr(11, 5);
}

Refusal StaffAccounts::recordFailure(std::string_view username)
{
    Database& db = m_store.db();
    Query count(db,
                "INSERT INTO staff_lockouts(username, failures) VALUES(?, 1) "
                "ON CONFLICT(username) DO UPDATE SET failures = failures + 1 RETURNING failures");
    count.bind(1, username);
    const std::int64_t failures = count.step() ? count.getInt(0) : 1;
    while (count.step()) { }
    if (failures < maxFailures)
        return refuse(Reason::LoginFailed,
                      "wrong username or password (" + std::to_string(failures) + " of " + std::to_string(maxFailures)
                          + " attempts before a lock-out)");
    const Timestamp until = m_store.clock().now() + fromSeconds(lockSeconds);
    Query lock(db, "UPDATE staff_lockouts SET failures = 0, locked_until = ? WHERE username = ?");
    lock.bind(1, until).bind(2, username).run();
    return refuse(Reason::StaffLocked,
                  "locked after " + std::to_string(maxFailures) + " failed logins until " + localTime(until));
}

Result<StaffMember>
StaffAccounts::login(std::string_view username, std::string_view password, const PasswordVerifier& verifier)
{
    const std::string name = normalised(username);
    if (auto until = lockedUntil(name))
        return refuse(Reason::StaffLocked, "locked until " + localTime(*until));
    Database& db = m_store.db();
    auto stored = load(db, name);
    // Verified outside the write transaction: a deliberately slow hash must not hold the lock
    // the desk and the replication client write under. An unknown name is verified too (against
    // the verifier's dummy), so that it is not answered faster than a wrong password.
    const bool verified = verifier(stored ? std::string_view(stored->passwordHash) : unknownAccountHash, password);
    const bool matches = stored && verified;
    Transaction tx(db);
    if (auto until = lockedUntil(name)) // another login of the same name locked it meanwhile
        return refuse(Reason::StaffLocked, "locked until " + localTime(*until));
    if (!matches) {
        Refusal refusal = recordFailure(name);
        tx.commit();
        return refusal;
    }
    Query reset(db, "DELETE FROM staff_lockouts WHERE username = ?");
    reset.bind(1, name).run();
    tx.commit();
    if (!stored->member.active)
        return refuse(Reason::StaffInactive, "the account " + name + " has been deactivated");
    return stored->member;
}

} // namespace ils
