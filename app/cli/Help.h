#pragma once

#include "Command.h"

#include <QString>

#include <string_view>

namespace ilsctl {

QString synopsis(const Command& command); // "library add CODE NAME --level LEVEL [--parent CODE]"
QString commandName(const Command& command); // "library add"
QString programHelp(const CommandList& commands);
QString groupHelp(const CommandList& commands, std::string_view group); // every "reader …" command
QString commandHelp(const Command& command);
QString versionText();

} // namespace ilsctl
