#include "Paging.h"

#include "Context.h"
#include "Tr.h"
#include "Values.h"

#include <algorithm>

namespace ilsctl {

Page Page::of(const Context& ctx)
{
    Page page;
    if (const auto offset = ctx.option("--offset"))
        page.offset = parseCount(*offset, QStringLiteral("--offset"));
    if (const auto limit = ctx.option("--limit"))
        page.limit = parseCount(*limit, QStringLiteral("--limit"));
    return page;
}

void Page::describe(QJsonObject& json, QStringList& lines, std::int64_t total) const
{
    json.insert("total", static_cast<qint64>(total));
    json.insert("offset", offset);
    json.insert("limit", limit);
    const std::int64_t shown = std::clamp<std::int64_t>(total - offset, 0, limit);
    if (offset == 0 && shown == total)
        return; // all of them
    if (shown == 0) {
        lines << Text::tr("Nothing from --offset %1: there are %2 rows.").arg(offset).arg(total);
        return;
    }
    const std::int64_t last = offset + shown;
    lines
        << (last < total
                ? Text::tr("Rows %1–%2 of %3; use --offset %2 for the next ones.").arg(offset + 1).arg(last).arg(total)
                : Text::tr("Rows %1–%2 of %3.").arg(offset + 1).arg(last).arg(total));
}

void describeMore(QJsonObject& json, QStringList& lines, int limit, bool more, std::int64_t lastKey)
{
    json.insert("limit", limit);
    json.insert("more", more);
    if (more)
        lines << Text::tr("Only the first %1 shown; use --after %2 for the next ones.").arg(limit).arg(lastKey);
}

std::vector<OptionSpec> withPageOptions(std::vector<OptionSpec> options)
{
    options.push_back({"--offset", "N", QT_TRANSLATE_NOOP("ilsctl", "skip the first N rows")});
    options.push_back({"--limit", "N", QT_TRANSLATE_NOOP("ilsctl", "show at most N rows (default 1000)")});
    return options;
}

} // namespace ilsctl
