// The demo county generator: every generated code belongs to its library's range, circulation
// state is consistent, and allocation after a bulk load goes on with codes never used.
#include "Circulation.h"
#include "Database.h"
#include "DemoCounty.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "RangeStore.h"
#include "ResidentId.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <set>

using namespace ils;

namespace {

std::int64_t scalar(Database& db, const char* sql)
{
    Query q(db, sql);
    return q.step() ? q.getInt(0) : -1;
}

bool validIsbn13(const std::string& isbn)
{
    if (isbn.size() != 13)
        return false;
    int sum = 0;
    for (std::size_t i = 0; i < 13; ++i) {
        if (isbn[i] < '0' || isbn[i] > '9')
            return false;
        sum += (isbn[i] - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return sum % 10 == 0;
}

// A digest of the generated rows, to compare two runs.
std::string contentOf(Database& db)
{
    std::string out;
    for (const char* sql :
         {"SELECT group_concat(card || name || coalesce(id_number, '') || expiry, ',') FROM "
          "(SELECT * FROM readers ORDER BY card)",
          "SELECT group_concat(barcode || record_id || status || current_library, ',') FROM "
          "(SELECT * FROM items ORDER BY barcode)",
          "SELECT group_concat(item || reader || out_at || due || coalesce(returned_at, ''), ',') FROM "
          "(SELECT * FROM loans ORDER BY id)",
          "SELECT group_concat(title || author || isbn, ',') FROM (SELECT * FROM records ORDER BY id)"}) {
        Query q(db, sql);
        if (q.step())
            out += q.getText(0) + "|";
    }
    return out;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LocalStore>(m_dir.filePath("demo.db").toStdString(), m_clock, Durability::Normal);
        createDemoCounty(*m_store);
        m_summary =
            populateDemoCounty(*m_store, {.records = 800, .items = 2000, .readers = 500, .loans = 5000, .seed = 7});
    }

    void countsAreWhatWasAsked()
    {
        QCOMPARE(m_summary.records, 800);
        QCOMPARE(m_summary.items, 2000);
        QCOMPARE(m_summary.readers, 500);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM items"), 2000);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM readers"), 500);
        // A copy is never lent twice at once, so a few planned loans may not fit; nearly all do.
        QVERIFY2(m_summary.pastLoans > 4500 && m_summary.pastLoans <= 5000,
                 std::to_string(m_summary.pastLoans).c_str());
        QVERIFY(m_summary.openLoans > 40);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM loans"), m_summary.pastLoans + m_summary.openLoans);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM fees"), m_summary.fees);
        QVERIFY(m_summary.holds > 0);
        QVERIFY(m_summary.pastHolds > 100);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM holds"), m_summary.holds + m_summary.pastHolds);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM holds WHERE status IN ('pending', 'in_transit', 'ready')"),
                 m_summary.holds);
        QCOMPARE(m_store->outbox().pendingCount(), 0); // bulk data stands for the central's own
    }

    void everyReaderCardResolvesToItsHomeLibrary()
    {
        Query q(db(), "SELECT card, home_library FROM readers");
        int readers = 0;
        while (q.step()) {
            const auto card = q.getText(0);
            const auto resolved = m_store->ranges().resolve(card);
            QVERIFY2(resolved, card.c_str());
            QVERIFY(resolved->range.kind == CodeKind::Reader);
            QCOMPARE(resolved->range.library, q.getText(1));
            ++readers;
        }
        QCOMPARE(readers, 500);
        // Both layouts of DESIGN §4 are in use: a branch with its own block, one nested in the county's.
        QVERIFY(scalar(db(), "SELECT count(*) FROM readers WHERE home_library = '532622-01' AND card LIKE '532622001%'")
                > 0);
        QVERIFY(
            scalar(db(), "SELECT count(*) FROM readers WHERE home_library = '532622-02' AND card LIKE '5326220005%'")
            > 0);
    }

    void everyItemBarcodeResolvesToItsOwner()
    {
        Query q(db(), "SELECT barcode, owner_library FROM items");
        while (q.step()) {
            const auto barcode = q.getText(0);
            const auto resolved = m_store->ranges().resolve(barcode);
            QVERIFY2(resolved, barcode.c_str());
            QVERIFY(resolved->range.kind == CodeKind::Item);
            QCOMPARE(resolved->range.library, q.getText(1));
        }
    }

    void cursorsArePastEveryGeneratedCode()
    {
        for (const char* sql : {"SELECT card FROM readers", "SELECT barcode FROM items"}) {
            Query q(db(), sql);
            while (q.step()) {
                const auto code = q.getText(0);
                const auto resolved = m_store->ranges().resolve(code);
                QVERIFY(resolved);
                Query next(db(), "SELECT next FROM code_ranges WHERE id = ?");
                next.bind(1, resolved->range.id);
                QVERIFY(next.step());
                const auto cursor = next.getText(0);
                QVERIFY2(cursor.size() > code.size() || code < cursor, (code + " >= cursor " + cursor).c_str());
            }
        }
    }

    void loansAreConsistentWithItems()
    {
        // The unique partial index makes two open loans of a copy impossible; check statuses both ways.
        QCOMPARE(scalar(db(),
                        "SELECT count(*) FROM (SELECT item FROM loans WHERE returned_at IS NULL GROUP BY item HAVING "
                        "count(*) > 1)"),
                 0);
        QCOMPARE(scalar(db(),
                        "SELECT count(*) FROM items i WHERE (i.status = 'on_loan') <> EXISTS(SELECT 1 FROM loans l "
                        "WHERE l.item = i.barcode AND l.returned_at IS NULL)"),
                 0);
        QCOMPARE(scalar(db(),
                        "SELECT count(*) FROM loans l JOIN items i ON i.barcode = l.item "
                        "WHERE l.returned_at IS NULL AND i.current_library <> l.library"),
                 0);
        QCOMPARE(scalar(db(),
                        "SELECT count(*) FROM loans WHERE item NOT IN (SELECT barcode FROM items) "
                        "OR reader NOT IN (SELECT card FROM readers)"),
                 0);
        // No reader borrowed before getting a card, nothing was returned before it went out, and no
        // copy was in two readers' hands at once.
        QCOMPARE(
            scalar(db(),
                   "SELECT count(*) FROM loans l JOIN readers r ON r.card = l.reader WHERE l.out_at < r.created_at"),
            0);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM loans WHERE returned_at IS NOT NULL AND returned_at <= out_at"), 0);
        QCOMPARE(scalar(db(),
                        "SELECT count(*) FROM (SELECT out_at, lag(coalesce(returned_at, 9e18)) OVER (PARTITION BY item "
                        "ORDER BY out_at) AS previous FROM loans) WHERE previous >= out_at"),
                 0);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM loans WHERE returned_at IS NULL AND out_at > 1772416800000"),
                 0); // ms
        QVERIFY(scalar(db(), "SELECT count(*) FROM loans WHERE returned_at IS NULL AND due < '2026-03-02'") > 0);
        QCOMPARE(
            scalar(db(), "SELECT count(*) FROM items i JOIN loans l ON l.item = i.barcode WHERE i.type = 'reference'"),
            0);
    }

    void holdsAndFeesAreConsistent()
    {
        QCOMPARE(scalar(db(),
                        "SELECT count(*) FROM holds h JOIN items i ON i.barcode = h.item "
                        "WHERE h.status = 'ready' AND (i.status <> 'on_hold_shelf' OR i.current_library <> h.pickup)"),
                 0);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM items WHERE status = 'on_hold_shelf'"),
                 scalar(db(), "SELECT count(*) FROM holds WHERE status = 'ready'"));
        QCOMPARE(
            scalar(db(),
                   "SELECT count(*) FROM holds h JOIN readers r ON r.card = h.reader WHERE h.placed_at < r.created_at"),
            0);
        // A fulfilled hold ended in a loan of its copy to its reader.
        QCOMPARE(
            scalar(db(),
                   "SELECT count(*) FROM holds h WHERE h.status = 'fulfilled' AND NOT EXISTS (SELECT 1 FROM loans l "
                   "WHERE l.item = h.item AND l.reader = h.reader AND l.out_at > h.placed_at)"),
            0);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM fees WHERE amount_fen <= 0 OR paid_fen + waived_fen > amount_fen"),
                 0);
        QCOMPARE(scalar(db(),
                        "SELECT count(*) FROM fees f WHERE paid_fen + waived_fen <> "
                        "(SELECT coalesce(sum(amount_fen), 0) FROM fee_events e WHERE e.fee_id = f.id)"),
                 0);
    }

    void residentIdsAndIsbnsAreValid()
    {
        Query ids(db(), "SELECT id_number FROM readers WHERE id_number IS NOT NULL");
        std::int64_t count = 0;
        while (ids.step()) {
            const auto id = ids.getText(0);
            QVERIFY2(isValidResidentId(id), id.c_str());
            QVERIFY(id.starts_with("5326"));
            ++count;
        }
        QCOMPARE(count, m_summary.residentIds);
        QVERIFY(count > 200);
        Query isbns(db(), "SELECT isbn FROM records WHERE isbn <> ''");
        std::set<std::string> seen;
        while (isbns.step()) {
            const auto isbn = isbns.getText(0);
            QVERIFY2(validIsbn13(isbn) && isbn.starts_with("9787"), isbn.c_str());
            QVERIFY2(seen.insert(isbn).second, isbn.c_str());
        }
        QVERIFY(seen.size() > 700);
    }

    void allocationContinuesWithFreshCodes()
    {
        std::set<std::string> cards;
        std::set<std::string> barcodes;
        {
            Query q(db(), "SELECT card FROM readers");
            while (q.step())
                cards.insert(q.getText(0));
            Query i(db(), "SELECT barcode FROM items");
            while (i.step())
                barcodes.insert(i.getText(0));
        }
        std::map<std::string, std::string> lastCard; // highest generated card per library
        {
            Query q(db(), "SELECT home_library, max(card) FROM readers GROUP BY home_library");
            while (q.step())
                lastCard[q.getText(0)] = q.getText(1);
        }
        for (const char* library : {"532622", "532622-01", "532622-02", "532622-01-01", "532622-02-01"}) {
            NewReader reader;
            reader.library = library;
            reader.name = "测试读者";
            const auto registered = m_store->circulation().registerReader(reader);
            QVERIFY2(registered, registered ? "" : registered.refusal().detail.c_str());
            QVERIFY2(!cards.contains(registered->card), registered->card.c_str());
            QVERIFY(registered->card > lastCard[library]);
            QCOMPARE(m_store->ranges().resolve(registered->card)->range.library, std::string(library));

            NewItem item;
            item.library = library;
            item.record.title = "测试图书";
            const auto added = m_store->circulation().addItem(item);
            QVERIFY2(added, added ? "" : added.refusal().detail.c_str());
            QVERIFY2(!barcodes.contains(added->barcode), added->barcode.c_str());
            QCOMPARE(m_store->ranges().resolve(added->barcode)->range.library, std::string(library));
        }
    }

    void generatedCountyCirculates()
    {
        // A reader in good standing borrows an available copy and returns it, through the engine.
        Query pick(
            db(),
            "SELECT r.card, i.barcode, i.current_library FROM readers r, items i "
            "WHERE r.status = 'active' AND r.expiry > '2026-03-02' AND r.type = 'adult' "
            "AND NOT EXISTS (SELECT 1 FROM fees f WHERE f.reader = r.card AND f.amount_fen > f.paid_fen + "
            "f.waived_fen) "
            "AND i.status = 'available' AND i.type = 'book' "
            "AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.record_id = i.record_id AND h.status = 'pending') LIMIT 1");
        QVERIFY(pick.step());
        const auto card = pick.getText(0);
        const auto barcode = pick.getText(1);
        const auto library = pick.getText(2);
        const auto out = m_store->circulation().checkout(card, barcode, library);
        QVERIFY2(out, out ? "" : out.refusal().detail.c_str());
        const auto back = m_store->circulation().checkin(barcode, library);
        QVERIFY2(back, back ? "" : back.refusal().detail.c_str());
        QCOMPARE(std::string(toString(back->routing.action)), std::string("reshelve"));
    }

    void sameSeedGivesSameCounty()
    {
        std::string first;
        for (int run = 0; run < 2; ++run) {
            QTemporaryDir dir;
            LocalStore store(dir.filePath("again.db").toStdString(), m_clock, Durability::Normal);
            createDemoCounty(store);
            (void)populateDemoCounty(store, {.records = 100, .items = 300, .readers = 80, .loans = 600, .seed = 99});
            const auto content = contentOf(store.db());
            QVERIFY(content.size() > 1000);
            if (run == 0)
                first = content;
            else
                QVERIFY(content == first);
        }
    }

    void populateNeedsTheCounty()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("empty.db").toStdString(), m_clock, Durability::Normal);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 (void)populateDemoCounty(store, {.items = 10, .readers = 10, .loans = 10}));
        QCOMPARE(scalar(store.db(), "SELECT count(*) FROM records"), 0);
    }

private:
    Database& db() { return m_store->db(); }

    QTemporaryDir m_dir;
    // 2026-03-02 10:00 in UTC+8, a Monday.
    ManualClock m_clock {*parseUtc("2026-03-02T02:00:00Z")};
    std::unique_ptr<LocalStore> m_store;
    DemoSummary m_summary;
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
