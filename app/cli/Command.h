#pragma once

#include <string_view>
#include <vector>

namespace ilsctl {

class Context;

struct OptionSpec
{
    std::string_view name; // "--level"
    const char* valueName = nullptr; // "LEVEL"; nullptr for a flag
    const char* help = ""; // marked with QT_TRANSLATE_NOOP, translated when shown
    bool required = false;
};

// One command: the words that name it, its positional arguments, the options it accepts
// beyond the global ones, and the function that runs it (returns the exit status).
struct Command
{
    std::vector<std::string_view> words; // {"library", "add"}
    std::vector<std::string_view> positionals; // {"CODE", "NAME"}
    std::vector<OptionSpec> options;
    const char* summary; // marked with QT_TRANSLATE_NOOP
    int (*run)(Context&);
};

using CommandList = std::vector<Command>;

// One function per command group, each in its own file.
CommandList initCommands();
CommandList ruleCommands();
CommandList calendarCommands();
CommandList settingsCommands();
CommandList libraryCommands();
CommandList rangeCommands();
CommandList readerCommands();
CommandList itemCommands();
CommandList circulationCommands(); // checkout, checkin, renew
CommandList holdCommands();
CommandList feeCommands();
CommandList outboxCommands();
CommandList recordCommands();
CommandList backupCommands(); // at the central: backup, restore
CommandList nodeCommands(); // at the central: node add / list / revoke, nodes
CommandList syncCommands(); // at a node: enrol, sync
CommandList exceptionCommands();
CommandList staffCommands(); // staff add / list / passwd / deactivate
CommandList tagCommands(); // tag decode / encode: RFID tag data (ISO 28560-2, -3)
CommandList demoCommands();

CommandList allCommands();
// The options every command accepts.
const std::vector<OptionSpec>& globalOptions();

} // namespace ilsctl
