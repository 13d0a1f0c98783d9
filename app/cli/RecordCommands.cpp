// record edit: cataloguing changes to a bibliographic record, replicated as record.edit.
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "CatalogueStore.h"
#include "Cataloguing.h"
#include "LocalStore.h"

#include <map>

namespace ilsctl {

namespace {

int runRecordEdit(Context& ctx)
{
    const std::int64_t id = parseId(ctx.positional(0), QStringLiteral("RECORD_ID"));
    // Option names are the field names core knows, so the list lives in one place.
    std::map<std::string, std::string> changes;
    for (const auto& field : ils::Cataloguing::editableFields())
        if (auto value = ctx.option("--" + field))
            changes.emplace(field, *value);
    if (changes.empty())
        throw usageError(Text::tr("nothing to change: give at least one of --title, --author, --publisher, --year, "
                                  "--isbn, --clc"));
    ils::LocalStore& store = ctx.store();
    if (!store.catalogue().findRecord(id))
        throw notFoundError(Text::tr("there is no record %1").arg(id));
    const auto receipt = accepted(ils::Cataloguing(store).editRecord(id, changes));
    const ils::Record& record = receipt.record;
    QStringList lines {Text::tr("Record %1 edited: %2").arg(QString::number(record.id), qs(record.title))};
    for (const auto& [field, value] : changes)
        lines << Text::tr("  %1: %2").arg(qs(field), qs(value));
    ctx.out().result({{"record", toJson(record)}}, lines);
    return Success;
}

} // namespace

CommandList recordCommands()
{
    return {
        {{"record", "edit"},
         {"RECORD_ID"},
         {{"--title", "TITLE", QT_TRANSLATE_NOOP("ilsctl", "the new title")},
          {"--author", "NAME", QT_TRANSLATE_NOOP("ilsctl", "the new author")},
          {"--publisher", "NAME", QT_TRANSLATE_NOOP("ilsctl", "the new publisher")},
          {"--year", "YEAR", QT_TRANSLATE_NOOP("ilsctl", "the new year of publication")},
          {"--isbn", "ISBN", QT_TRANSLATE_NOOP("ilsctl", "the new ISBN")},
          {"--clc", "CLASS", QT_TRANSLATE_NOOP("ilsctl", "the new Chinese Library Classification class")}},
         QT_TRANSLATE_NOOP("ilsctl", "Edit a bibliographic record; unnamed fields keep their values"),
         runRecordEdit},
    };
}

} // namespace ilsctl
