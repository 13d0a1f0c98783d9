// settings get / set: county-wide and node-local settings kept in the database.
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Tr.h"

#include "LocalStore.h"
#include "ReaderPrivacy.h"
#include "Settings.h"

namespace ilsctl {

namespace {

// The node's secret and state are not for `settings`: see ils::Settings::isStaffSetting.
void refuseNodeState(const std::string& key)
{
    if (!ils::Settings::isStaffSetting(key))
        throw usageError(
            Text::tr("%1 belongs to the node itself and cannot be shown or changed with 'settings'").arg(qs(key)));
}

int runSettingsGet(Context& ctx)
{
    const std::string& key = ctx.positional(0);
    refuseNodeState(key);
    if (key == ils::idHashKeySetting)
        throw usageError(Text::tr("%1 is a secret and is not shown").arg(qs(key)));
    const auto value = ctx.store().settings().get(key);
    if (!value)
        throw notFoundError(Text::tr("setting %1 is not set (the built-in default applies)").arg(qs(key)));
    ctx.out().result({{"key", qs(key)}, {"value", qs(*value)}}, {qs(*value)});
    return Success;
}

int runSettingsSet(Context& ctx)
{
    const std::string& key = ctx.positional(0);
    const std::string& value = ctx.positional(1);
    refuseNodeState(key);
    if (key == ils::idHashKeySetting)
        throw usageError(Text::tr("%1 cannot be changed: every reader's resident ID hash depends on it")
                             .arg(qs(std::string(ils::idHashKeySetting))));
    if (key == "lost_charge" && !ils::Settings::isLostChargeSetting(value))
        throw usageError(Text::tr("lost_charge must be refund, keep or ask, not '%1'").arg(qs(value)));
    ctx.store().settings().set(key, value);
    ctx.out().result({{"key", qs(key)}, {"value", qs(value)}}, {Text::tr("%1 = %2").arg(qs(key), qs(value))});
    return Success;
}

} // namespace

CommandList settingsCommands()
{
    return {
        {{"settings", "get"}, {"KEY"}, {}, QT_TRANSLATE_NOOP("ilsctl", "Show a setting"), runSettingsGet},
        {{"settings", "set"}, {"KEY", "VALUE"}, {}, QT_TRANSLATE_NOOP("ilsctl", "Change a setting"), runSettingsSet},
    };
}

} // namespace ilsctl
