// ranges import / list and resolve: the unified reader and item codes (DESIGN §4).
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Paging.h"
#include "Tr.h"
#include "Views.h"

#include "LocalStore.h"
#include "RangeStore.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace ilsctl {

namespace {

QByteArray readFile(const std::string& path)
{
    QFile file(qs(path));
    // "-" reads the table from standard input.
    const bool opened = path == "-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        throw usageError(Text::tr("cannot read %1: %2").arg(qs(path), file.errorString()));
    return file.readAll();
}

QJsonObject problemJson(const ils::RangeProblem& problem)
{
    return {{"line", problem.line},
            {"field", qs(problem.field)},
            {"problem", qs(problem.problem)},
            {"expected", qs(problem.expected)},
            {"text", qs(problem.describe())}};
}

// One line of text per bad line of the file, nothing else, so the list can be read or counted
// as it is; two problems of one line share it.
QStringList problemLines(const std::vector<ils::RangeProblem>& problems)
{
    QStringList lines;
    int previous = -1;
    for (const auto& problem : problems) {
        if (problem.line != 0 && problem.line == previous)
            lines.back() += QStringLiteral("; ") + qs(problem.describe());
        else
            lines << qs(problem.describe());
        previous = problem.line;
    }
    return lines;
}

QString rangeLine(ils::LocalStore& store, const ils::CodeRange& range)
{
    return Text::tr("%1 %2 – %3  %4  %5")
        .arg(qs(toString(range.kind)),
             qs(range.first),
             qs(range.last),
             libraryLabel(store, range.library),
             qs(range.description));
}

int runRangesImport(Context& ctx)
{
    const std::string& path = ctx.positional(0);
    const QByteArray text = readFile(path);
    ils::LocalStore& store = ctx.store();
    const auto report =
        store.ranges().importTable(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!report.ok()) {
        QJsonArray problems;
        for (const auto& problem : report.problems)
            problems.append(problemJson(problem));
        for (const auto& line : problemLines(report.problems))
            ctx.out().warn(line);
        if (ctx.out().json())
            ctx.out().result({{"error",
                               QJsonObject {{"code", "range_problems"},
                                            {"message", Text::tr("nothing was imported")},
                                            {"exit_code", BadInput},
                                            {"problems", problems}}}},
                             {});
        return BadInput;
    }
    QJsonArray imported;
    QStringList lines {
        Text::tr("Imported %n range(s) from %1.", nullptr, static_cast<int>(report.imported.size())).arg(qs(path))};
    for (const auto& range : report.imported) {
        imported.append(toJson(range));
        lines << QStringLiteral("  ") + rangeLine(store, range);
    }
    ctx.out().result({{"imported", imported}}, lines);
    return Success;
}

int runRangesList(Context& ctx)
{
    ils::LocalStore& store = ctx.store();
    const auto kind = ctx.option("--kind");
    if (kind && !ils::codeKindFromString(*kind))
        throw usageError(Text::tr("--kind: '%1' is not valid (expected reader or item)").arg(qs(*kind)));
    QJsonArray json;
    Table table({Text::tr("kind"), Text::tr("first"), Text::tr("last"), Text::tr("library"), Text::tr("description")});
    std::vector<ils::CodeRange> all;
    for (const auto& range : store.ranges().list())
        if (!kind || toString(range.kind) == *kind)
            all.push_back(range);
    const Page page = Page::of(ctx);
    for (const auto& range : page.cut(all)) {
        json.append(toJson(range));
        table.add({qs(toString(range.kind)),
                   qs(range.first),
                   qs(range.last),
                   libraryLabel(store, range.library),
                   qs(range.description)});
    }
    QJsonObject out {{"ranges", json}};
    QStringList lines = table.empty() && all.empty() ? QStringList {Text::tr("No code ranges.")} : table.lines();
    page.describe(out, lines, static_cast<std::int64_t>(all.size()));
    ctx.out().result(out, lines);
    return Success;
}

int runResolve(Context& ctx)
{
    const std::string& code = ctx.positional(0);
    ils::LocalStore& store = ctx.store();
    const auto found = store.ranges().resolve(code);
    if (!found)
        throw CliError(NotFound,
                       QStringLiteral("not_of_this_network"),
                       Text::tr("%1 is not of this network: no code range holds it.").arg(qs(code)));
    const ils::CodeRange& range = found->range;
    const QString owner = named(qs(found->libraryName), range.library);
    const QString what = range.kind == ils::CodeKind::Reader ? Text::tr("reader card") : Text::tr("item barcode");
    ctx.out().result({{"code", qs(code)},
                      {"kind", qs(toString(range.kind))},
                      {"library", qs(range.library)},
                      {"library_name", qs(found->libraryName)},
                      {"range", toJson(range)}},
                     {Text::tr("%1: %2 of %3").arg(qs(code), what, owner),
                      Text::tr("  range %1 – %2 (%3)").arg(qs(range.first), qs(range.last), qs(range.description))});
    return Success;
}

} // namespace

CommandList rangeCommands()
{
    return {
        {{"ranges", "import"},
         {"FILE"},
         {},
         QT_TRANSLATE_NOOP("ilsctl", "Import a range table (TSV: kind first last library description); all or nothing"),
         runRangesImport},
        {{"ranges", "list"},
         {},
         withPageOptions({{"--kind", "reader|item", QT_TRANSLATE_NOOP("ilsctl", "only ranges of this kind")}}),
         QT_TRANSLATE_NOOP("ilsctl", "List the code ranges"),
         runRangesList},
        {{"resolve"},
         {"CODE"},
         {},
         QT_TRANSLATE_NOOP("ilsctl", "Tell which library and range a card number or barcode belongs to"),
         runResolve},
    };
}

} // namespace ilsctl
