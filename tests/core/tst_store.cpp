// The local store: schema versions, WAL, transactions, the outbox, JSON payloads and time.
#include "Database.h"
#include "Json.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "RuleStore.h"
#include "Schema.h"
#include "Settings.h"
#include "Sha256.h"
#include "Time.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <set>
#include <stdexcept>

using namespace ils;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void schemaIsCreatedAndKept()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("node.db").toStdString();
        ManualClock clock(0);
        {
            LocalStore store(path, clock);
            QCOMPARE(SchemaManager::versionOf(store.db()), SchemaManager::currentVersion);
            Query mode(store.db(), "PRAGMA journal_mode");
            QVERIFY(mode.step());
            QCOMPARE(mode.getText(0), std::string("wal"));
        }
        Database db(path);
        const auto again = SchemaManager::upgrade(db);
        QCOMPARE(again.from, SchemaManager::currentVersion);
        QCOMPARE(again.to, SchemaManager::currentVersion);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("future.db").toStdString();
        {
            Database db(path);
            db.exec("PRAGMA user_version = 999");
        }
        ManualClock clock(0);
        try {
            LocalStore store(path, clock);
            QFAIL("a database from a newer program must not be opened");
        } catch (const StoreError& e) {
            QVERIFY(std::string(e.what()).find("999") != std::string::npos);
        }
    }

    void countyIsInitialisedOnce()
    {
        QTemporaryDir dir;
        ManualClock clock(0);
        LocalStore store(dir.filePath("c.db").toStdString(), clock);
        Library branch {"532622-01", "江那镇分馆", LibraryLevel::Branch, std::nullopt, std::nullopt};
        QCOMPARE(int(store.initialiseCounty(branch, 480).refusal().reason), int(Reason::InvalidInput));
        Library county {"532622", "砚山县图书馆", LibraryLevel::County, std::nullopt, "532622"};
        QCOMPARE(int(store.initialiseCounty(county, 900).refusal().reason), int(Reason::InvalidInput));
        QVERIFY(store.initialiseCounty(county, 480).ok());
        QCOMPARE(store.settings().countyCode(), std::string("532622"));
        auto again = store.initialiseCounty(county, 480);
        QVERIFY(!again.ok());
        QVERIFY(again.refusal().detail.find("532622") != std::string::npos);
    }

    void aFileThatIsNotADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("garbage.db");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        ManualClock clock(0);
        try {
            LocalStore store(path.toStdString(), clock);
            QFAIL("garbage must not open as a database");
        } catch (const StoreError& e) {
            QVERIFY2(std::string(e.what()).find("not a database") != std::string::npos, e.what());
        }
    }

    void uncommittedTransactionRollsBack()
    {
        Database db(":memory:");
        db.exec("CREATE TABLE t(x)");
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES(1)");
        }
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES(2)");
            tx.commit();
        }
        Query q(db, "SELECT group_concat(x) FROM t");
        QVERIFY(q.step());
        QCOMPARE(q.getText(0), std::string("2"));
    }

    void badSqlNamesTheProblem()
    {
        Database db(":memory:");
        try {
            db.exec("SELEKT 1");
            QFAIL("must throw");
        } catch (const StoreError& e) {
            QVERIFY(std::string(e.what()).find("SELEKT") != std::string::npos);
        }
    }

    void outboxSequenceAndAcks()
    {
        QTemporaryDir dir;
        ManualClock clock(1000);
        LocalStore store(dir.filePath("o.db").toStdString(), clock);
        store.settings();
        std::set<std::string> uuids;
        for (int i = 0; i < 5; ++i) {
            Transaction tx(store.db());
            auto entry = store.record("test", JsonWriter().add("i", i).str());
            tx.commit();
            QCOMPARE(entry.seq, std::int64_t(i + 1));
            uuids.insert(entry.uuid);
        }
        QCOMPARE(uuids.size(), std::size_t(5));
        QCOMPARE(store.outbox().pendingCount(), std::int64_t(5));
        store.outbox().markAcked(3, clock.now());
        QCOMPARE(store.outbox().pendingCount(), std::int64_t(2));
        const auto pending = store.outbox().list(0, 100, true);
        QCOMPARE(pending.front().seq, std::int64_t(4));
        QCOMPARE(pending.front().createdAt, Timestamp(1000));
        QCOMPARE(pending.front().operatorName, std::string("system"));
    }

    void outboxEntryRollsBackWithItsChange()
    {
        QTemporaryDir dir;
        ManualClock clock(0);
        LocalStore store(dir.filePath("o.db").toStdString(), clock);
        try {
            Transaction tx(store.db());
            store.record("test", "{}");
            throw std::runtime_error("the change failed");
        } catch (const std::runtime_error&) {
        }
        QCOMPARE(store.outbox().pendingCount(), std::int64_t(0));
    }

    void sha256MatchesFips180Vectors()
    {
        QCOMPARE(sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(sha256Hex(std::string(1000000, 'a')),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        QCOMPARE(randomHex(16).size(), std::size_t(32));
        QVERIFY(randomHex(16) != randomHex(16));
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "ab"));
    }

    void nestedTransactionsAreSavepoints()
    {
        Database db(":memory:");
        db.exec("CREATE TABLE t(x)");
        {
            Transaction outer(db);
            db.exec("INSERT INTO t VALUES(1)");
            {
                Transaction inner(db);
                db.exec("INSERT INTO t VALUES(2)");
            } // not committed: only the inner part rolls back
            {
                Transaction inner(db);
                db.exec("INSERT INTO t VALUES(3)");
                inner.commit();
            }
            outer.commit();
        }
        Query q(db, "SELECT group_concat(x) FROM t");
        QVERIFY(q.step());
        QCOMPARE(q.getText(0), std::string("1,3"));
    }

    void cachedRuleLookupsFollowSet()
    {
        // The central's group commit reads each rule once; a rule set meanwhile must still count.
        Database db(":memory:");
        SchemaManager::upgrade(db);
        RuleStore rules(db);
        RuleRow row;
        row.rule.loanDays = 21;
        rules.set(row);
        const auto days = [&] { return rules.lookup("adult", "book", LibraryLevel::Branch).loanDays; };
        {
            RuleStore::CachedLookups cached(rules);
            QCOMPARE(days(), 21);
            db.exec("UPDATE rules SET loan_days = 7"); // behind the store's back: the memory answers
            QCOMPARE(days(), 21);
            row.rule.loanDays = 14;
            rules.set(row);
            QCOMPARE(days(), 14);
            {
                RuleStore::CachedLookups nested(rules);
            } // an inner scope does not end the outer one
            db.exec("UPDATE rules SET loan_days = 7");
            QCOMPARE(days(), 14);
        }
        db.exec("UPDATE rules SET loan_days = 7");
        QCOMPARE(days(), 7); // no memory once the scope has ended
    }

    void jsonRoundTrip()
    {
        const auto text = JsonWriter()
                              .add("title", "平凡的世界 \"1\"\n")
                              .add("fen", std::int64_t(-1234567890123))
                              .add("ok", true)
                              .str();
        auto parsed = parseFlatJson(text);
        QVERIFY2(parsed.value, parsed.error.c_str());
        QCOMPARE(parsed.value->text("title").value_or(""), std::string("平凡的世界 \"1\"\n"));
        QCOMPARE(parsed.value->number("fen").value_or(0), std::int64_t(-1234567890123));
        QCOMPARE(parsed.value->booleans.at("ok"), true);
        QCOMPARE(parseFlatJson(" { } ").value->strings.size(), std::size_t(0));
        QCOMPARE(parseFlatJson(R"({"a":"\u4e66"})").value->text("a").value_or(""), std::string("书"));
    }

    void jsonErrorsNameTheOffset()
    {
        for (const char* bad : {"",
                                "[",
                                "{\"a\"}",
                                "{\"a\":}",
                                "{\"a\":1,}",
                                "{\"a\":\"x",
                                "{\"a\":1} x",
                                "{\"a\":99999999999999999999}",
                                "{\"a\":\"\\q\"}",
                                "{\"a\":1.5}",
                                "{\"a\":null}",
                                "{\"a\":[1]}",
                                "{\"a\":{\"b\":1}}",
                                "{\"a\":\"\xff\"}",
                                "{\"a\":\"\\ud800\"}",
                                "{\"a\":\"\\uDDDDd\"}", // a lone low surrogate (found by the fuzzer)
                                "{\"\\udc00\":1}",
                                "{\"a:::k20\xf0"}) { // UTF-8 cut short at the end (found by the fuzzer)
            auto parsed = parseFlatJson(bad);
            QVERIFY2(!parsed.value, bad);
            QVERIFY2(parsed.error.find("at byte") != std::string::npos, parsed.error.c_str());
        }
    }

    // Issue 15 relies on it: two values for one key must not silently become the last one.
    void jsonRefusesDuplicateKeys()
    {
        for (const char* bad :
             {R"({"card":"R1","card":"R2"})", R"({"a":1,"a":"1"})", R"({"a":true,"b":2,"a":false})"}) {
            auto parsed = parseFlatJson(bad);
            QVERIFY2(!parsed.value, bad);
            QVERIFY2(parsed.error.find("duplicate key \"") != std::string::npos, parsed.error.c_str());
            QVERIFY2(parsed.error.find("at byte") != std::string::npos, parsed.error.c_str());
        }
        QCOMPARE(parseFlatJson(R"({"card":"R1","card":"R2"})").error, std::string("duplicate key \"card\" at byte 19"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, JsonWriter().add("a", 1).add("a", "x"));
    }

    void jsonLimits()
    {
        const std::string nul("{\"a\":1}\0{", 9);
        QVERIFY(!parseFlatJson(nul).value);
        QCOMPARE(parseFlatJson(nul).error, std::string("trailing characters at byte 7"));
        std::string huge = "{\"a\":\"" + std::string(kMaxFlatJsonBytes, 'x') + "\"}";
        QVERIFY(parseFlatJson(huge).error.find("payload longer than") == 0);
        JsonWriter many;
        for (std::size_t i = 0; i <= kMaxFlatJsonKeys; ++i)
            many.add("k" + std::to_string(i), std::int64_t(i));
        QVERIFY(parseFlatJson(many.str()).error.find("more than 1000 keys") == 0);
        // The whole int64 range, and control characters and \u0000 kept through a round trip.
        const std::string control("a\0b\x01\x1f", 5);
        const auto text = JsonWriter()
                              .add("min", std::numeric_limits<std::int64_t>::min())
                              .add("max", std::numeric_limits<std::int64_t>::max())
                              .add("c", control)
                              .str();
        const auto parsed = parseFlatJson(text);
        QVERIFY2(parsed.value, parsed.error.c_str());
        QCOMPARE(parsed.value->number("min").value_or(0), std::numeric_limits<std::int64_t>::min());
        QCOMPARE(parsed.value->number("max").value_or(0), std::numeric_limits<std::int64_t>::max());
        QCOMPARE(parsed.value->text("c").value_or(""), control);
        QVERIFY(!parseFlatJson(R"({"a":9223372036854775808})").value);
    }

    void datesAndTimes()
    {
        const auto d = Date::fromIso("2024-02-29");
        QVERIFY(d);
        QCOMPARE(d->plusDays(1).toIso(), std::string("2024-03-01"));
        QCOMPARE(d->isoWeekday(), 4);
        QVERIFY(!Date::fromIso("2023-02-29"));
        QVERIFY(!Date::fromIso("2023-2-28"));
        QCOMPARE(formatUtc(0), std::string("1970-01-01T00:00:00Z"));
        // Instants are milliseconds; whole seconds print without a fraction.
        QCOMPARE(parseUtc("2026-11-23T18:45:44Z").value_or(0), Timestamp(1795459544000));
        QCOMPARE(parseUtc("2026-11-23T18:45:44.250Z").value_or(0), Timestamp(1795459544250));
        QCOMPARE(formatUtc(1795459544250), std::string("2026-11-23T18:45:44.250Z"));
        QCOMPARE(formatUtc(-1), std::string("1969-12-31T23:59:59.999Z"));
        QVERIFY(!parseUtc("2026-11-23T18:45:44.25Z"));
        QCOMPARE(toSeconds(-1), std::int64_t(-1));
        QCOMPARE(toSeconds(1999), std::int64_t(1));
        QVERIFY(!parseUtc("2026-11-23 18:45:44"));
        // 23:30 UTC is already the next day in UTC+8.
        QCOMPARE(Date::localDay(*parseUtc("2026-03-01T23:30:00Z"), 480).toIso(), std::string("2026-03-02"));
        QCOMPARE(Date::localDay(*parseUtc("2026-03-01T23:30:00Z"), 0).toIso(), std::string("2026-03-01"));
        QCOMPARE(Date::localDay(-1, 0).toIso(), std::string("1969-12-31"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
