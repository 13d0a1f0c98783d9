// Durability: a child process lends and takes back books and reports each one as done;
// the test kills it with SIGKILL at random moments. Everything it reported as done must be
// in the database afterwards, with its outbox entry — what the desk showed is durable.
#include "TestCounty.h"

#include "Circulation.h"
#include "Database.h"
#include "Json.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <set>
#include <unistd.h>

using namespace ils;

namespace {

constexpr int readerCount = 20;
constexpr int itemCount = 60;

void say(const std::string& line)
{
    // write(2) straight to the pipe: no stdio buffer that SIGKILL could lose after the fact.
    const std::string text = line + "\n";
    if (::write(STDOUT_FILENO, text.data(), text.size()) < 0)
        std::_Exit(4);
}

int runChild(const char* path, const char* seedText)
{
    SystemClock clock;
    LocalStore store(path, clock);
    store.setOperator("crash-child");
    std::vector<std::string> readers;
    std::vector<std::string> items;
    {
        Query q(store.db(), "SELECT card FROM readers ORDER BY card");
        while (q.step())
            readers.push_back(q.getText(0));
        Query i(store.db(), "SELECT barcode FROM items ORDER BY barcode");
        while (i.step())
            items.push_back(i.getText(0));
    }
    QRandomGenerator random(static_cast<quint32>(std::strtoul(seedText, nullptr, 10)));
    say("READY");
    for (;;) {
        const auto& item = items[random.bounded(static_cast<int>(items.size()))];
        const auto& reader = readers[random.bounded(static_cast<int>(readers.size()))];
        auto out = store.circulation().checkout(reader, item, TestCounty::branchA);
        if (out) {
            say("OUT " + std::to_string(out->loan.id) + " " + item + " " + reader);
            continue;
        }
        auto back = store.circulation().checkin(item, TestCounty::branchA);
        if (back && back->loan)
            say("IN " + std::to_string(back->loan->id) + " " + item);
    }
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedCheckoutsSurviveSigkill()
    {
        TestCounty county;
        for (int i = 0; i < readerCount; ++i)
            county.addReader(TestCounty::branchA, "读者" + std::to_string(i));
        for (int i = 0; i < itemCount; ++i)
            county.addItem(TestCounty::branchA, "书名" + std::to_string(i));
        const auto path = QString::fromStdString(county.path());

        const quint32 seed = qEnvironmentVariableIsSet("ILS_SEED") ? qEnvironmentVariableIntValue("ILS_SEED")
                                                                   : QRandomGenerator::global()->generate();
        qInfo("seed %u (set ILS_SEED to repeat)", seed);
        QRandomGenerator random(seed);

        std::vector<std::pair<std::int64_t, std::string>> reportedOut; // loan id, barcode
        std::vector<std::int64_t> reportedIn;
        for (int run = 0; run < 50; ++run) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {"--child", path, QString::number(random.generate())});
            QVERIFY(child.waitForStarted());
            QByteArray output;
            while (!output.contains("READY\n")) {
                QVERIFY2(child.waitForReadyRead(10000), "the child did not start working");
                output += child.readAllStandardOutput();
            }
            QTest::qWait(static_cast<int>(random.bounded(5u, 150u)));
            child.kill(); // SIGKILL: no destructor, no flush, no rollback
            QVERIFY(child.waitForFinished(10000));
            output += child.readAllStandardOutput();
            for (const auto& line : output.split('\n')) {
                const auto parts = line.split(' ');
                if (parts.value(0) == "OUT" && parts.size() == 4)
                    reportedOut.emplace_back(parts[1].toLongLong(), parts[2].toStdString());
                else if (parts.value(0) == "IN" && parts.size() == 3)
                    reportedIn.push_back(parts[1].toLongLong());
            }
        }
        QVERIFY2(reportedOut.size() > 50, "the child must have done real work between kills");
        QVERIFY2(!reportedIn.empty(), "the child must have returned books between kills");

        county.reopen();
        Database& db = county.store().db();
        Query integrity(db, "PRAGMA integrity_check");
        QVERIFY(integrity.step());
        QCOMPARE(integrity.getText(0), std::string("ok"));
        std::multiset<std::string> outboxCheckouts;
        {
            Query entries(db, "SELECT json_extract(payload, '$.barcode') FROM outbox WHERE type = 'checkout'");
            while (entries.step())
                outboxCheckouts.insert(entries.getText(0));
        }
        for (const auto& [loanId, barcode] : reportedOut) {
            Query loan(db, "SELECT item FROM loans WHERE id = ?");
            loan.bind(1, loanId);
            QVERIFY2(loan.step(), ("reported loan " + std::to_string(loanId) + " is missing").c_str());
            QCOMPARE(loan.getText(0), barcode);
            const auto found = outboxCheckouts.find(barcode);
            QVERIFY2(found != outboxCheckouts.end(), "a reported checkout has no outbox entry");
            outboxCheckouts.erase(found);
        }
        std::multiset<std::int64_t> outboxCheckins;
        {
            Query entries(db, "SELECT json_extract(payload, '$.loan_id') FROM outbox WHERE type = 'checkin'");
            while (entries.step())
                outboxCheckins.insert(entries.getInt(0));
        }
        for (auto loanId : reportedIn) {
            Query loan(db, "SELECT returned_at IS NOT NULL FROM loans WHERE id = ?");
            loan.bind(1, loanId);
            QVERIFY(loan.step());
            QCOMPARE(loan.getInt(0), std::int64_t(1));
            const auto found = outboxCheckins.find(loanId);
            QVERIFY2(found != outboxCheckins.end(),
                     ("reported check-in of loan " + std::to_string(loanId) + " has no outbox entry").c_str());
            outboxCheckins.erase(found);
        }
        // Every change on record has exactly one outbox entry, and nothing half-done remains.
        Query checkouts(db,
                        "SELECT (SELECT count(*) FROM loans) = "
                        "(SELECT count(*) FROM outbox WHERE type = 'checkout')");
        QVERIFY(checkouts.step());
        QCOMPARE(checkouts.getInt(0), std::int64_t(1));
        Query checkins(db,
                       "SELECT (SELECT count(*) FROM loans WHERE returned_at IS NOT NULL) = "
                       "(SELECT count(*) FROM outbox WHERE type = 'checkin')");
        QVERIFY(checkins.step());
        QCOMPARE(checkins.getInt(0), std::int64_t(1));
        Query consistent(db,
                         "SELECT count(*) FROM items i LEFT JOIN loans l ON l.item = i.barcode "
                         "AND l.returned_at IS NULL WHERE (i.status = 'on_loan') <> (l.id IS NOT NULL)");
        QVERIFY(consistent.step());
        QCOMPARE(consistent.getInt(0), std::int64_t(0));
        qInfo("%zu checkouts and %zu check-ins reported across 50 kills", reportedOut.size(), reportedIn.size());
    }
};

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--child") == 0)
        return runChild(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    TestCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash.moc"
