// Properties of range tables, on random tables: every valid table imports and resolves like a
// brute-force oracle; every table with one injected defect is refused whole, naming the line.
// The seed is printed; ILS_SEED=<number> replays a failing run.
#include "Database.h"
#include "LibraryStore.h"
#include "RangeStore.h"
#include "Schema.h"

#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace ils;

namespace {

constexpr int validTables = 250;
constexpr int invalidTables = 400;

// Enums compared by their stable names, which is also what a failure prints.
std::string name(CodeKind kind)
{
    return std::string(toString(kind));
}

std::uint64_t powerOf10(int exponent)
{
    std::uint64_t value = 1;
    while (exponent-- > 0)
        value *= 10;
    return value;
}

std::string format(std::uint64_t value, int width)
{
    std::string text = std::to_string(value);
    return std::string(static_cast<std::size_t>(width) - text.size(), '0') + text;
}

struct Lib
{
    std::string code;
    int parent = -1;
    LibraryLevel level = LibraryLevel::Province;
};

struct Range
{
    CodeKind kind = CodeKind::Reader;
    int width = 0;
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    int library = 0;
};

// One line of a table as written, which a defect may spoil.
struct Line
{
    std::string kind;
    std::string first;
    std::string last;
    std::string library;
    std::string description;
    bool dropDescription = false;
};

enum class Defect
{
    NonDigit,
    LengthMismatch,
    FirstAboveLast,
    UnknownKind,
    MissingField,
    UnknownLibrary,
    PartialOverlap,
    ForeignNesting,
    Duplicate,
};
constexpr int defectCount = 9;

// Where a defect must be reported: on the line itself, or, for a clash between two lines,
// on either of them as long as the other one names it.
struct Expectation
{
    std::size_t line = 0; // index into the table's lines
    bool pair = false;
};

class Network
{
public:
    explicit Network(std::mt19937_64& rng)
        : m_rng(rng)
    {
        // Two provinces, so that every library has some library that is not under it.
        for (int root = 0; root < 2; ++root)
            grow(addLib(-1, LibraryLevel::Province));
        m_readerWidth = pick(3, 15);
        do
            m_itemWidth = pick(3, 16);
        while (m_itemWidth == m_readerWidth);
        for (auto kind : {CodeKind::Reader, CodeKind::Item}) {
            const int width = kind == CodeKind::Reader ? m_readerWidth : m_itemWidth;
            place(kind, width, 0, powerOf10(width) - 1, -1, -1, 0);
        }
    }

    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    std::uint64_t pick64(std::uint64_t low, std::uint64_t high)
    {
        return std::uniform_int_distribution<std::uint64_t>(low, high)(m_rng);
    }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    bool isSelfOrAncestor(int ancestor, int library) const
    {
        for (int at = library; at >= 0; at = m_libs[static_cast<std::size_t>(at)].parent)
            if (at == ancestor)
                return true;
        return false;
    }

    void addTo(LibraryStore& store) const
    {
        for (const auto& lib : m_libs) {
            std::optional<std::string> parent;
            if (lib.parent >= 0)
                parent = m_libs[static_cast<std::size_t>(lib.parent)].code;
            auto added = store.add(Library {lib.code, "图书馆 " + lib.code, lib.level, parent, std::nullopt});
            if (!added)
                qFatal("cannot add library %s: %s", lib.code.c_str(), added.refusal().detail.c_str());
        }
    }

    // The brute-force oracle: the narrowest range of the code's width that holds it.
    int innermost(const std::string& code) const
    {
        int best = -1;
        for (std::size_t i = 0; i < m_ranges.size(); ++i) {
            const auto& r = m_ranges[i];
            if (static_cast<int>(code.size()) != r.width)
                continue;
            const auto value = std::stoull(code);
            if (value < r.first || value > r.last)
                continue;
            if (best < 0
                || r.last - r.first
                    < m_ranges[static_cast<std::size_t>(best)].last - m_ranges[static_cast<std::size_t>(best)].first)
                best = static_cast<int>(i);
        }
        return best;
    }

