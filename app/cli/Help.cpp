#include "Help.h"

#include "Output.h"
#include "Tr.h"

#ifndef ILS_VERSION
#define ILS_VERSION "0"
#endif

namespace ilsctl {

namespace {

QString optionUsage(const OptionSpec& option)
{
    QString text = qs(option.name);
    if (option.valueName)
        text += QLatin1Char(' ') + QString::fromUtf8(option.valueName);
    return option.required ? text : QLatin1Char('[') + text + QLatin1Char(']');
}

QStringList optionLines(const std::vector<OptionSpec>& options)
{
    Table table;
    for (const auto& option : options) {
        QString name = QStringLiteral("  ") + qs(option.name);
        if (option.valueName)
            name += QLatin1Char(' ') + QString::fromUtf8(option.valueName);
        table.add({name, translated(option.help)});
    }
    return table.lines();
}

QStringList commandLines(const CommandList& commands, std::string_view group)
{
    Table table;
    for (const auto& command : commands)
        if (group.empty() || command.words.front() == group)
            table.add({QStringLiteral("  ") + commandName(command), translated(command.summary)});
    return table.lines();
}

QString footer()
{
    return Text::tr("Exit status: 0 done, 1 storage failure, 2 bad input or refused by the rules, 3 not found, "
                    "4 could not reach the central or the sync failed.\n"
                    "Environment: ILS_DB (the database), ILS_NOW (fixes the clock, e.g. 2026-03-02T02:00:00Z), "
                    "ILS_OPERATOR.\n");
}

} // namespace

QString commandName(const Command& command)
{
    QStringList words;
    for (auto word : command.words)
        words << qs(word);
    return words.join(QLatin1Char(' '));
}

QString synopsis(const Command& command)
{
    QStringList parts {commandName(command)};
    for (auto positional : command.positionals)
        parts << qs(positional);
    for (const auto& option : command.options)
        parts << optionUsage(option);
    return parts.join(QLatin1Char(' '));
}

QString programHelp(const CommandList& commands)
{
    QStringList lines {Text::tr("Usage: ilsctl COMMAND [ARGUMENTS] [OPTIONS]"),
                       QString(),
                       Text::tr("Administration of the county library network: libraries, code ranges, readers, "
                                "items, circulation, rules, the outbox and replication with the central."),
                       QString(),
                       Text::tr("Commands:")};
    lines << commandLines(commands, {});
    lines << QString() << Text::tr("Options for every command (they may appear anywhere):");
    lines << optionLines(globalOptions());
    lines << QString() << Text::tr("'ilsctl COMMAND --help' describes one command.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + footer();
}

QString groupHelp(const CommandList& commands, std::string_view group)
{
    QStringList lines {Text::tr("Usage: ilsctl %1 COMMAND [ARGUMENTS] [OPTIONS]").arg(qs(group)), QString()};
    lines << commandLines(commands, group);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString commandHelp(const Command& command)
{
    QStringList lines {Text::tr("Usage: ilsctl %1").arg(synopsis(command)), QString(), translated(command.summary)};
    if (!command.options.empty())
        lines << QString() << Text::tr("Options:") << optionLines(command.options);
    lines << QString() << Text::tr("Options for every command:") << optionLines(globalOptions());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + QLatin1Char('\n') + footer();
}

QString versionText()
{
    return Text::tr("ilsctl %1\n").arg(QStringLiteral(ILS_VERSION));
}

} // namespace ilsctl
