// demo generate: a realistic synthetic county (app/demo) for demonstrations and benchmarks.
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Tr.h"
#include "Values.h"

#include "DemoCounty.h"
#include "LocalStore.h"

#include <QJsonArray>

#include <stdexcept>

namespace ilsctl {

namespace {

constexpr int maxCount = 100'000'000;

ils::DemoCounts requestedCounts(Context& ctx)
{
    ils::DemoCounts counts;
    counts.items = parseCount(ctx.required("--items"), QStringLiteral("--items"), maxCount);
    counts.readers = parseCount(ctx.required("--readers"), QStringLiteral("--readers"), maxCount);
    counts.loans = parseCount(ctx.required("--loans"), QStringLiteral("--loans"), maxCount);
    if (auto records = ctx.option("--records"))
        counts.records = parseCount(*records, QStringLiteral("--records"), maxCount);
    if (auto seed = ctx.option("--seed"))
        counts.seed = static_cast<std::uint64_t>(parseSequence(*seed, QStringLiteral("--seed")));
    return counts;
}

ils::DemoSummary generate(Context& ctx, const ils::DemoCounts& counts)
{
    // Normal durability: a bulk load that fails is simply run again.
    ils::LocalStore& store = ctx.newStore(ils::Durability::Normal);
    try {
        ils::createDemoCounty(store);
        return ils::populateDemoCounty(store, counts);
    } catch (const ils::StoreError&) {
        ctx.discardNewStore();
        throw;
    } catch (const std::runtime_error& error) {
        ctx.discardNewStore();
        throw CliError(
            BadInput, QStringLiteral("demo_failed"), Text::tr("demo generation failed: %1").arg(qs(error.what())));
    }
}

int runDemoGenerate(Context& ctx)
{
    const ils::DemoSummary summary = generate(ctx, requestedCounts(ctx));
    QJsonArray phases;
    QStringList lines {Text::tr("Generated the demo county in %1 s:").arg(summary.seconds, 0, 'f', 2),
                       Text::tr("  %1 records, %2 items, %3 readers (%4 with a resident ID number)")
                           .arg(summary.records)
                           .arg(summary.items)
                           .arg(summary.readers)
                           .arg(summary.residentIds),
                       Text::tr("  %1 past loans, %2 open loans (%3 overdue), %4 holds, %5 fees")
                           .arg(summary.pastLoans)
                           .arg(summary.openLoans)
                           .arg(summary.overdueLoans)
                           .arg(summary.holds)
                           .arg(summary.fees)};
    for (const auto& [phase, seconds] : summary.phases) {
        phases.append(QJsonObject {{"phase", qs(phase)}, {"seconds", seconds}});
        lines << Text::tr("  %1: %2 s").arg(qs(phase)).arg(seconds, 0, 'f', 2);
    }
    ctx.out().result({{"generator_version", ils::demoGeneratorVersion},
                      {"records", static_cast<qint64>(summary.records)},
                      {"items", static_cast<qint64>(summary.items)},
                      {"readers", static_cast<qint64>(summary.readers)},
                      {"resident_ids", static_cast<qint64>(summary.residentIds)},
                      {"past_loans", static_cast<qint64>(summary.pastLoans)},
                      {"open_loans", static_cast<qint64>(summary.openLoans)},
                      {"overdue_loans", static_cast<qint64>(summary.overdueLoans)},
                      {"holds", static_cast<qint64>(summary.holds)},
                      {"fees", static_cast<qint64>(summary.fees)},
                      {"seconds", summary.seconds},
                      {"phases", phases}},
                     lines);
    return Success;
}

} // namespace

CommandList demoCommands()
{
    return {
        {{"demo", "generate"},
         {},
         {{"--items", "N", QT_TRANSLATE_NOOP("ilsctl", "how many items (copies)"), true},
          {"--readers", "N", QT_TRANSLATE_NOOP("ilsctl", "how many readers"), true},
          {"--loans", "N", QT_TRANSLATE_NOOP("ilsctl", "how many past loans; open loans come on top"), true},
          {"--records", "N", QT_TRANSLATE_NOOP("ilsctl", "how many titles (default: two for every five items)")},
          {"--seed", "S", QT_TRANSLATE_NOOP("ilsctl", "random seed; the same seed and ILS_NOW give the same data")}},
         QT_TRANSLATE_NOOP("ilsctl", "Create a new database with a synthetic county, with Chinese titles and names"),
         runDemoGenerate},
    };
}

} // namespace ilsctl
