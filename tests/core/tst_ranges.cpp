// Code ranges (DESIGN §4): the published table is refused line by line, the corrected one
// imports, codes resolve to the innermost range, and allocation never hands out a code twice.
#include "CatalogueStore.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "RangeStore.h"
#include "ReaderStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace ils;

namespace {

const Timestamp start = 1'772'352'000'000; // 2026-03-01T08:00:00Z

std::string readData(const char* name)
{
    QFile file(QString(ILS_TEST_DATA) + "/" + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll().toStdString();
}

void addLibrary(LocalStore& store,
                const char* code,
                const char* name,
                LibraryLevel level,
                std::optional<std::string> parent = std::nullopt)
{
    auto added = store.libraries().add(Library {code, name, level, std::move(parent), std::nullopt});
    if (!added)
        qFatal("cannot add library %s: %s", code, added.refusal().detail.c_str());
}

// The libraries of the county network of the tests, the owners in the shared tables.
void addLibraries(LocalStore& store)
{
    addLibrary(store, "530000", "云南省图书馆", LibraryLevel::Province);
    addLibrary(store, "532600", "文山州图书馆", LibraryLevel::Prefecture, "530000");
    addLibrary(store, "532601", "文山市图书馆", LibraryLevel::County, "532600");
    addLibrary(store, "532622", "砚山县图书馆", LibraryLevel::County, "532600");
    addLibrary(store, "532623", "西畴县图书馆", LibraryLevel::County, "532600");
    addLibrary(store, "532622-01", "砚山县江那镇分馆", LibraryLevel::Branch, "532622");
    addLibrary(store, "532622-02", "砚山县平远镇分馆", LibraryLevel::Branch, "532622");
}

CodeRange range(CodeKind kind, std::string first, std::string last, std::string library)
{
    CodeRange r;
    r.kind = kind;
    r.first = std::move(first);
    r.last = std::move(last);
    r.library = std::move(library);
    return r;
}

std::string problemsText(const std::vector<RangeProblem>& problems)
{
    std::string text;
    for (const auto& p : problems)
        text += p.describe() + "\n";
    return text;
}

std::vector<RangeProblem> problemsOfLine(const RangeImportReport& report, int line)
{
    std::vector<RangeProblem> found;
    for (const auto& p : report.problems)
        if (p.line == line)
            found.push_back(p);
    return found;
}

std::string allocated(LocalStore& store, CodeKind kind, const char* library)
{
    auto code = store.ranges().allocate(kind, library);
    if (!code)
        qFatal("allocation for %s refused: %s", library, code.refusal().detail.c_str());
    return code.value();
}

// Enums compared by their stable names, which is also what a failure prints.
std::string name(CodeKind kind)
{
    return std::string(toString(kind));
}

std::string name(Reason reason)
{
    return std::string(reasonCode(reason));
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestRanges : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(start);
        m_store = std::make_unique<LocalStore>(path(), *m_clock);
        addLibraries(*m_store);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void publishedTableIsRefusedLineByLine()
    {
        auto report = m_store->ranges().importTable(readData("published-code-ranges.tsv"));
        QVERIFY(!report.ok());
        QVERIFY(report.imported.empty());
        QVERIFY(m_store->ranges().list().empty());

        // Every one of the ten ranges is wrong somewhere, and each is named by its line.
        std::set<int> lines;
        for (const auto& p : report.problems)
            lines.insert(p.line);
        QCOMPARE(lines, (std::set<int> {2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));

        for (int line = 2; line <= 6; ++line) {
            const auto problems = problemsOfLine(report, line);
            QVERIFY(!problems.empty());
            QCOMPARE(problems[0].field, std::string("first"));
            QVERIFY2(contains(problems[0].problem, "a space at position 15"), problems[0].problem.c_str());
            QCOMPARE(problems[0].expected, std::string("digits only"));
        }
        QCOMPARE(
            problemsOfLine(report, 2)[0].describe(),
            std::string("line 2, field first: '53000000000000 1' has a space at position 15 (expected digits only)"));

        // 文山市: besides the space, its last code lies below whatever the first should read.
        const auto wenshan = problemsOfLine(report, 4);
        QCOMPARE(wenshan.size(), std::size_t(2));
        QCOMPARE(wenshan[1].field, std::string("last"));
        QVERIFY2(contains(wenshan[1].describe(), "line 4, field last: 530008000999999 is below the first code"),
                 wenshan[1].describe().c_str());
        QVERIFY(contains(wenshan[1].describe(), "(expected a last code >= the first code)"));
        QCOMPARE(problemsOfLine(report, 3).size(), std::size_t(1));

        for (int line = 7; line <= 11; ++line) {
            const auto problems = problemsOfLine(report, line);
            QCOMPARE(problems.size(), std::size_t(1));
            QCOMPARE(problems[0].field, std::string("last"));
            QVERIFY2(contains(problems[0].problem, "has 15 digits but the first code"), problems[0].problem.c_str());
            QVERIFY(contains(problems[0].problem, "has 16"));
        }
        QCOMPARE(problemsOfLine(report, 7)[0].describe(),
                 std::string("line 7, field last: 000000999999999 has 15 digits but the first code 0000000000000001 "
                             "has 16 (expected a last code of 16 digits like the first (leading zeros count))"));
        QVERIFY(std::is_sorted(report.problems.begin(), report.problems.end(), [](const auto& a, const auto& b) {
            return a.line < b.line;
        }));
    }

    void correctedTableImports()
    {
        auto report = m_store->ranges().importTable(readData("code-ranges-corrected.tsv"));
        QVERIFY2(report.ok(), problemsText(report.problems).c_str());
        QCOMPARE(report.imported.size(), std::size_t(10));
        const auto stored = m_store->ranges().list();
        QCOMPARE(stored.size(), std::size_t(10));
        QCOMPARE(name(stored.front().kind), name(CodeKind::Item));
        QCOMPARE(stored.front().first, std::string("0000000000000001"));
        QCOMPARE(stored.front().library, std::string("530000"));
        QCOMPARE(name(stored.back().kind), name(CodeKind::Reader));
        QCOMPARE(stored.back().first, std::string("532623000000001"));
        QCOMPARE(stored.back().description, std::string("西畴县图书馆读者证条码结构"));
        for (const auto& r : stored)
            QVERIFY(r.id > 0);

        // Importing the same table again would store every range twice.
        auto again = m_store->ranges().importTable(readData("code-ranges-corrected.tsv"));
        QCOMPARE(again.problems.size(), std::size_t(10));
        QVERIFY(contains(again.problems[0].problem, "the same"));
        QCOMPARE(m_store->ranges().list().size(), std::size_t(10));
    }

    void tableFormatIsTolerantButStrict()
    {
        // A UTF-8 BOM, CRLF line ends, blank lines and an optional check column are fine.
        const std::string text = "\xEF\xBB\xBFkind\tfirst\tlast\tlibrary\tdescription\tcheck\r\n"
                                 "\r\n"
                                 "reader\t532622000000001\t532622000999999\t532622\t砚山县\tmod10\r\n"
                                 "item\t2622000000000001\t2622009999999999\t532622\t砚山县\r\n";
        auto parsed = parseRangeTable(text);
        QVERIFY2(parsed.problems.empty(), problemsText(parsed.problems).c_str());
        QCOMPARE(parsed.ranges.size(), std::size_t(2));
        QCOMPARE(parsed.lines, (std::vector<int> {3, 4}));
        QCOMPARE(parsed.ranges[0].checkScheme, std::string("mod10"));
        QCOMPARE(parsed.ranges[0].description, std::string("砚山县"));
        QCOMPARE(parsed.ranges[1].checkScheme, std::string());

        auto noHeader = parseRangeTable("reader\t532622000000001\t532622000999999\t532622\t砚山县\n");
        QCOMPARE(noHeader.problems.size(), std::size_t(1));
        QCOMPARE(noHeader.problems[0].line, 1);
        QVERIFY(contains(noHeader.problems[0].problem, "not the header"));
        QVERIFY(noHeader.ranges.empty());

        const std::string bad = "kind\tfirst\tlast\tlibrary\tdescription\n"
                                "reader 532622000000001 532622000999999 532622 砚山县\n"
                                "Reader\t532622000000001\t532622000999999\t532622\t\n"
                                "item\t2622000000000001\t2622009999999999\t\t\n"
                                "item\t26220000000000O1\t262200999999999９\t532622\t\n"
                                "item\t2622000000000009\t2622000000000001\t532622\t\n";
        auto problems = parseRangeTable(bad).problems;
        QCOMPARE(problems.size(), std::size_t(6));
        QCOMPARE(problems[0].describe(),
                 std::string("line 2: the line has 1 field (there is no tab in it: are the columns separated by "
                             "spaces?) (expected 5 tab-separated fields: kind, first, last, library, description)"));
        QCOMPARE(problems[1].describe(),
                 std::string("line 3, field kind: unknown kind 'Reader' (expected reader or item)"));
        QCOMPARE(problems[2].field, std::string("library"));
        QCOMPARE(problems[2].line, 4);
        QCOMPARE(problems[3].describe(),
                 std::string("line 5, field first: '26220000000000O1' has 'O' at position 15 (expected digits only)"));
        QCOMPARE(problems[4].describe(),
                 std::string("line 5, field last: '262200999999999９' has a full-width digit '９' (U+FF19) at "
                             "position 16 (expected digits only)"));
        QCOMPARE(problems[5].describe(),
                 std::string("line 6, field last: 2622000000000001 is below the first code 2622000000000009 (expected "
                             "a last code >= the first code)"));
    }

    void unknownLibraryIsRefused()
    {
        const std::string text = "kind\tfirst\tlast\tlibrary\tdescription\n"
                                 "reader\t532622000000001\t532622000999999\t532622\t砚山县\n"
                                 "reader\t532699000000001\t532699000999999\t532699\t没有这个馆\n";
        auto report = m_store->ranges().importTable(text);
        QCOMPARE(report.problems.size(), std::size_t(1));
        QCOMPARE(report.problems[0].describe(),
                 std::string("line 3, field library: library 532699 is not known (expected the code of a library that "
                             "is already set up)"));
        QVERIFY(m_store->ranges().list().empty());

        auto added = m_store->ranges().add(range(CodeKind::Reader, "532699000000001", "532699000999999", "532699"));
        QVERIFY(!added);
        QCOMPARE(name(added.refusal().reason), name(Reason::LibraryUnknown));
        QVERIFY(m_store->ranges().list().empty());
    }

    void resolvesToTheInnermostRange()
    {
        importCorrected();
        auto& ranges = m_store->ranges();
        // Both layouts of DESIGN §4: a block beside the county's, and a sub-range nested in it.
        QVERIFY(ranges.add(range(CodeKind::Reader, "532622001000001", "532622001999999", "532622-01")));
        QVERIFY(ranges.add(range(CodeKind::Reader, "532622000500001", "532622000599999", "532622-02")));

        const std::map<std::string, std::string> owners {
            {"530000000123456", "530000"},
            {"532600000000001", "532600"},
            {"532601000999999", "532601"},
            {"532622000000001", "532622"},
            {"532622000500000", "532622"},
            {"532622000500001", "532622-02"},
            {"532622000512345", "532622-02"},
            {"532622000599999", "532622-02"},
            {"532622000600000", "532622"},
            {"532622001234567", "532622-01"},
            {"532623000777777", "532623"},
            {"0000000000000001", "530000"},
            {"0000009999999999", "530000"},
            {"2600001234567890", "532600"},
            {"2601000000000042", "532601"},
            {"2622001234567890", "532622"},
            {"2623009999999999", "532623"},
        };
        for (const auto& [code, owner] : owners) {
            auto found = ranges.resolve(code);
            QVERIFY2(found, code.c_str());
            QCOMPARE(found->range.library, owner);
            QVERIFY(found->range.contains(code));
        }
        auto branch = ranges.resolve("532622000512345");
        QCOMPARE(branch->libraryName, std::string("砚山县平远镇分馆"));
        QCOMPARE(name(branch->range.kind), name(CodeKind::Reader));
        QCOMPARE(name(ranges.resolve("2622001234567890")->range.kind), name(CodeKind::Item));
        QCOMPARE(ranges.resolve("532622000000001")->libraryName, std::string("砚山县图书馆"));
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532622-01"), std::string("532622001000001"));
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532622-02"), std::string("532622000500001"));

        // Not of this network: outside every range, another length, not a code at all.
        for (const char* code : {"532622000000000",
                                 "532622002000000",
                                 "532699000000001",
                                 "0000010000000000",
                                 "53262200000001",
                                 "5326220000000010",
                                 "53262200000000011",
                                 "53262200051234X",
                                 "",
                                 "9787544253994"})
            QVERIFY2(!ranges.resolve(code), code);
    }

    void nestingRules()
    {
        importCorrected();
        auto& ranges = m_store->ranges();
        QVERIFY(ranges.add(range(CodeKind::Reader, "532622000500001", "532622000599999", "532622-02")));

        // 文山市 is no part of 砚山县: it cannot own codes inside 砚山县's range.
        auto foreign = ranges.add(range(CodeKind::Reader, "532622000600001", "532622000699999", "532601"));
        QVERIFY(!foreign);
        QCOMPARE(name(foreign.refusal().reason), name(Reason::InvalidInput));
        QVERIFY2(contains(foreign.refusal().detail, "532601 is not 532622 or a library under it"),
                 foreign.refusal().detail.c_str());
        // Nor can one branch own codes inside the other branch's sub-range.
        QVERIFY(!ranges.add(range(CodeKind::Reader, "532622000510001", "532622000519999", "532622-01")));

        // Partial overlaps are refused, whoever owns them.
        auto partial = ranges.add(range(CodeKind::Reader, "532622000900001", "532622001000000", "532622"));
        QVERIFY(!partial);
        QVERIFY2(contains(partial.refusal().detail,
                          "partly overlaps the stored range reader 532622000000001-532622000999999"),
                 partial.refusal().detail.c_str());
        QVERIFY(!ranges.add(range(CodeKind::Reader, "532622000550001", "532622000650000", "532622-02")));

        // An outer range must belong to an ancestor of every library owning codes inside it.
        auto outer = ranges.add(range(CodeKind::Reader, "532622000000000", "532622999999999", "532623"));
        QVERIFY(!outer);
        QVERIFY2(contains(outer.refusal().detail, "lies inside this range, but 532622 is not 532623"),
                 outer.refusal().detail.c_str());
        QVERIFY(ranges.add(range(CodeKind::Reader, "532622000000000", "532622999999999", "532600")));

        // The same codes twice, and a different kind of the same digits, which is no overlap.
        auto duplicate = ranges.add(range(CodeKind::Reader, "532622000500001", "532622000599999", "532622"));
        QVERIFY(!duplicate);
        QVERIFY(contains(duplicate.refusal().detail, "the same reader 532622000500001-532622000599999"));
        QVERIFY(ranges.add(range(CodeKind::Item, "532622000500001", "532622000599999", "532601")));

        auto sameOwner = ranges.add(range(CodeKind::Reader, "532622000700001", "532622000799999", "532622"));
        QVERIFY(sameOwner);
        QVERIFY(sameOwner->id > 0);
        QVERIFY(!ranges.add(range(CodeKind::Reader, "532622000800001", "53262200089999", "532622")));
        QVERIFY(!ranges.add(range(CodeKind::Reader, "532622000899999", "532622000800001", "532622")));
        QCOMPARE(ranges.list().size(), std::size_t(14));

        // Within one table, every line is checked against the earlier ones as well.
        const std::string table = "kind\tfirst\tlast\tlibrary\tdescription\n"
                                  "item\t2622000000000001\t2622009999999999\t532622\t\n"
                                  "item\t2622000100000001\t2622000199999999\t532622-01\t\n"
                                  "item\t2622000150000001\t2622000250000000\t532622-02\t\n"
                                  "item\t2622000120000001\t2622000129999999\t532622-02\t\n"
                                  "item\t2622000100000001\t2622000199999999\t532622-01\t\n";
        LocalStore other(m_dir->filePath("other.db").toStdString(), *m_clock);
        addLibraries(other);
        auto report = other.ranges().importTable(table);
        // Line 6 repeats line 3, so it also meets line 4 and holds line 5 the way line 3 does.
        QCOMPARE(report.problems.size(), std::size_t(5));
        QCOMPARE(report.problems[0].line, 4);
        QVERIFY2(contains(report.problems[0].problem,
                          "partly overlaps line 3 (item 2622000100000001-2622000199999999 of "
                          "library 532622-01)"),
                 report.problems[0].problem.c_str());
        QCOMPARE(report.problems[1].line, 5);
        QCOMPARE(report.problems[1].field, std::string("library"));
        QCOMPARE(report.problems[2].line, 6);
        QCOMPARE(report.problems[2].problem,
                 std::string("the same item 2622000100000001-2622000199999999 as line 3 (item "
                             "2622000100000001-2622000199999999 of library 532622-01)"));
        QCOMPARE(report.problems[4].line, 6);
        QVERIFY(other.ranges().list().empty());
    }

    void allocatesInOrderAndSkipsWhatIsTaken()
    {
        importCorrected();
        auto& ranges = m_store->ranges();
        QVERIFY(ranges.add(range(CodeKind::Reader, "532622000000101", "532622000000199", "532622-01")));

        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532622"), std::string("532622000000001"));
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532622"), std::string("532622000000002"));
        QCOMPARE(allocated(*m_store, CodeKind::Item, "530000"), std::string("0000000000000001"));
        QCOMPARE(allocated(*m_store, CodeKind::Item, "530000"), std::string("0000000000000002"));
        QCOMPARE(allocated(*m_store, CodeKind::Item, "532622"), std::string("2622000000000001"));

        // The branch's sub-range is jumped over by the county, and used by the branch.
        std::string code;
        for (int i = 3; i <= 101; ++i)
            code = allocated(*m_store, CodeKind::Reader, "532622");
        QCOMPARE(code, std::string("532622000000200"));
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532622-01"), std::string("532622000000101"));
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532622-01"), std::string("532622000000102"));

        // Codes already on a card or a barcode label are not handed out again.
        addReader("532622000000201");
        addReader("532622000000202");
        addReader("532622000000204");
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532622"), std::string("532622000000203"));
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532622"), std::string("532622000000205"));
        addItem("0000000000000003");
        addItem("0000000000000004");
        QCOMPARE(allocated(*m_store, CodeKind::Item, "530000"), std::string("0000000000000005"));

        // A card given out and then deleted stays given out.
        const auto card = allocated(*m_store, CodeKind::Reader, "532623");
        QCOMPARE(card, std::string("532623000000001"));
        addReader(card);
        m_store->db().exec("DELETE FROM readers WHERE card = '532623000000001'");
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532623"), std::string("532623000000002"));
    }

    void cursorSurvivesReopening()
    {
        importCorrected();
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532601"), std::string("532601000000001"));
        QCOMPARE(allocated(*m_store, CodeKind::Item, "532601"), std::string("2601000000000001"));
        m_store.reset();
        m_store = std::make_unique<LocalStore>(path(), *m_clock);
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532601"), std::string("532601000000002"));
        QCOMPARE(allocated(*m_store, CodeKind::Item, "532601"), std::string("2601000000000002"));
    }

    void fullRangeIsReported()
    {
        addLibrary(*m_store, "532624", "马关县图书馆", LibraryLevel::County, "532600");
        auto& ranges = m_store->ranges();
        QVERIFY(ranges.add(range(CodeKind::Reader, "532624000000001", "532624000000003", "532624")));
        QVERIFY(ranges.add(range(CodeKind::Reader, "532624000000010", "532624000000011", "532624")));
        addReader("532624000000002", "532624");
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532624"), std::string("532624000000001"));
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532624"), std::string("532624000000003"));
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532624"), std::string("532624000000010"));
        QCOMPARE(allocated(*m_store, CodeKind::Reader, "532624"), std::string("532624000000011"));
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto full = ranges.allocate(CodeKind::Reader, "532624");
            QVERIFY(!full);
            QCOMPARE(name(full.refusal().reason), name(Reason::RangeFull));
            QCOMPARE(full.refusal().detail,
                     std::string("library 532624 (马关县图书馆) has used every reader code of its ranges "
                                 "532624000000001-532624000000003, 532624000000010-532624000000011"));
        }

        // The very last code of a width: the cursor cannot wrap round to 000.
        QVERIFY(ranges.add(range(CodeKind::Item, "9999999999999998", "9999999999999999", "532624")));
        QCOMPARE(allocated(*m_store, CodeKind::Item, "532624"), std::string("9999999999999998"));
        QCOMPARE(allocated(*m_store, CodeKind::Item, "532624"), std::string("9999999999999999"));
        auto full = ranges.allocate(CodeKind::Item, "532624");
        QCOMPARE(name(full.refusal().reason), name(Reason::RangeFull));
        QVERIFY(contains(full.refusal().detail, "its range 9999999999999998-9999999999999999"));
    }

    void noRange()
    {
        importCorrected();
        auto none = m_store->ranges().allocate(CodeKind::Reader, "532622-01");
        QVERIFY(!none);
        QCOMPARE(name(none.refusal().reason), name(Reason::NoRange));
        QCOMPARE(none.refusal().detail, std::string("library 532622-01 has no reader code range"));
        // Codes of the county's range are the county's, not its branches'.
        QCOMPARE(name(m_store->ranges().allocate(CodeKind::Item, "532622-02").refusal().reason), name(Reason::NoRange));
        QCOMPARE(name(m_store->ranges().allocate(CodeKind::Item, "999999").refusal().reason),
                 name(Reason::LibraryUnknown));
    }

    void branchesOnTwoNodesNeverCollide()
    {
        // Two offline nodes set up from one table: each hands out codes from its own ranges only.
        const std::string table = readData("code-ranges-corrected.tsv")
            + "reader\t532622000000501\t532622000001500\t532622-01\t江那镇分馆\n"
              "reader\t532622000001501\t532622000002600\t532622-02\t平远镇分馆\n";
        LocalStore county(m_dir->filePath("county.db").toStdString(), *m_clock, Durability::Normal);
        LocalStore branch(m_dir->filePath("branch.db").toStdString(), *m_clock, Durability::Normal);
        std::map<std::string, std::set<std::string>> codes;
        for (auto* node : {&county, &branch}) {
            addLibraries(*node);
            auto report = node->ranges().importTable(table);
            QVERIFY2(report.ok(), problemsText(report.problems).c_str());
        }
        const std::vector<std::pair<LocalStore*, std::string>> allocations {
            {&county, "532622-01"}, {&county, "532622"}, {&branch, "532622-02"}};
        for (const auto& [node, library] : allocations) {
            Transaction tx(node->db());
            for (int i = 0; i < 1000; ++i) {
                auto code = node->ranges().allocate(CodeKind::Reader, library);
                QVERIFY2(code, code ? "" : code.refusal().detail.c_str());
                QCOMPARE(node->ranges().resolve(code.value())->range.library, library);
                codes[library].insert(code.value());
            }
            tx.commit();
        }
        std::set<std::string> all;
        for (const auto& [library, taken] : codes) {
            QCOMPARE(taken.size(), std::size_t(1000));
            all.insert(taken.begin(), taken.end());
        }
        QCOMPARE(all.size(), std::size_t(3000));
        QCOMPARE(*codes["532622"].begin(), std::string("532622000000001"));
        QCOMPARE(*codes["532622"].rbegin(), std::string("532622000003100"));
        QVERIFY(!county.ranges().allocate(CodeKind::Reader, "532622-01"));
    }

private:
    std::string path() const { return m_dir->filePath("node.db").toStdString(); }

    void importCorrected()
    {
        auto report = m_store->ranges().importTable(readData("code-ranges-corrected.tsv"));
        QVERIFY2(report.ok(), problemsText(report.problems).c_str());
    }

    void addReader(const std::string& card, const char* library = "532622")
    {
        Reader reader;
        reader.card = card;
        reader.name = "张三";
        reader.homeLibrary = library;
        reader.expiry = Date::fromYmd(2030, 12, 31);
        m_store->readers().insert(reader, start);
    }

    void addItem(const std::string& barcode)
    {
        Record record;
        record.title = "边城";
        Item item;
        item.barcode = barcode;
        item.recordId = m_store->catalogue().addRecord(record);
        item.ownerLibrary = "530000";
        item.currentLibrary = "530000";
        m_store->catalogue().insertItem(item, start);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LocalStore> m_store;
};

QTEST_GUILESS_MAIN(TestRanges)
#include "tst_ranges.moc"
