// calendar close / close-weekday: days on which nothing falls due.
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "Calendar.h"
#include "LibraryStore.h"
#include "LocalStore.h"

namespace ilsctl {

namespace {

// The library a closing applies to: one library, or "" for the whole county.
std::string closingLibrary(Context& ctx, QString& label)
{
    const auto code = ctx.option("--library");
    if (!code) {
        label = Text::tr("every library of the county");
        return {};
    }
    if (!ctx.store().libraries().find(*code))
        throw refusalError(ils::refuse(ils::Reason::LibraryUnknown, "library " + *code + " does not exist"));
    label = libraryLabel(ctx.store(), *code);
    return *code;
}

int runCalendarClose(Context& ctx)
{
    const ils::Date day = parseDate(ctx.positional(0), QStringLiteral("DATE"));
    QString label;
    const std::string library = closingLibrary(ctx, label);
    ctx.store().calendar().addClosedDay(library, day);
    ctx.out().result({{"date", qs(day.toIso())}, {"library", qs(library)}},
                     {Text::tr("Closed on %1: %2. Due dates will skip this day.").arg(qs(day.toIso()), label)});
    return Success;
}

int runCalendarCloseWeekday(Context& ctx)
{
    const int weekday = parseCount(ctx.positional(0), QStringLiteral("WEEKDAY"));
    if (weekday < 1 || weekday > 7)
        throw usageError(Text::tr("WEEKDAY: '%1' is not valid (expected 1 for Monday to 7 for Sunday)").arg(weekday));
    QString label;
    const std::string library = closingLibrary(ctx, label);
    ctx.store().calendar().addClosedWeekday(library, weekday);
    ctx.out().result({{"weekday", weekday}, {"library", qs(library)}},
                     {Text::tr("Closed every weekday %1 (1 = Monday): %2.").arg(weekday).arg(label)});
    return Success;
}

const OptionSpec libraryOption {"--library", "CODE", QT_TRANSLATE_NOOP("ilsctl", "only this library (default: all)")};

} // namespace

CommandList calendarCommands()
{
    return {
        {{"calendar", "close"},
         {"DATE"},
         {libraryOption},
         QT_TRANSLATE_NOOP("ilsctl", "Close a day (YYYY-MM-DD); no item falls due on it"),
         runCalendarClose},
        {{"calendar", "close-weekday"},
         {"WEEKDAY"},
         {libraryOption},
         QT_TRANSLATE_NOOP("ilsctl", "Close a day of every week (1 = Monday … 7 = Sunday)"),
         runCalendarCloseWeekday},
    };
}

} // namespace ilsctl
