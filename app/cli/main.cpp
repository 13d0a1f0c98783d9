// ilsctl: the administration command line. Parses, dispatches to the command, and turns
// every failure into one message and an exit status: 1 storage, 2 bad input, 3 not found,
// 4 the central could not be reached or the session failed.
#include "Arguments.h"
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Help.h"
#include "Language.h"
#include "Output.h"
#include "Tr.h"

#include "Database.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>

#include <sys/stat.h>

using namespace ilsctl;

namespace {

// Every option any command knows, so the parser can tell a value from a positional.
std::vector<OptionSpec> knownOptions(const CommandList& commands)
{
    std::vector<OptionSpec> known = globalOptions();
    for (const auto& command : commands)
        for (const auto& option : command.options)
            if (std::none_of(known.begin(), known.end(), [&](const OptionSpec& k) { return k.name == option.name; }))
                known.push_back(option);
    return known;
}

// The command whose words are the longest prefix of the words given.
const Command* findCommand(const CommandList& commands, const std::vector<std::string>& words)
{
    const Command* best = nullptr;
    for (const auto& command : commands) {
        if (command.words.size() > words.size() || (best && best->words.size() >= command.words.size()))
            continue;
        if (std::equal(command.words.begin(), command.words.end(), words.begin()))
            best = &command;
    }
    return best;
}

int withoutCommand(const CommandList& commands, const Arguments& args, const Output& out)
{
    const auto& words = args.words();
    if (words.empty()) {
        if (!args.has("--help"))
            throw usageError(Text::tr("no command given; 'ilsctl --help' lists the commands"));
        out.plain(programHelp(commands));
        return Success;
    }
    const bool isGroup = std::any_of(commands.begin(), commands.end(), [&](const Command& c) {
        return c.words.size() > 1 && c.words.front() == words.front();
    });
    if (!isGroup)
        throw usageError(Text::tr("unknown command '%1'; 'ilsctl --help' lists the commands").arg(qs(words.front())));
    if (words.size() == 1 && args.has("--help")) {
        out.plain(groupHelp(commands, words.front()));
        return Success;
    }
    throw usageError(Text::tr("'%1' needs one of its commands; 'ilsctl %1 --help' lists them").arg(qs(words.front())));
}

void checkOptions(const Command& command, const Arguments& args)
{
    auto accepts = [](const std::vector<OptionSpec>& specs, const std::string& name) {
        return std::any_of(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
    };
    for (const auto& name : args.optionNames())
        if (!accepts(globalOptions(), name) && !accepts(command.options, name))
            throw usageError(Text::tr("unknown option %1 for 'ilsctl %2'").arg(qs(name), commandName(command)));
    for (const auto& option : command.options)
        if (option.required && !args.has(option.name))
            throw usageError(Text::tr("missing option %1 %2 (usage: ilsctl %3)")
                                 .arg(qs(option.name), QString::fromUtf8(option.valueName), synopsis(command)));
}

void checkPositionals(const Command& command, const std::vector<std::string>& positionals)
{
    if (positionals.size() < command.positionals.size())
        throw usageError(Text::tr("missing argument %1 (usage: ilsctl %2)")
                             .arg(qs(command.positionals[positionals.size()]), synopsis(command)));
    // A last positional named "WORD..." takes the rest of the words (hex pasted with spaces).
    const bool takesRest = !command.positionals.empty() && command.positionals.back().ends_with("...");
    if (positionals.size() > command.positionals.size() && !takesRest)
        throw usageError(Text::tr("unexpected argument '%1' (usage: ilsctl %2)")
                             .arg(qs(positionals[command.positionals.size()]), synopsis(command)));
}

int dispatch(const std::vector<std::string>& raw, const Output& out)
{
    const CommandList commands = allCommands();
    const Arguments args = Arguments::parse(raw, knownOptions(commands));
    if (args.has("--version")) {
        out.plain(versionText());
        return Success;
    }
    const Command* command = findCommand(commands, args.words());
    if (!command)
        return withoutCommand(commands, args, out);
    if (args.has("--help")) {
        out.plain(commandHelp(*command));
        return Success;
    }
    checkOptions(*command, args);
    std::vector<std::string> positionals(args.words().begin() + static_cast<std::ptrdiff_t>(command->words.size()),
                                         args.words().end());
    checkPositionals(*command, positionals);
    Context context(args, std::move(positionals), out);
    return command->run(context);
}

} // namespace

int main(int argc, char** argv)
{
    // Everything this program creates (databases, snapshots, backups, logs) is its owner's alone.
    ::umask(077);
    QCoreApplication app(argc, argv);
    const std::vector<std::string> raw(argv + 1, argv + argc);
    const Output out(Arguments::mentions(raw, "--json"));
    const auto language = chooseLanguage(Arguments::peek(raw, "--lang"));
    QTranslator translator;
    if (language && loadTranslation(translator, *language))
        QCoreApplication::installTranslator(&translator);
    try {
        if (!language)
            throw usageError(Text::tr("--lang: '%1' is not valid (expected zh_CN or en)")
                                 .arg(qs(Arguments::peek(raw, "--lang").value_or(""))));
        return dispatch(raw, out);
    } catch (const CliError& error) {
        return out.fail(error);
    } catch (const ils::DiskFullError& error) {
        return out.fail(CliError(StoreFailure,
                                 QStringLiteral("disk_full"),
                                 Text::tr("The disk is full: the last change was not saved. Everything saved before "
                                          "is safe; free some disk space and try again."),
                                 {{QStringLiteral("detail"), qs(error.what())}}));
    } catch (const ils::StoreError& error) {
        return out.fail(CliError(StoreFailure, QStringLiteral("store_error"), qs(error.what())));
    } catch (const std::exception& error) {
        return out.fail(CliError(StoreFailure, QStringLiteral("internal_error"), qs(error.what())));
    }
}
