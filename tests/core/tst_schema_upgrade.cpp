// Schema step 8 (and the steps before it) on a database written by the previous program (schema 4, instants in whole
// seconds): every stored instant becomes milliseconds — columns, the times inside outbox
// payloads not yet pushed, and the central's change-feed images — and the desk goes on working.
#include "CatalogueStore.h"
#include "Circulation.h"
#include "Database.h"
#include "Json.h"
#include "LocalStore.h"
#include "Schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ils;

namespace {

constexpr std::int64_t lentAt = 1'772'416'800; // 2026-03-02T02:00:00Z, in seconds as schema 4 kept it

std::int64_t number(Database& db, const std::string& sql)
{
    Query q(db, sql);
    return q.step() && !q.isNull(0) ? q.getInt(0) : -1;
}

std::string text(Database& db, const std::string& sql)
{
    Query q(db, sql);
    return q.step() ? q.getText(0) : std::string();
}

// What a branch replica of schema 4 holds: a county, a reader, two copies, one open loan and
// one closed, a hold, a fee and its payment, a lock-out, and two operations not yet pushed.
void writeVersion4(Database& db, bool central)
{
    SchemaManager::upgrade(db, 4);
    QCOMPARE(SchemaManager::versionOf(db), 4);
    const std::string s = std::to_string(lentAt);
    db.exec("INSERT INTO settings VALUES('local.node_id', 'a'), ('utc_offset_minutes', '480');"
            "INSERT INTO libraries VALUES('532622', '砚山县图书馆', 'county', NULL, '532622');"
            "INSERT INTO readers(card, name, type, home_library, status, expiry, created_at) "
            "  VALUES('532622000000001', '张三', 'adult', '532622', 'active', '2029-01-01', "
            + s
            + ");"
              "INSERT INTO records(id, title) VALUES(1, '平凡的世界');"
              "INSERT INTO items(barcode, record_id, owner_library, current_library, type, status, created_at, "
              "  last_return_at, last_return_library) VALUES"
              "  ('2622000000000001', 1, '532622', '532622', 'book', 'on_loan', "
            + s + ", NULL, NULL), ('2622000000000002', 1, '532622', '532622', 'book', 'available', " + s + ", " + s
            + " + 60, '532622');"
              "INSERT INTO loans(id, item, reader, library, out_at, due, returned_at, return_library) VALUES"
              "  (1, '2622000000000001', '532622000000001', '532622', "
            + s + ", '2026-04-01', NULL, NULL), (2, '2622000000000002', '532622000000001', '532622', " + s
            + " - 3600, '2026-04-01', " + s
            + " + 60, '532622');"
              "INSERT INTO holds(id, record_id, reader, pickup, placed_at, status) "
              "  VALUES(1, 1, '532622000000001', '532622', "
            + s
            + ", 'pending');"
              "INSERT INTO fees(id, reader, item, kind, amount_fen, paid_fen, created_at) "
              "  VALUES(1, '532622000000001', '2622000000000002', 'overdue', 50, 50, "
            + s
            + ");"
              "INSERT INTO fee_events(id, fee_id, kind, amount_fen, at, operator) VALUES(1, 1, 'pay', 50, "
            + s
            + ", 'desk');"
              "INSERT INTO staff_lockouts(username, failures, locked_until) VALUES('wang', 0, "
            + s
            + ");"
              "INSERT INTO outbox(node_id, uuid, type, payload, created_at, operator) VALUES"
              "  ('a', 'u1', 'checkout', '{\"card\":\"532622000000001\",\"barcode\":\"2622000000000001\","
              "\"at\":\"532622\",\"out_at\":"
            + s + ",\"due\":\"2026-04-01\",\"loan_id\":1}', " + s
            + ", 'desk'),"
              "  ('a', 'u2', 'checkin', '{\"barcode\":\"2622000000000002\",\"returned_at\":"
            + s + ",\"fine_fen\":0}', " + s + ", 'desk');");
    if (central) {
        // As the previous central's feed stood: an image of the open loan, and the trigger that
        // writes one per change of a loan (direct only while feed_defer is empty, as step 4 made it).
        db.exec("INSERT INTO changes(tbl, key, row) VALUES('loans', json_object('id', 1), json_object('id', 1, "
                "'item', '2622000000000001', 'out_at', "
                + s
                + ", 'returned_at', NULL, 'due', '2026-04-01'));"
                  "INSERT INTO changes(tbl, key, row) VALUES('loans', json_object('id', 9), NULL);"
                  "CREATE TRIGGER feed_loans_update AFTER UPDATE ON loans WHEN NOT EXISTS (SELECT 1 FROM feed_defer) "
                  "BEGIN INSERT INTO changes(tbl, key, row) VALUES('loans', json_object('id', NEW.id), "
                  "json_object('id', NEW.id)); END;");
    }
}

} // namespace

class TestSchemaUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void secondsBecomeMilliseconds_data()
    {
        QTest::addColumn<bool>("central");
        QTest::newRow("branch replica") << false;
        QTest::newRow("central with its change feed") << true;
    }

    void secondsBecomeMilliseconds()
    {
        QFETCH(bool, central);
        QTemporaryDir dir;
        const auto path = dir.filePath("old.db").toStdString();
        {
            Database db(path);
            writeVersion4(db, central);
        }
        ManualClock clock(*parseUtc("2026-03-05T02:00:00Z"));
        LocalStore store(path, clock);
        Database& db = store.db();
        QCOMPARE(SchemaManager::versionOf(db), SchemaManager::currentVersion);
        const std::int64_t ms = lentAt * 1000;

        QCOMPARE(number(db, "SELECT out_at FROM loans WHERE id = 1"), ms);
        QCOMPARE(number(db, "SELECT returned_at IS NULL FROM loans WHERE id = 1"), std::int64_t(1));
        QCOMPARE(number(db, "SELECT out_at FROM loans WHERE id = 2"), ms - 3'600'000);
        QCOMPARE(number(db, "SELECT returned_at FROM loans WHERE id = 2"), ms + 60'000);
        QCOMPARE(number(db, "SELECT last_return_at FROM items WHERE barcode = '2622000000000002'"), ms + 60'000);
        QCOMPARE(number(db, "SELECT created_at FROM readers"), ms);
        QCOMPARE(number(db, "SELECT placed_at FROM holds"), ms);
        QCOMPARE(number(db, "SELECT created_at FROM fees"), ms);
        QCOMPARE(number(db, "SELECT at FROM fee_events"), ms);
        QCOMPARE(number(db, "SELECT locked_until FROM staff_lockouts"), ms);
        QCOMPARE(formatUtc(store.circulation().openLoanOfItem("2622000000000001")->outAt),
                 std::string("2026-03-02T02:00:00Z"));

        // Operations not yet pushed: their times too, nothing else of them.
        const auto pending = store.outbox().list(0, 10, true);
        QCOMPARE(pending.size(), std::size_t(2));
        QCOMPARE(pending[0].createdAt, ms);
        const auto checkout = parseFlatJson(pending[0].payload);
        QVERIFY2(checkout.value, checkout.error.c_str());
        QCOMPARE(checkout.value->number("out_at").value_or(0), ms);
        QCOMPARE(checkout.value->number("loan_id").value_or(0), std::int64_t(1));
        QCOMPARE(checkout.value->text("due").value_or(""), std::string("2026-04-01"));
        QCOMPARE(checkout.value->text("card").value_or(""), std::string("532622000000001"));
        const auto checkin = parseFlatJson(pending[1].payload);
        QVERIFY(checkin.value);
        QCOMPARE(checkin.value->number("returned_at").value_or(0), ms);
        QCOMPARE(checkin.value->number("fine_fen").value_or(-1), std::int64_t(0));

        if (central) {
            // The images already in the feed are converted in place; the rewrite adds none.
            QCOMPARE(number(db, "SELECT count(*) FROM changes"), std::int64_t(2));
            QCOMPARE(number(db, "SELECT json_extract(row, '$.out_at') FROM changes WHERE cn = 1"), ms);
            QCOMPARE(text(db, "SELECT json_extract(row, '$.due') FROM changes WHERE cn = 1"),
                     std::string("2026-04-01"));
            QCOMPARE(number(db, "SELECT row IS NULL FROM changes WHERE cn = 2"), std::int64_t(1));
            QCOMPARE(number(db, "SELECT count(*) FROM feed_defer"), std::int64_t(0));
            QCOMPARE(number(db, "SELECT count(*) FROM feed_dirty"), std::int64_t(0));
        }

        // The desk goes on: the return closes the loan three days later, not overdue, in order.
        auto back = store.circulation().checkin("2622000000000001", "532622");
        QVERIFY2(back.ok(), back.ok() ? "" : back.refusal().detail.c_str());
        QVERIFY(back->loan.has_value());
        QCOMPARE(*back->loan->returnedAt - back->loan->outAt, std::int64_t(3) * millisPerDay);
        QCOMPARE(back->overdueDays, 0);
    }
};

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "tst_schema_upgrade.moc"