    std::string randomCode()
    {
        const int choice = pick(0, 9);
        if (choice < 5 && !m_ranges.empty()) {
            const auto& r = m_ranges[static_cast<std::size_t>(pick(0, static_cast<int>(m_ranges.size()) - 1))];
            const auto max = powerOf10(r.width) - 1;
            std::uint64_t value = pick64(r.first, r.last);
            if (choice == 1)
                value = r.first;
            else if (choice == 2)
                value = r.last;
            else if (choice == 3 && r.first > 0)
                value = r.first - 1;
            else if (choice == 4 && r.last < max)
                value = r.last + 1;
            return format(value, r.width);
        }
        const int width = choice == 9 ? pick(1, 17) : (choice % 2 ? m_readerWidth : m_itemWidth);
        return format(pick64(0, powerOf10(width) - 1), width);
    }

    Line lineOf(const Range& r)
    {
        return Line {std::string(toString(r.kind)),
                     format(r.first, r.width),
                     format(r.last, r.width),
                     m_libs[static_cast<std::size_t>(r.library)].code,
                     chance(30) ? "" : "测试范围 " + std::to_string(r.first),
                     false};
    }

    const std::vector<Lib>& libs() const { return m_libs; }
    const std::vector<Range>& ranges() const { return m_ranges; }
    int randomLibrary() { return pick(0, static_cast<int>(m_libs.size()) - 1); }

    // A library that is neither `library` nor under it.
    int outsider(int library)
    {
        for (;;) {
            const int candidate = randomLibrary();
            if (!isSelfOrAncestor(library, candidate))
                return candidate;
        }
    }

    // A library that is `library` or under it.
    int insider(int library)
    {
        std::vector<int> found;
        for (int i = 0; i < static_cast<int>(m_libs.size()); ++i)
            if (isSelfOrAncestor(library, i))
                found.push_back(i);
        return found[static_cast<std::size_t>(pick(0, static_cast<int>(found.size()) - 1))];
    }

private:
    int addLib(int parent, LibraryLevel level)
    {
        m_libs.push_back({"L" + std::to_string(m_libs.size()), parent, level});
        return static_cast<int>(m_libs.size()) - 1;
    }

    void grow(int library)
    {
        const auto level = m_libs[static_cast<std::size_t>(library)].level;
        if (level == LibraryLevel::Point)
            return;
        const auto below = static_cast<LibraryLevel>(static_cast<int>(level) + 1);
        const int children = level == LibraryLevel::Province ? pick(1, 2) : pick(0, 2);
        for (int i = 0; i < children; ++i)
            grow(addLib(library, below));
    }

    // Disjoint ranges inside [low, high], each owned by `owner` or a library under it, and
    // sometimes ranges nested inside those in turn.
    void place(CodeKind kind, int width, std::uint64_t low, std::uint64_t high, int owner, int parent, int depth)
    {
        int count = parent < 0 ? pick(1, 4) : pick(0, 3);
        const auto room = high - low + 1;
        if (room < 4)
            return;
        count = static_cast<int>(std::min<std::uint64_t>(static_cast<std::uint64_t>(count), room / 2));
        std::vector<std::uint64_t> points;
        while (points.size() < static_cast<std::size_t>(2 * count)) {
            const auto point = pick64(low, high);
            if (std::find(points.begin(), points.end(), point) == points.end())
                points.push_back(point);
        }
        std::sort(points.begin(), points.end());
        for (std::size_t i = 0; i < points.size(); i += 2) {
            if (parent >= 0 && points[i] == low && points[i + 1] == high)
                continue; // the same codes as the range it sits in
            const int library = owner < 0 ? randomLibrary() : insider(owner);
            m_ranges.push_back({kind, width, points[i], points[i + 1], library});
            const int index = static_cast<int>(m_ranges.size()) - 1;
            if (depth < 3 && chance(50))
                place(kind, width, points[i], points[i + 1], library, index, depth + 1);
        }
    }

