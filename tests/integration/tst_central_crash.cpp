// The central killed with SIGKILL while it applies a node's push, at a random moment, several
// times: after a restart it must be consistent (integrity_check), hold every one of the node's
// sequence numbers exactly once, and end with the node's loans. The node's backlog is written
// with ils_core directly (thousands of operations through ilsctl would take minutes); the push
// and the central are the real programs. ILS_SEED repeats a run; ILS_CRASH_ROUNDS and
// ILS_CRASH_OPS change its size.
#include "Processes.h"

#include "Circulation.h"
#include "LocalStore.h"
#include "ReplicaService.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <random>

using namespace integration;

namespace {

const QString county = QStringLiteral("532622");
const QString branch = QStringLiteral("532622-01");
constexpr int kReaders = 20;
constexpr int kItems = 40; // a multiple of kReaders: reader i only ever borrows items i and i + kReaders

int environmentNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

template<typename T>
T ok(ils::Result<T> result)
{
    if (!result)
        qFatal("unexpected refusal: %s", result.refusal().detail.c_str());
    return std::move(result.value());
}

} // namespace

class TestCentralCrash : public QObject
{
    Q_OBJECT

private:
    Run on(const QString& db, QStringList arguments) const
    {
        arguments << "--db" << db;
        return ilsctl(arguments);
    }
    // Writes `count` operations into the node's outbox as a desk would: checkouts and returns
    // (and, the first time, the readers and copies they use). Returns the node's backlog.
    std::int64_t workOffline(int count);
    std::int64_t appliedCount() const;

    QTemporaryDir m_dir;
    QString m_centralDb;
    QString m_nodeDb;
    QString m_nodeId;
    std::unique_ptr<Central> m_central;
    std::vector<std::string> m_readers;
    std::vector<std::string> m_items;
    int m_step = 0;

private slots:
    void initTestCase();
    void killedDuringApplyRestartsConsistent();
    void cleanupTestCase();
};

std::int64_t TestCentralCrash::workOffline(int count)
{
    ils::SystemClock clock;
    // Normal durability: the test process is not the thing under test and must be quick.
    ils::LocalStore store(m_nodeDb.toStdString(), clock, ils::Durability::Normal);
    store.setOperator("crash-test");
    ils::Circulation& desk = store.circulation();
    const std::string at = branch.toStdString();
    while (m_readers.size() < kReaders)
        m_readers.push_back(
            ok(desk.registerReader({at, "读者" + std::to_string(m_readers.size()), "adult", std::nullopt, 0})).card);
    while (m_items.size() < kItems) {
        ils::NewItem item;
        item.library = at;
        item.record.title = "测试图书 " + std::to_string(m_items.size());
        m_items.push_back(ok(desk.addItem(item)).barcode);
    }
    for (int i = 0; i < count; ++i, ++m_step) {
        const std::string& item = m_items[static_cast<std::size_t>(m_step % kItems)];
        if (desk.openLoanOfItem(item))
            ok(desk.checkin(item, at));
        else
            ok(desk.checkout(m_readers[static_cast<std::size_t>(m_step % kReaders)], item, at));
    }
    return ils::ReplicaService(store).backlog();
}

std::int64_t TestCentralCrash::appliedCount() const
{
    return std::stoll(
        queryRows(m_centralDb, "SELECT count(*) FROM applied WHERE node_id = '" + m_nodeId.toStdString() + "'")
            .front());
}

void TestCentralCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString fingerprint = makeCertificate(m_dir.path());
    QVERIFY2(!fingerprint.isEmpty(), "openssl could not make a certificate");
    m_centralDb = m_dir.filePath("central.db");
    m_nodeDb = m_dir.filePath("branch.db");
    QVERIFY_RUN(on(m_centralDb, {"init", "--county", county, "--name", "砚山县图书馆"}));
    QVERIFY_RUN(on(m_centralDb, {"library", "add", branch, "江那镇分馆", "--level", "branch", "--parent", county}));
    QFile table(m_dir.filePath("ranges.tsv"));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("kind\tfirst\tlast\tlibrary\tdescription\n"
                "reader\t532622001000001\t532622001999999\t532622-01\tA\n"
                "item\t2622010000000001\t2622019999999999\t532622-01\tA\n");
    table.close();
    QVERIFY_RUN(on(m_centralDb, {"ranges", "import", table.fileName()}));

    m_central = std::make_unique<Central>(m_centralDb, m_dir.filePath("cert.pem"), m_dir.filePath("key.pem"));
    QVERIFY2(m_central->start(), qPrintable(m_central->log()));
    const Run add = on(m_centralDb, {"node", "add", "--library", branch, "--json"});
    QVERIFY_RUN(add);
    m_nodeId = add.json().value("node").toObject().value("id").toString();
    QVERIFY_RUN(on(m_nodeDb,
                   {"enrol",
                    "--central",
                    m_central->address(),
                    "--fingerprint",
                    fingerprint,
                    "--token",
                    add.json().value("node").toObject().value("token").toString()}));
}

