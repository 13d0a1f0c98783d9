// rules list / set: the county's unified circulation rules (reader type × item type × level).
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Paging.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "LocalStore.h"
#include "RuleStore.h"

#include <QJsonArray>

namespace ilsctl {

namespace {

QString ruleKey(const ils::RuleRow& row)
{
    return Text::tr("reader %1, item %2, level %3").arg(qs(row.readerType), qs(row.itemType), qs(row.level));
}

QStringList ruleCells(const ils::Rule& rule)
{
    return {QString::number(rule.loanDays),
            QString::number(rule.maxLoans),
            QString::number(rule.renewals),
            QString::number(rule.renewalDays),
            formatYuan(rule.dailyFineFen),
            QString::number(rule.graceDays),
            formatYuan(rule.fineCapFen),
            rule.holdsAllowed ? Text::tr("yes") : Text::tr("no"),
            QString::number(rule.maxHolds)};
}

QStringList ruleHeaders()
{
    return {Text::tr("loan days"),
            Text::tr("max loans"),
            Text::tr("renewals"),
            Text::tr("renewal days"),
            Text::tr("fine/day"),
            Text::tr("grace days"),
            Text::tr("fine cap"),
            Text::tr("holds"),
            Text::tr("max holds")};
}

int runRulesList(Context& ctx)
{
    const auto all = ctx.store().rules().list();
    const Page page = Page::of(ctx);
    const auto rows = page.cut(all);
    QJsonArray json;
    Table table(QStringList {Text::tr("reader type"), Text::tr("item type"), Text::tr("level")} + ruleHeaders());
    for (const auto& row : rows) {
        json.append(toJson(row));
        table.add(QStringList {qs(row.readerType), qs(row.itemType), qs(row.level)} + ruleCells(row.rule));
    }
    ils::RuleRow builtIn;
    table.add(QStringList {Text::tr("(built-in default)"), QString(), QString()} + ruleCells(builtIn.rule));
    QJsonObject out {{"rules", json}, {"built_in_default", toJson(builtIn)}};
    QStringList lines = table.lines();
    page.describe(out, lines, static_cast<std::int64_t>(all.size()));
    ctx.out().result(out, lines);
    return Success;
}

// A rule field given as an option replaces the row's current value.
void setCount(Context& ctx, std::string_view option, int& field)
{
    if (auto text = ctx.option(option))
        field = parseCount(*text, qs(option));
}

void setAmount(Context& ctx, std::string_view option, std::int64_t& field)
{
    if (auto text = ctx.option(option))
        field = parseAmount(*text, qs(option));
}

int runRulesSet(Context& ctx)
{
    ils::RuleRow row;
    row.readerType = ctx.option("--reader-type").value_or("*");
    row.itemType = ctx.option("--item-type").value_or("*");
    row.level = ctx.option("--level").value_or("*");
    if (row.level != "*")
        parseLevel(row.level, QStringLiteral("--level"));
    ils::RuleStore& rules = ctx.store().rules();
    // Start from the row as it stands, so that setting one field keeps the others.
    for (const auto& existing : rules.list())
        if (existing.readerType == row.readerType && existing.itemType == row.itemType && existing.level == row.level)
            row.rule = existing.rule;
    ils::Rule& rule = row.rule;
    setCount(ctx, "--loan-days", rule.loanDays);
    setCount(ctx, "--max-loans", rule.maxLoans);
    setCount(ctx, "--renewals", rule.renewals);
    setCount(ctx, "--renewal-days", rule.renewalDays);
    setAmount(ctx, "--daily-fine", rule.dailyFineFen);
    setCount(ctx, "--grace-days", rule.graceDays);
    setAmount(ctx, "--fine-cap", rule.fineCapFen);
    if (auto text = ctx.option("--holds-allowed"))
        rule.holdsAllowed = parseYesNo(*text, QStringLiteral("--holds-allowed"));
    setCount(ctx, "--max-holds", rule.maxHolds);
    rules.set(row);
    Table table(ruleHeaders());
    table.add(ruleCells(rule));
    ctx.out().result({{"rule", toJson(row)}},
                     QStringList {Text::tr("Rule set for %1:").arg(ruleKey(row))} + table.lines());
    return Success;
}

} // namespace

CommandList ruleCommands()
{
    return {
        {{"rules", "list"},
         {},
         withPageOptions(),
         QT_TRANSLATE_NOOP("ilsctl", "List the county's circulation rules"),
         runRulesList},
        {{"rules", "set"},
         {},
         {{"--reader-type", "TYPE", QT_TRANSLATE_NOOP("ilsctl", "reader type, or * for any (default)")},
          {"--item-type", "TYPE", QT_TRANSLATE_NOOP("ilsctl", "item type, or * for any (default)")},
          {"--level", "LEVEL", QT_TRANSLATE_NOOP("ilsctl", "library level, or * for any (default)")},
          {"--loan-days", "N", QT_TRANSLATE_NOOP("ilsctl", "loan period in days; 0: not lent")},
          {"--max-loans", "N", QT_TRANSLATE_NOOP("ilsctl", "most items on loan at once")},
          {"--renewals", "N", QT_TRANSLATE_NOOP("ilsctl", "how many times a loan may be renewed")},
          {"--renewal-days", "N", QT_TRANSLATE_NOOP("ilsctl", "days a renewal adds")},
          {"--daily-fine", "YUAN", QT_TRANSLATE_NOOP("ilsctl", "fine per day overdue, e.g. 0.10")},
          {"--grace-days", "N", QT_TRANSLATE_NOOP("ilsctl", "days overdue before a fine")},
          {"--fine-cap", "YUAN", QT_TRANSLATE_NOOP("ilsctl", "largest fine for one loan")},
          {"--holds-allowed", "yes|no", QT_TRANSLATE_NOOP("ilsctl", "whether such items may be reserved")},
          {"--max-holds", "N", QT_TRANSLATE_NOOP("ilsctl", "most open holds per reader")}},
         QT_TRANSLATE_NOOP("ilsctl", "Set one row of the rule matrix (unnamed fields keep their values)"),
         runRulesSet},
    };
}

} // namespace ilsctl