    std::mt19937_64& m_rng;
    std::vector<Lib> m_libs;
    std::vector<Range> m_ranges;
    int m_readerWidth = 0;
    int m_itemWidth = 0;
};

struct Table
{
    std::string text;
    std::vector<int> lineNumbers; // file line of each entry of `lines`
};

// Writes lines in the given order, with the variations a real file has.
Table render(const std::vector<Line>& lines, Network& net)
{
    Table table;
    const std::string end = net.chance(30) ? "\r\n" : "\n";
    if (net.chance(20))
        table.text += "\xEF\xBB\xBF";
    table.text += "kind\tfirst\tlast\tlibrary\tdescription" + end;
    int number = 1;
    for (const auto& line : lines) {
        while (net.chance(10)) {
            table.text += end;
            ++number;
        }
        table.text += line.kind + "\t" + line.first + "\t" + line.last + "\t" + line.library;
        if (!line.dropDescription)
            table.text += "\t" + line.description;
        table.text += end;
        table.lineNumbers.push_back(++number);
    }
    return table;
}

struct Fresh
{
    Fresh()
        : db(":memory:", Durability::Normal)
        , libraries(db)
        , ranges(db, libraries)
    {
        SchemaManager::upgrade(db);
    }
    Database db;
    LibraryStore libraries;
    RangeStore ranges;
};

std::string describe(const std::vector<RangeProblem>& problems)
{
    std::string text;
    for (const auto& p : problems)
        text += p.describe() + "\n";
    return text;
}

std::uint64_t seed()
{
    if (const char* fixed = std::getenv("ILS_SEED"))
        return std::strtoull(fixed, nullptr, 10);
    return std::random_device {}() * 4294967296ULL + std::random_device {}();
}

} // namespace

class TestRangeProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_seed = seed();
        qInfo("seed %llu (set ILS_SEED to replay)", static_cast<unsigned long long>(m_seed));
    }

    void validTablesImportAndResolveLikeTheOracle()
    {
        std::mt19937_64 rng(m_seed);
        for (int iteration = 0; iteration < validTables; ++iteration) {
            Network net(rng);
            Fresh store;
            net.addTo(store.libraries);
            std::vector<Line> lines;
            for (const auto& r : net.ranges())
                lines.push_back(net.lineOf(r));
            // The order of lines must not matter: outer ranges may come after inner ones.
            std::vector<std::size_t> order(lines.size());
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::shuffle(order.begin(), order.end(), rng);
            std::vector<Line> shuffled;
            for (auto i : order)
                shuffled.push_back(lines[i]);
            const auto table = render(shuffled, net);

            auto report = store.ranges.importTable(table.text);
            const auto context =
                "iteration " + std::to_string(iteration) + "\n" + describe(report.problems) + table.text;
            QVERIFY2(report.ok(), context.c_str());
            QCOMPARE(report.imported.size(), net.ranges().size());
            QCOMPARE(store.ranges.list().size(), net.ranges().size());

            for (int probe = 0; probe < 60; ++probe) {
                const auto code = net.randomCode();
                const int expected = net.innermost(code);
                const auto found = store.ranges.resolve(code);
                const auto where = context + "\ncode " + code;
                if (expected < 0) {
                    QVERIFY2(!found, where.c_str());
                    continue;
                }
                QVERIFY2(found, where.c_str());
                const auto& r = net.ranges()[static_cast<std::size_t>(expected)];
                QCOMPARE(name(found->range.kind), name(r.kind));
                QCOMPARE(found->range.first, format(r.first, r.width));
                QCOMPARE(found->range.last, format(r.last, r.width));
                QCOMPARE(found->range.library, net.libs()[static_cast<std::size_t>(r.library)].code);
                QCOMPARE(found->libraryName, "图书馆 " + found->range.library);
            }

            // A code handed out to a library resolves to that library, and never comes twice.
            std::vector<std::string> handedOut;
            for (int attempt = 0; attempt < 5; ++attempt) {
                const auto kind = net.chance(50) ? CodeKind::Reader : CodeKind::Item;
                const auto& library = net.libs()[static_cast<std::size_t>(net.randomLibrary())].code;
                for (int n = 0; n < 3; ++n) {
                    auto code = store.ranges.allocate(kind, library);
                    if (!code) {
                        QVERIFY(code.refusal().reason == Reason::NoRange || code.refusal().reason == Reason::RangeFull);
                        break;
                    }
                    const auto found = store.ranges.resolve(code.value());
                    QVERIFY2(found, (context + "\nallocated " + code.value()).c_str());
                    QCOMPARE(found->range.library, library);
                    QCOMPARE(std::count(handedOut.begin(), handedOut.end(), code.value()), 0);
                    handedOut.push_back(code.value());
                }
            }
        }
    }

    void tablesWithOneDefectAreRefusedWhole()
    {
        std::mt19937_64 rng(m_seed + 1);
        std::vector<int> seen(defectCount, 0);
        for (int iteration = 0; iteration < invalidTables; ++iteration) {
            Network net(rng);
            Fresh store;
            net.addTo(store.libraries);
            std::vector<Line> lines;
            for (const auto& r : net.ranges())
                lines.push_back(net.lineOf(r));
            const auto defect = static_cast<Defect>(net.pick(0, defectCount - 1));
            const auto expectation = inject(defect, lines, net);
            if (!expectation)
                continue; // this network offers no place for that defect; the next one will
            ++seen[static_cast<std::size_t>(defect)];
            // Put the spoilt line anywhere, so that it is sometimes first and sometimes last.
            const auto spoilt = lines[expectation->line];
            lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(expectation->line));
            const auto at = static_cast<std::size_t>(net.pick(0, static_cast<int>(lines.size())));
            lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), spoilt);
            const auto table = render(lines, net);
            const int target = table.lineNumbers[at];

            auto report = store.ranges.importTable(table.text);
            const auto context = "iteration " + std::to_string(iteration) + ", defect "
                + std::to_string(static_cast<int>(defect)) + " at line " + std::to_string(target) + "\n"
                + describe(report.problems) + table.text;
            QVERIFY2(!report.ok(), context.c_str());
            QVERIFY2(report.imported.empty(), context.c_str());
            QVERIFY2(store.ranges.list().empty(), context.c_str());
            const bool named = std::any_of(report.problems.begin(), report.problems.end(), [&](const auto& p) {
                return p.line == target
                    || (expectation->pair
                        && p.problem.find("line " + std::to_string(target) + " (") != std::string::npos);
            });
            QVERIFY2(named, context.c_str());
        }
        for (int defect = 0; defect < defectCount; ++defect)
            QVERIFY2(seen[static_cast<std::size_t>(defect)] > 10, qPrintable(QString("defect %1").arg(defect)));
    }

