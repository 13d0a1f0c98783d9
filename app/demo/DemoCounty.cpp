#include "DemoCounty.h"

#include "Calendar.h"
#include "DemoGenerator.h"
#include "DemoRanges.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "RangeStore.h"
#include "RuleStore.h"
#include "Settings.h"

#include <array>
#include <optional>
#include <stdexcept>

namespace ils {

namespace {

struct DemoLibrary
{
    const char* code;
    const char* name;
    LibraryLevel level;
    const char* parent; // nullptr: the top
    const char* division; // GB/T 2260, for the libraries of a division
};

// 砚山县 with its townships and a few villages, inside the libraries of 云南 and 文山州 that own
// the neighbouring ranges of the published table.
constexpr std::array<DemoLibrary, 15> libraries {{
    {"530000", "云南省图书馆", LibraryLevel::Province, nullptr, "530000"},
    {"532600", "文山州图书馆", LibraryLevel::Prefecture, "530000", "532600"},
    {"532601", "文山市图书馆", LibraryLevel::County, "532600", "532601"},
    {"532622", "砚山县图书馆", LibraryLevel::County, "532600", "532622"},
    {"532623", "西畴县图书馆", LibraryLevel::County, "532600", "532623"},
    {"532622-01", "江那镇分馆", LibraryLevel::Branch, "532622", nullptr},
    {"532622-02", "平远镇分馆", LibraryLevel::Branch, "532622", nullptr},
    {"532622-03", "稼依镇分馆", LibraryLevel::Branch, "532622", nullptr},
    {"532622-04", "阿猛镇分馆", LibraryLevel::Branch, "532622", nullptr},
    {"532622-05", "维摩彝族乡分馆", LibraryLevel::Branch, "532622", nullptr},
    {"532622-06", "阿舍彝族乡分馆", LibraryLevel::Branch, "532622", nullptr},
    {"532622-01-01", "江那镇回龙村流通点", LibraryLevel::Point, "532622-01", nullptr},
    {"532622-01-02", "江那镇大稼村流通点", LibraryLevel::Point, "532622-01", nullptr},
    {"532622-02-01", "平远街社区流通点", LibraryLevel::Point, "532622-02", nullptr},
    {"532622-03-01", "稼依镇听湖社区流通点", LibraryLevel::Point, "532622-03", nullptr},
}};

// County-wide closures: 元旦, 除夕 to 初二 and the first three days of 国庆, for the years the
// generated loans span. Desks stay open through the rest of the holiday weeks.
constexpr std::array<const char*, 21> closedDays {
    "2024-01-01", "2024-02-09", "2024-02-10", "2024-02-11", "2024-10-01", "2024-10-02", "2024-10-03",
    "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-10-01", "2025-10-02", "2025-10-03",
    "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-10-01", "2026-10-02", "2026-10-03"};

template<typename T>
void expect(const Result<T>& result, const std::string& what)
{
    if (!result)
        throw std::runtime_error("demo county: " + what + ": " + result.refusal().detail);
}

RuleRow row(const char* readerType, const char* itemType, const char* level, Rule rule)
{
    return RuleRow {readerType, itemType, level, rule};
}

void addRules(RuleStore& rules)
{
    rules.set(row("*", "*", "*", Rule {}));
    // Children: fewer books for shorter, smaller fines.
    rules.set(row("child", "*", "*", Rule {21, 5, 1, 21, 5, 3, 1000, true, 3}));
    // Seniors: longer loans, and no overdue fines (老年读者免收滞纳金).
    rules.set(row("senior", "*", "*", Rule {45, 10, 2, 30, 0, 3, 0, true, 5}));
    // Reference works are read in the library.
    rules.set(row("*", "reference", "*", Rule {0, 10, 0, 0, 0, 0, 0, false, 0}));
    // Periodicals: two weeks, no renewal, no holds.
    rules.set(row("*", "periodical", "*", Rule {14, 10, 0, 0, 10, 3, 1000, false, 0}));
    rules.set(row("child", "periodical", "*", Rule {14, 5, 0, 0, 5, 3, 500, false, 0}));
    // Branches hold smaller collections; village points are visited rarely, so lend longer.
    rules.set(row("*", "*", "branch", Rule {30, 8, 1, 30, 10, 3, 2000, true, 5}));
    rules.set(row("*", "*", "point", Rule {60, 5, 1, 30, 10, 7, 2000, true, 3}));
}

} // namespace

void createDemoCounty(LocalStore& store)
{
    {
        Transaction tx(store.db());
        for (const auto& l : libraries) {
            Library library;
            library.code = l.code;
            library.name = l.name;
            library.level = l.level;
            if (l.parent)
                library.parent = std::string(l.parent);
            if (l.division)
                library.divisionCode = std::string(l.division);
            expect(store.libraries().add(library), std::string("library ") + l.code);
        }
        tx.commit();
    }
    const auto report = store.ranges().importTable(demo::codeRangesTsv);
    if (!report.ok()) {
        std::string problems;
        for (const auto& problem : report.problems)
            problems += "\n  " + problem.describe();
        throw std::runtime_error("demo county: code ranges refused:" + problems);
    }
    Transaction tx(store.db());
    addRules(store.rules());
    for (const auto& l : libraries)
        if (l.level == LibraryLevel::Point)
            store.calendar().addClosedWeekday(l.code, 1); // Monday
    for (const char* day : closedDays)
        store.calendar().addClosedDay("", *Date::fromIso(day));
    store.settings().set("county_code", "532622");
    store.settings().set("utc_offset_minutes", 480);
    tx.commit();
}

DemoSummary populateDemoCounty(LocalStore& store, const DemoCounts& counts)
{
    demo::Generator generator(store, counts);
    return generator.run();
}

} // namespace ils
