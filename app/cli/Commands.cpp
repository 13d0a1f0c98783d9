#include "Command.h"

#include <QtGlobal>

namespace ilsctl {

CommandList allCommands()
{
    CommandList all;
    for (CommandList (*group)() :
         {initCommands,  ruleCommands,      calendarCommands, settingsCommands, libraryCommands,
          rangeCommands, readerCommands,    itemCommands,     recordCommands,   circulationCommands,
          holdCommands,  feeCommands,       outboxCommands,   nodeCommands,     backupCommands,
          syncCommands,  exceptionCommands, staffCommands,    tagCommands,      demoCommands}) {
        for (auto& command : group())
            all.push_back(std::move(command));
    }
    return all;
}

const std::vector<OptionSpec>& globalOptions()
{
    static const std::vector<OptionSpec> options {
        {"--db", "PATH", QT_TRANSLATE_NOOP("ilsctl", "the database (default: environment variable ILS_DB)")},
        {"--json", nullptr, QT_TRANSLATE_NOOP("ilsctl", "machine-readable output")},
        {"--operator",
         "NAME",
         QT_TRANSLATE_NOOP("ilsctl", "who is acting, recorded in the outbox (default: ILS_OPERATOR, USER or ilsctl)")},
        {"--lang",
         "zh_CN|en",
         QT_TRANSLATE_NOOP("ilsctl", "language of messages (default: from LC_ALL, LC_MESSAGES, LANG)")},
        {"--help", nullptr, QT_TRANSLATE_NOOP("ilsctl", "show help, for the program or for a command")},
        {"--version", nullptr, QT_TRANSLATE_NOOP("ilsctl", "show the version")},
    };
    return options;
}

} // namespace ilsctl
