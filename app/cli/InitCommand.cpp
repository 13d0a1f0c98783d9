// init: a new database for one county, with its central library.
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "LocalStore.h"

namespace ilsctl {

namespace {

constexpr int defaultUtcOffset = 480; // China Standard Time

int runInit(Context& ctx)
{
    const std::string code = ctx.required("--county");
    ils::Library central {
        code, ctx.required("--name"), ils::LibraryLevel::County, std::nullopt, ctx.option("--division")};
    const auto offsetText = ctx.option("--utc-offset");
    const int offset = offsetText ? parseMinutes(*offsetText, QStringLiteral("--utc-offset")) : defaultUtcOffset;
    ils::LocalStore& store = ctx.newStore();
    ils::Library library;
    try {
        library = accepted(store.initialiseCounty(central, offset));
    } catch (const CliError&) {
        ctx.discardNewStore();
        throw;
    }
    const QString path = qs(store.db().path());
    ctx.out().result({{"database", path}, {"county", toJson(library)}, {"utc_offset_minutes", offset}},
                     {Text::tr("Created database %1 for %2, UTC offset %3 minutes.")
                          .arg(path, named(qs(library.name), library.code))
                          .arg(offset)});
    return Success;
}

} // namespace

CommandList initCommands()
{
    return {
        {{"init"},
         {},
         {{"--county", "CODE", QT_TRANSLATE_NOOP("ilsctl", "code of the county central library, e.g. 532622"), true},
          {"--name", "NAME", QT_TRANSLATE_NOOP("ilsctl", "name of the county central library"), true},
          {"--utc-offset", "MINUTES", QT_TRANSLATE_NOOP("ilsctl", "the county's time zone (default 480, UTC+8)")},
          {"--division", "CODE", QT_TRANSLATE_NOOP("ilsctl", "GB/T 2260 division code of the county")}},
         QT_TRANSLATE_NOOP("ilsctl", "Create the database and the county central library"),
         runInit},
    };
}

} // namespace ilsctl
