// staff add / list / passwd / deactivate: the accounts the desk logs in with. Passwords are read
// from a prompt without echo, or from the first line of stdin (--password-stdin), never from the
// command line, where other users and the shell history would see them.
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Paging.h"
#include "Reasons.h"
#include "SecretInput.h"
#include "Tr.h"
#include "Views.h"

#include "Argon2idHasher.h"

#include "LocalStore.h"
#include "StaffAccounts.h"

#include <QJsonArray>

#include <iostream>
#include <string>

#include <unistd.h>

namespace ilsctl {

namespace {

QString roleText(ils::StaffRole role)
{
    switch (role) {
    case ils::StaffRole::Administrator:
        return Text::tr("administrator");
    case ils::StaffRole::Cataloguer:
        return Text::tr("cataloguer");
    case ils::StaffRole::Circulation:
        return Text::tr("circulation");
    case ils::StaffRole::Kiosk:
        return Text::tr("kiosk");
    }
    return {};
}

ils::StaffRole parseRole(const std::string& text)
{
    const auto role = ils::staffRoleFromString(text);
    if (!role)
        throw usageError(
            Text::tr("--role: '%1' is not valid (expected administrator, cataloguer, circulation or kiosk)")
                .arg(qs(text)));
    return *role;
}

QJsonObject toJson(const ils::StaffMember& member)
{
    return {{"username", qs(member.username)},
            {"name", qs(member.displayName)},
            {"role", qs(ils::toString(member.role))},
            {"library", qs(member.library)},
            {"active", member.active},
            {"created_at", qs(ils::formatUtc(member.createdAt))}};
}

std::string newPassword(Context& ctx, const std::string& username)
{
    const QString ended = Text::tr("no password: standard input ended");
    if (ctx.flag("--password-stdin"))
        return readSecretLine(ended);
    if (!isatty(STDIN_FILENO))
        throw usageError(Text::tr("standard input is not a terminal: give the password with --password-stdin"));
    const std::string password = promptSecret(Text::tr("New password for %1: ").arg(qs(username)), ended);
    if (promptSecret(Text::tr("The same password again: "), ended) != password)
        throw usageError(Text::tr("the two passwords differ; nothing was changed"));
    return password;
}

QString memberLabel(const ils::StaffMember& member)
{
    return named(qs(member.displayName), member.username);
}

int runStaffAdd(Context& ctx)
{
    ils::NewStaff staff;
    staff.username = ctx.positional(0);
    staff.displayName = ctx.required("--name");
    staff.role = parseRole(ctx.required("--role"));
    staff.library = ctx.required("--library");
    ils::LocalStore& store = ctx.store();
    if (auto refusal = ils::StaffAccounts(store).managementRefusal())
        throw refusalError(*refusal);
    const std::string password = newPassword(ctx, staff.username);
    const ils::auth::Argon2idHasher argon2;
    const auto member = accepted(ils::StaffAccounts(store).add(staff, password, argon2.hasher()));
    ctx.out().result({{"staff", toJson(member)}},
                     {Text::tr("Added %1, %2 at %3.")
                          .arg(memberLabel(member), roleText(member.role), libraryLabel(store, member.library))});
    return Success;
}

int runStaffList(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    QJsonArray json;
    Table table({Text::tr("username"), Text::tr("name"), Text::tr("role"), Text::tr("library"), Text::tr("state")});
    const auto all = ils::StaffAccounts(store).list();
    const Page page = Page::of(ctx);
    for (const auto& member : page.cut(all)) {
        json.append(toJson(member));
        table.add({qs(member.username),
                   qs(member.displayName),
                   roleText(member.role),
                   libraryLabel(store, member.library),
                   member.active ? Text::tr("active") : Text::tr("deactivated")});
    }
    QJsonObject out {{"staff", json}};
    QStringList lines = table.empty() && all.empty() ? QStringList {Text::tr("No staff accounts.")} : table.lines();
    page.describe(out, lines, static_cast<std::int64_t>(all.size()));
    ctx.out().result(out, lines);
    return Success;
}

int runStaffPasswd(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    ils::StaffAccounts accounts(store);
    const std::string& username = ctx.positional(0);
    if (auto refusal = accounts.managementRefusal())
        throw refusalError(*refusal);
    if (!accounts.find(username))
        throw refusalError(ils::refuse(ils::Reason::StaffUnknown, "no staff account " + username));
    const std::string password = newPassword(ctx, username);
    const ils::auth::Argon2idHasher argon2;
    const auto member = accepted(accounts.setPassword(username, password, argon2.hasher()));
    ctx.out().result({{"staff", toJson(member)}}, {Text::tr("New password set for %1.").arg(memberLabel(member))});
    return Success;
}

int runStaffDeactivate(Context& ctx)
{
    const auto member = accepted(ils::StaffAccounts(ctx.store()).deactivate(ctx.positional(0)));
    ctx.out().result({{"staff", toJson(member)}},
                     {Text::tr("%1 is deactivated and can no longer log in.").arg(memberLabel(member))});
    return Success;
}

} // namespace

CommandList staffCommands()
{
    const OptionSpec passwordStdin {
        "--password-stdin",
        nullptr,
        QT_TRANSLATE_NOOP("ilsctl", "read the password from the first line of standard input (default: a prompt)")};
    return {
        {{"staff", "add"},
         {"USERNAME"},
         {{"--name", "NAME", QT_TRANSLATE_NOOP("ilsctl", "the staff member's name as shown"), true},
          {"--role", "ROLE", QT_TRANSLATE_NOOP("ilsctl", "administrator, cataloguer, circulation or kiosk"), true},
          {"--library", "CODE", QT_TRANSLATE_NOOP("ilsctl", "the library the staff member works at"), true},
          passwordStdin},
         QT_TRANSLATE_NOOP("ilsctl", "Add a staff account for the desk (at the central; it replicates to the nodes)"),
         runStaffAdd},
        {{"staff", "list"},
         {},
         withPageOptions(),
         QT_TRANSLATE_NOOP("ilsctl", "List the staff accounts"),
         runStaffList},
        {{"staff", "passwd"},
         {"USERNAME"},
         {passwordStdin},
         QT_TRANSLATE_NOOP("ilsctl", "Set a staff member's password (and lift a lock-out)"),
         runStaffPasswd},
        {{"staff", "deactivate"},
         {"USERNAME"},
         {},
         QT_TRANSLATE_NOOP("ilsctl", "Deactivate a staff account: it can no longer log in"),
         runStaffDeactivate},
    };
}

} // namespace ilsctl
