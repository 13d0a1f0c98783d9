// library add / list / show / set-parent: the hierarchy of the network.
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Paging.h"
#include "Reasons.h"
#include "Tr.h"
#include "Values.h"
#include "Views.h"

#include "LibraryStore.h"
#include "LocalStore.h"
#include "RangeStore.h"

#include <QJsonArray>

namespace ilsctl {

namespace {

QString parentText(ils::LocalStore& store, const ils::Library& library)
{
    return library.parent ? libraryLabel(store, *library.parent) : QStringLiteral("-");
}

int runLibraryAdd(Context& ctx)
{
    ils::Library library;
    library.code = ctx.positional(0);
    library.name = ctx.positional(1);
    library.level = parseLevel(ctx.required("--level"), QStringLiteral("--level"));
    library.parent = ctx.option("--parent");
    library.divisionCode = ctx.option("--division");
    ils::LocalStore& store = ctx.store();
    library = accepted(store.libraries().add(library));
    const QString name = named(qs(library.name), library.code);
    ctx.out().result(
        {{"library", toJson(library)}},
        {library.parent
             ? Text::tr("Added %1, level %2, under %3.").arg(name, levelText(library.level), parentText(store, library))
             : Text::tr("Added %1, level %2.").arg(name, levelText(library.level))});
    return Success;
}

int runLibrarySetParent(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const auto library = accepted(store.libraries().setParent(ctx.positional(0), ctx.positional(1)));
    ctx.out().result(
        {{"library", toJson(library)}},
        {Text::tr("%1 now sits under %2.").arg(named(qs(library.name), library.code), parentText(store, library))});
    return Success;
}

int runLibraryList(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    QJsonArray json;
    Table table({Text::tr("code"), Text::tr("name"), Text::tr("level"), Text::tr("parent")});
    const auto all = store.libraries().list();
    const Page page = Page::of(ctx);
    for (const auto& library : page.cut(all)) {
        json.append(toJson(library));
        table.add({qs(library.code), qs(library.name), levelText(library.level), qs(library.parent.value_or("-"))});
    }
    QJsonObject out {{"libraries", json}};
    QStringList lines = table.lines();
    page.describe(out, lines, static_cast<std::int64_t>(all.size()));
    ctx.out().result(out, lines);
    return Success;
}

int runLibraryShow(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const std::string& code = ctx.positional(0);
    const auto library = store.libraries().find(code);
    if (!library)
        throw CliError(NotFound,
                       qs(ils::reasonCode(ils::Reason::LibraryUnknown)),
                       Text::tr("There is no library %1.").arg(qs(code)));
    QJsonArray children;
    QStringList childNames;
    for (const auto& other : store.libraries().list())
        if (other.parent == library->code) {
            children.append(qs(other.code));
            childNames << named(qs(other.name), other.code);
        }
    QJsonArray ranges;
    QStringList lines {
        named(qs(library->name), library->code),
        Text::tr("  level:    %1").arg(levelText(library->level)),
        Text::tr("  parent:   %1").arg(parentText(store, *library)),
        Text::tr("  division: %1").arg(qs(library->divisionCode.value_or("-"))),
        Text::tr("  under it: %1").arg(childNames.isEmpty() ? QStringLiteral("-") : childNames.join(", "))};
    for (const auto& range : store.ranges().list())
        if (range.library == library->code) {
            ranges.append(toJson(range));
            lines << Text::tr("  %1 range: %2 – %3").arg(qs(toString(range.kind)), qs(range.first), qs(range.last));
        }
    QJsonObject json = toJson(*library);
    json.insert("children", children);
    json.insert("ranges", ranges);
    ctx.out().result({{"library", json}}, lines);
    return Success;
}

} // namespace

CommandList libraryCommands()
{
    return {
        {{"library", "add"},
         {"CODE", "NAME"},
         {{"--level", "LEVEL", QT_TRANSLATE_NOOP("ilsctl", "province, prefecture, county, branch or point"), true},
          {"--parent", "CODE", QT_TRANSLATE_NOOP("ilsctl", "the library it belongs to")},
          {"--division", "CODE", QT_TRANSLATE_NOOP("ilsctl", "GB/T 2260 division code, where it has one")}},
         QT_TRANSLATE_NOOP("ilsctl", "Add a library to the network"),
         runLibraryAdd},
        {{"library", "set-parent"},
         {"CODE", "PARENT"},
         {},
         QT_TRANSLATE_NOOP("ilsctl", "Move a library under another one"),
         runLibrarySetParent},
        {{"library", "list"}, {}, withPageOptions(), QT_TRANSLATE_NOOP("ilsctl", "List the libraries"), runLibraryList},
        {{"library", "show"},
         {"CODE"},
         {},
         QT_TRANSLATE_NOOP("ilsctl", "Show a library, the libraries under it and its code ranges"),
         runLibraryShow},
    };
}

} // namespace ilsctl