void TestCentralCrash::killedDuringApplyRestartsConsistent()
{
    const quint32 seed = qEnvironmentVariableIsSet("ILS_SEED")
        ? static_cast<quint32>(qEnvironmentVariableIntValue("ILS_SEED"))
        : std::random_device()();
    qInfo("ILS_SEED=%u (set it to repeat this run)", seed);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> killAfterMs(0, 40);
    const int rounds = environmentNumber("ILS_CRASH_ROUNDS", 4);
    const int operations = environmentNumber("ILS_CRASH_OPS", 5000);
    const quint16 port = m_central->port();
    int cutMidway = 0; // rounds whose kill landed between the first and the last applied entry

    for (int round = 1; round <= rounds; ++round) {
        const std::int64_t backlog = workOffline(operations);
        const std::int64_t lastSeq = std::stoll(queryRows(m_nodeDb, "SELECT max(seq) FROM outbox").front());
        const std::int64_t appliedBefore = appliedCount();
        QCOMPARE(appliedBefore + backlog, lastSeq);

        auto sync = startIlsctl({"sync", "--db", m_nodeDb});
        QVERIFY(sync->waitForStarted());
        // Kill once the central has begun to apply this backlog, a random moment later, so that
        // the kill lands inside the push however fast or slow the machine is.
        QTRY_VERIFY_WITH_TIMEOUT(appliedCount() > appliedBefore || sync->state() == QProcess::NotRunning, 60000);
        const int delay = killAfterMs(random);
        QThread::msleep(static_cast<unsigned long>(delay));
        m_central->kill();
        const Run interrupted = finish(*sync);
        QVERIFY2(interrupted.exitCode == 0 || interrupted.exitCode == 4, qPrintable(interrupted.describe()));

        // What the killed central left, as its restart finds it: whole transactions only.
        const std::int64_t appliedAtKill = appliedCount();
        QCOMPARE(queryRows(m_centralDb, "PRAGMA integrity_check"), std::vector<std::string> {"ok"});
        // Applied in order: what survived is 1…k without a hole, whatever batch was cut off.
        QCOMPARE(
            queryRows(m_centralDb,
                      "SELECT coalesce(max(seq), 0) FROM applied WHERE node_id = '" + m_nodeId.toStdString() + "'"),
            std::vector<std::string> {std::to_string(appliedAtKill)});
        if (appliedAtKill > appliedBefore && appliedAtKill < lastSeq)
            ++cutMidway;
        qInfo(
            "round %d: %lld operations pending, central killed %d ms after it began applying them, with %lld applied; "
            "the interrupted sync exited %d",
            round,
            static_cast<long long>(backlog),
            delay,
            static_cast<long long>(appliedAtKill - appliedBefore),
            interrupted.exitCode);

        QVERIFY2(m_central->start(port), qPrintable(m_central->log()));
        Run again;
        for (int attempt = 0; attempt < 5; ++attempt) {
            again = on(m_nodeDb, {"sync", "--json"});
            if (again.exitCode == 0 && again.json().value("backlog").toInteger() == 0)
                break;
        }
        QVERIFY_RUN(again);
        QCOMPARE(again.json().value("backlog").toInteger(), 0);
        QCOMPARE(again.json().value("rejected").toInteger(), 0);

        // Exactly once: every sequence number 1…lastSeq, none twice (the key forbids it), no gap.
        const auto applied = queryRows(m_centralDb,
                                       "SELECT count(*) || '|' || count(DISTINCT seq) || '|' || min(seq) || '|' || "
                                       "max(seq) FROM applied WHERE node_id = '"
                                           + m_nodeId.toStdString() + "'");
        const std::string whole = std::to_string(lastSeq);
        QCOMPARE(applied.front(), whole + "|" + whole + "|1|" + whole);
        QCOMPARE(queryRows(m_centralDb, "PRAGMA integrity_check"), std::vector<std::string> {"ok"});
        const Run nodes = on(m_centralDb, {"nodes", "--json"});
        QCOMPARE(nodes.json().value("nodes").toArray().first().toObject().value("last_seq").toInteger(), lastSeq);

        // The central's loans are the node's loans, row by row, and so is everything else.
        const Rows central = replicatedRows(m_centralDb);
        const Rows node = replicatedRows(m_nodeDb);
        QCOMPARE(central.at("loans").size(), node.at("loans").size());
        const QString difference = firstDifference(central, node);
        QVERIFY2(difference.isEmpty(), qPrintable("the node differs from the central in " + difference));
    }
    // A run whose kills all missed the push has tested nothing of what it is for.
    QVERIFY2(cutMidway > 0, "no kill landed in the middle of a push; raise ILS_CRASH_OPS on a fast machine");
}

void TestCentralCrash::cleanupTestCase()
{
    if (m_central && m_central->running())
        QCOMPARE(m_central->stop(), 0);
}

QTEST_GUILESS_MAIN(TestCentralCrash)
#include "tst_central_crash.moc"