private:
    // Spoils one line of `lines`, or adds one, and says which line must be reported.
    static std::optional<Expectation> inject(Defect defect, std::vector<Line>& lines, Network& net)
    {
        const auto& ranges = net.ranges();
        const auto index = static_cast<std::size_t>(net.pick(0, static_cast<int>(ranges.size()) - 1));
        auto& line = lines[index];
        const auto& r = ranges[index];
        auto field = [&]() -> std::string& { return net.chance(50) ? line.first : line.last; };
        switch (defect) {
        case Defect::NonDigit: {
            const std::vector<std::string> strays {" ", "O", "l", "-", "１", "\xC2\xA0", "."};
            auto& code = field();
            const auto position = static_cast<std::size_t>(net.pick(0, static_cast<int>(code.size()) - 1));
            code.replace(
                position, 1, strays[static_cast<std::size_t>(net.pick(0, static_cast<int>(strays.size()) - 1))]);
            return Expectation {index, false};
        }
        case Defect::LengthMismatch: {
            auto& code = field();
            if (net.chance(50))
                code.erase(0, 1);
            else
                code.insert(0, "0");
            return Expectation {index, false};
        }
        case Defect::FirstAboveLast:
            std::swap(line.first, line.last);
            return Expectation {index, false};
        case Defect::UnknownKind:
            line.kind = net.chance(50) ? "Reader" : "items";
            return Expectation {index, false};
        case Defect::MissingField:
            line.dropDescription = true;
            return Expectation {index, false};
        case Defect::UnknownLibrary:
            line.library = "X" + std::to_string(net.pick(1, 999));
            return Expectation {index, false};
        case Defect::PartialOverlap: {
            const auto max = powerOf10(r.width) - 1;
            if (r.last == max)
                return std::nullopt;
            Range clash = r;
            clash.first = net.pick64(r.first + 1, r.last);
            clash.last = net.pick64(r.last + 1, std::min(max, r.last + (r.last - r.first) + 1));
            clash.library = net.insider(r.library);
            lines.push_back(net.lineOf(clash));
            return Expectation {lines.size() - 1, true};
        }
        case Defect::ForeignNesting: {
            if (r.last - r.first < 2)
                return std::nullopt;
            Range inner = r;
            inner.first = net.pick64(r.first + 1, r.last - 1);
            inner.last = net.pick64(inner.first, r.last - 1);
            inner.library = net.outsider(r.library);
            lines.push_back(net.lineOf(inner));
            return Expectation {lines.size() - 1, true};
        }
        case Defect::Duplicate: {
            Range copy = r;
            copy.library = net.insider(r.library);
            lines.push_back(net.lineOf(copy));
            return Expectation {lines.size() - 1, true};
        }
        }
        return std::nullopt;
    }

    std::uint64_t m_seed = 0;
};

QTEST_GUILESS_MAIN(TestRangeProperties)
#include "tst_rangeproperties.moc"
