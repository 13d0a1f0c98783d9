// Replication under a hostile network: a real CentralServer in this process, nodes that work
// offline and then sync through a TCP proxy (FaultyProxy) that cuts connections at any byte
// (inside the TLS handshake, inside frames, in either direction, with a FIN or an RST), stalls
// them past the client's deadlines, or lets them through. Whatever the network did, every
// transaction must end up applied exactly once at the central, acknowledged at the node, and
// the node's replica must equal the central's.
//
// Randomised and seeded: the seed is printed; ILS_SEED=<seed> draws the same workloads and fault
// plans again (thread timing, and so the exact bytes a cut lands on, still vary);
// ILS_FAULT_RUNS=<n> sets the number of runs (100; 25 under AddressSanitizer).
#include "FaultyProxy.h"
#include "ReplicatedRows.h"
#include "TestCertificate.h"

#include "CentralServer.h"
#include "CertificateFingerprint.h"
#include "Enrolment.h"
#include "SyncClient.h"

#include "CentralService.h"
#include "ChangeFeed.h"
#include "Circulation.h"
#include "Database.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "RangeStore.h"
#include "ReplicaService.h"
#include "Settings.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

using namespace ils;
using ils::test::FaultPlan;
using ils::test::FaultyProxy;
using namespace std::chrono_literals;

namespace {

constexpr const char* kCounty = "532622";
constexpr std::array<const char*, 2> kBranches {"532622-01", "532622-02"};
// A new central every so many runs keeps its change feed, and so each enrolment's snapshot, small.
constexpr int kRunsPerCentral = 20;
constexpr double kClientDeadline = 0.4; // seconds; a long stall outlasts it
constexpr auto kRunTimeLimit = 90s;
#if defined(__SANITIZE_ADDRESS__)
constexpr int kDefaultRuns = 25; // ~3× slower under ASan: keep scripts/test --sanitize within its timeout
#else
constexpr int kDefaultRuns = 100;
#endif

using SteadyClock = std::chrono::steady_clock;

template<typename T>
T ok(Result<T> result, const char* what)
{
    if (!result)
        qFatal("%s: %s", what, result.refusal().detail.c_str());
    return std::move(result.value());
}

std::uint64_t splitmix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::int64_t scalar(Database& db, const std::string& sql, const std::string& bound = {})
{
    Query q(db, sql);
    if (!bound.empty())
        q.bind(1, bound);
    return q.step() ? q.getInt(0) : -1;
}

ReplicatedRows dump(LocalStore& store)
{
    return replicatedRows(store.db());
}

// A node's offline day at the desk: registrations, checkouts (some collecting holds),
// check-ins (some overdue, with fines), renewals, holds placed and cancelled, payments. The
// engine refuses what the rules forbid; only what it accepted reaches the outbox.
class Workload
{
public:
    Workload(LocalStore& store, std::string library, std::mt19937_64& random, ManualClock& clock)
        : m_store(store)
        , m_library(std::move(library))
        , m_random(random)
        , m_clock(clock)
    {
        Database& db = store.db();
        {
            Query q(db, "SELECT card FROM readers WHERE status = 'active'");
            while (q.step())
                m_readers.push_back(q.getText(0));
        }
        {
            Query q(db, "SELECT barcode, status FROM items WHERE owner_library = ? AND current_library = ?");
            q.bind(1, m_library).bind(2, m_library);
            while (q.step()) {
                if (q.getText(1) == "available")
                    m_available.push_back(q.getText(0));
            }
        }
        {
            Query q(db, "SELECT item, reader FROM loans WHERE returned_at IS NULL AND library = ?");
            q.bind(1, m_library);
            while (q.step())
                m_lent.emplace(q.getText(0), q.getText(1));
        }
        {
            Query q(db, "SELECT id FROM holds WHERE status = 'pending' AND pickup = ?");
            q.bind(1, m_library);
            while (q.step())
                m_holds.push_back(q.getInt(0));
        }
        {
            Query q(db, "SELECT DISTINCT reader FROM fees WHERE amount_fen > paid_fen + waived_fen");
            while (q.step())
                m_fined.insert(q.getText(0));
        }
    }

    // Works until the outbox holds `target` pending entries; returns how many it holds.
    std::int64_t run(std::int64_t target)
    {
        Outbox& outbox = m_store.outbox();
        // Roughly one long gap (a holiday, a closed week) per run, so loans fall overdue.
        const double jumpChance = 1.0 / static_cast<double>(std::max<std::int64_t>(target, 1));
        int refusedInARow = 0;
        std::int64_t pending = outbox.pendingCount();
        while (pending < target) {
            m_clock.set(m_clock.now() + fromSeconds(pick(0, 600)));
            if (chance(jumpChance))
                m_clock.advanceDays(static_cast<int>(pick(10, 30)));
            const bool done = refusedInARow > 50 ? registerReader() : step();
            if (done) {
                refusedInARow = 0;
                pending = outbox.pendingCount();
            } else {
                ++refusedInARow;
            }
        }
        return pending;
    }

    const std::map<std::string, int>& accepted() const { return m_accepted; }
    int refused() const { return m_refused; }

private:
    std::int64_t pick(std::int64_t low, std::int64_t high)
    {
        return std::uniform_int_distribution<std::int64_t>(low, high)(m_random);
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    template<typename C>
    auto& any(C& values)
    {
        auto it = values.begin();
        std::advance(it, pick(0, static_cast<std::int64_t>(values.size()) - 1));
        return *it;
    }
    template<typename T>
    bool accept(const char* what, const Result<T>& result)
    {
        if (result) {
            ++m_accepted[what];
            return true;
        }
        ++m_refused;
        return false;
    }

    bool step()
    {
        const auto dice = pick(0, 99);
        if (dice < 8 || m_readers.empty())
            return registerReader();
        if (dice < 48)
            return checkout();
        if (dice < 75)
            return checkin();
        if (dice < 85)
            return renew();
        if (dice < 93)
            return placeHold();
        if (dice < 97)
            return pay();
        return cancelHold();
    }

    bool registerReader()
    {
        static const std::array<const char*, 3> types {"adult", "child", "senior"};
        const NewReader reader {m_library, "读者" + std::to_string(pick(1, 99999)), any(types), std::nullopt, 0};
        auto result = m_store.circulation().registerReader(reader);
        if (result)
            m_readers.push_back(result.value().card);
        return accept("reader.add", result);
    }

    bool checkout()
    {
        std::string card;
        std::string barcode;
        if (!m_holdShelf.empty() && chance(0.5)) {
            // The reader comes for the copy waiting for them on the hold shelf.
            auto& [copy, reader] = any(m_holdShelf);
            barcode = copy;
            card = reader;
        } else if (!m_available.empty()) {
            barcode = any(m_available);
            card = any(m_readers);
        } else {
            return checkin();
        }
        auto result = m_store.circulation().checkout(card, barcode, m_library);
        if (result) {
            std::erase(m_available, barcode);
            m_holdShelf.erase(barcode);
            m_lent[barcode] = card;
        }
        return accept("checkout", result);
    }

    bool checkin()
    {
        if (m_lent.empty())
            return checkout();
        const auto [barcode, card] = any(m_lent);
        auto result = m_store.circulation().checkin(barcode, m_library);
        if (result) {
            m_lent.erase(barcode);
            const Routing& routing = result.value().routing;
            if (routing.action == RoutingAction::Reshelve)
                m_available.push_back(barcode);
            else if (routing.action == RoutingAction::HoldShelf)
                m_holdShelf[barcode] = routing.holdReader;
            if (result.value().fineFen > 0)
                m_fined.insert(card);
        }
        return accept("checkin", result);
    }

    bool renew()
    {
        if (m_lent.empty())
            return checkout();
        return accept("renew", m_store.circulation().renew(any(m_lent).first, m_library));
    }

    bool placeHold()
    {
        if (m_lent.empty() || m_readers.empty())
            return checkout();
        auto result = m_store.circulation().placeHold(any(m_readers), any(m_lent).first, m_library);
        if (result)
            m_holds.push_back(result.value().hold.id);
        return accept("hold.place", result);
    }

    bool cancelHold()
    {
        if (m_holds.empty())
            return placeHold();
        const std::int64_t id = any(m_holds);
        std::erase(m_holds, id);
        return accept("hold.cancel", m_store.circulation().cancelHold(id));
    }

    bool pay()
    {
        if (m_fined.empty())
            return checkin();
        const std::string card = any(m_fined);
        const std::int64_t owed = m_store.circulation().owedFen(card);
        m_fined.erase(card);
        if (owed <= 0)
            return false;
        // Sometimes only part of it, as a reader with little cash does.
        const std::int64_t amount = chance(0.3) ? std::max<std::int64_t>(1, owed / 2) : owed;
        return accept("fee.pay", m_store.circulation().pay(card, amount));
    }

    LocalStore& m_store;
    std::string m_library;
    std::mt19937_64& m_random;
    ManualClock& m_clock;
    std::vector<std::string> m_readers;
    std::vector<std::string> m_available;
    std::map<std::string, std::string> m_lent; // barcode → card
    std::map<std::string, std::string> m_holdShelf; // barcode → the card it waits for
    std::vector<std::int64_t> m_holds;
    std::set<std::string> m_fined;
    std::map<std::string, int> m_accepted;
    int m_refused = 0;
};

// What the network does to each new connection of one run.
class FaultPlanner
{
public:
    FaultPlanner(std::uint64_t seed, int faultBudget, std::uint64_t toServerSpan, std::uint64_t toClientSpan)
        : m_random(seed)
        , m_budget(faultBudget)
        , m_toServerSpan(std::max<std::uint64_t>(toServerSpan, 4000))
        , m_toClientSpan(std::max<std::uint64_t>(toClientSpan, 4000))
    {
    }

    FaultPlan next()
    {
        std::lock_guard lock(m_mutex);
        FaultPlan plan;
        const int dice = std::uniform_int_distribution<int>(0, 99)(m_random);
        if (m_budget <= 0 || dice < 8)
            return plan; // clean
        --m_budget;
        plan.direction = std::uniform_int_distribution<int>(0, 1)(m_random) == 0 ? FaultPlan::Direction::ToServer
                                                                                 : FaultPlan::Direction::ToClient;
        // Each new connection has less left to carry than the one before: aim within what is left.
        const std::uint64_t span = (plan.direction == FaultPlan::Direction::ToServer ? m_toServerSpan : m_toClientSpan)
            / static_cast<std::uint64_t>(1 + m_plans.size());
        // A third of the faults inside the first 2.5 KB: the TLS handshake, the Hello, the Welcome.
        const bool early = std::uniform_int_distribution<int>(0, 2)(m_random) == 0;
        plan.atByte = std::uniform_int_distribution<std::uint64_t>(0, early ? 2499 : span)(m_random);
        if (dice < 75) {
            plan.kind = FaultPlan::Kind::Cut;
            plan.reset = std::uniform_int_distribution<int>(0, 1)(m_random) == 1;
        } else {
            plan.kind = FaultPlan::Kind::Stall;
            // Mostly past the client's deadline; sometimes a hiccup it must simply ride out.
            plan.stall = dice < 90 ? std::chrono::milliseconds(static_cast<int>(kClientDeadline * 1500))
                                   : std::chrono::milliseconds(static_cast<int>(kClientDeadline * 250));
        }
        m_plans.push_back(plan.describe());
        return plan;
    }

    std::vector<std::string> plans()
    {
        std::lock_guard lock(m_mutex);
        return m_plans;
    }

private:
    std::mutex m_mutex;
    std::mt19937_64 m_random;
    int m_budget;
    std::uint64_t m_toServerSpan;
    std::uint64_t m_toClientSpan;
    std::vector<std::string> m_plans;
};

struct Totals
{
    std::int64_t transactions = 0;
    std::uint64_t connections = 0;
    std::uint64_t cuts = 0;
    std::uint64_t stalls = 0;
    int enrolmentRetries = 0;
    int syncFailures = 0; // sessions that ended in an error and were retried
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_systemClock;
    std::uint64_t m_seed = 0;
    int m_runs = kDefaultRuns;
    std::string m_fingerprint;
    Timestamp m_now = 0; // the nodes' clock: monotonic across the runs on one central
    int m_central = 0;
    std::unique_ptr<LocalStore> m_store; // the test's own connection to the central's file
    std::unique_ptr<CentralServer> m_server;
    std::unique_ptr<FaultyProxy> m_proxy;
    std::mutex m_logMutex;
    std::vector<std::string> m_serverLog;
    std::string m_handshakeDb; // one node for all the cases of cutsInTheHandshakeFailCleanly
    int m_handshakeEntries = 0;

    std::string path(const std::string& name) const
    {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }

    static SyncOptions fastOptions()
    {
        SyncOptions options;
        options.readDeadlineSeconds = kClientDeadline;
        options.connectDeadlineSeconds = 1;
        options.heartbeatSeconds = 0.2;
        options.syncIntervalSeconds = 1;
        options.backoffInitialSeconds = 0.02;
        options.backoffMaxSeconds = 0.2;
        options.software = "tst_faults";
        return options;
    }

    CentralAddress direct() const { return {"127.0.0.1", m_server->port(), m_fingerprint}; }
    CentralAddress viaProxy() const { return {"127.0.0.1", m_proxy->port(), m_fingerprint}; }

    // A new county central: two branches, their ranges, 1,200 copies of 300 titles, 200 readers.
    void startCentral()
    {
        stopCentral();
        const std::string db = path("central-" + std::to_string(++m_central) + ".db");
        m_store = std::make_unique<LocalStore>(db, m_systemClock, Durability::Normal);
        LocalStore& central = *m_store;
        ok(central.initialiseCounty({kCounty, "砚山县图书馆", LibraryLevel::County, std::nullopt, kCounty}, 480),
           "county");
        ok(central.libraries().add(
               {kBranches[0], "江那镇分馆", LibraryLevel::Branch, std::string(kCounty), std::nullopt}),
           "branch A");
        ok(central.libraries().add(
               {kBranches[1], "平远镇分馆", LibraryLevel::Branch, std::string(kCounty), std::nullopt}),
           "branch B");
        CentralService(central).prepare();
        const auto report = central.ranges().importTable("kind\tfirst\tlast\tlibrary\tdescription\n"
                                                         "reader\t532622000000001\t532622000999999\t532622\tcounty\n"
                                                         "reader\t532622001000001\t532622001999999\t532622-01\tA\n"
                                                         "reader\t532622000500001\t532622000599999\t532622-02\tB\n"
                                                         "item\t2622000000000001\t2622009999999999\t532622\tcounty\n"
                                                         "item\t2622010000000001\t2622019999999999\t532622-01\tA\n"
                                                         "item\t2622005000000001\t2622005999999999\t532622-02\tB\n");
        if (!report.ok())
            qFatal("the test's code ranges were refused"); // a helper: QVERIFY would return from it only
        {
            Transaction tx(central.db());
            for (const char* branch : kBranches) {
                for (int title = 0; title < 150; ++title) {
                    NewItem first;
                    first.library = branch;
                    first.record.title = "书名 " + std::string(branch) + " " + std::to_string(title);
                    first.record.author = "作者 " + std::to_string(title % 37);
                    const auto item = ok(central.circulation().addItem(first), "item");
                    for (int copy = 1; copy < 4; ++copy) {
                        NewItem more;
                        more.library = branch;
                        more.recordId = item.recordId;
                        ok(central.circulation().addItem(more), "copy");
                    }
                }
                for (int reader = 0; reader < 100; ++reader)
                    ok(central.circulation().registerReader({branch,
                                                             "读者 " + std::to_string(reader),
                                                             reader % 5 == 0 ? "child" : "adult",
                                                             std::nullopt,
                                                             0}),
                       "reader");
            }
            tx.commit();
        }

        ServerOptions options;
        options.dbPath = db;
        options.host = "127.0.0.1";
        options.port = 0;
        options.certFile = path("cert.pem");
        options.keyFile = path("key.pem");
        options.readDeadlineSeconds = 2;
        options.idleSeconds = 5;
        options.log = [this](std::string_view line) {
            std::lock_guard lock(m_logMutex);
            m_serverLog.emplace_back(line);
        };
        m_server = std::make_unique<CentralServer>(options);
        m_server->start();
        m_proxy = std::make_unique<FaultyProxy>(m_server->port());
        m_now = std::max(m_now, m_systemClock.now());
    }

    void stopCentral()
    {
        if (m_proxy)
            m_proxy->stop();
        m_proxy.reset();
        if (m_server)
            m_server->stop();
        m_server.reset();
        m_store.reset();
    }

    std::string serverLogTail(std::size_t lines)
    {
        std::lock_guard lock(m_logMutex);
        std::string text;
        for (std::size_t i = m_serverLog.size() > lines ? m_serverLog.size() - lines : 0; i < m_serverLog.size(); ++i)
            text += "\n    central: " + m_serverLog[i];
        return text;
    }

    // Enrols a new node for `library`; through the faulty proxy when `faulty`. A token spent on a
    // grant that never arrived is gone (docs/SYNC.md): a new one is asked for, as an administrator
    // would. Returns the replica's path, or "" after too many attempts.
    std::string enrolNode(const std::string& name, const std::string& library, bool faulty, Totals& totals)
    {
        const std::string db = path(name + ".db");
        for (int attempt = 0; attempt < 30; ++attempt) {
            auto token = ok(CentralService(*m_store).addNode(library, name), "token");
            const auto result = enrol(db, faulty ? viaProxy() : direct(), token.token, name, fastOptions());
            if (result.ok())
                return db;
            if (std::filesystem::exists(db) || std::filesystem::exists(db + ".enrolling")) {
                qWarning("a failed enrolment left %s behind: %s", db.c_str(), result.error.c_str());
                return {};
            }
            ++totals.enrolmentRetries;
            if (attempt >= 5)
                qWarning("%s: enrolment attempt %d failed: %s", name.c_str(), attempt + 1, result.error.c_str());
        }
        return {};
    }

    // Syncs until everything is pushed and the replica is at the central's head, by repeated
    // `ilsctl sync` sessions (syncOnce) or by a running SyncClient. False on timeout.
    bool
    syncUntilDone(const std::string& db, LocalStore& node, const SyncOptions& options, bool useClient, Totals& totals)
    {
        const auto deadline = SteadyClock::now() + kRunTimeLimit;
        const auto done = [&] {
            ReplicaService replica(node);
            return replica.backlog() == 0 && replica.cursor() == CentralService(*m_store).headCn();
        };
        if (!useClient) {
            std::mt19937_64 pause(std::hash<std::string>()(db));
            while (SteadyClock::now() < deadline) {
                const auto summary = syncOnce(db, options);
                if (summary.ok() && done())
                    return true;
                if (!summary.ok())
                    ++totals.syncFailures;
                std::this_thread::sleep_for(
                    std::chrono::milliseconds(std::uniform_int_distribution<int>(10, 80)(pause)));
            }
            return false;
        }
        auto client = SyncClient::create(db, options);
        std::atomic<int> failures = 0;
        std::string lastError; // the client's thread only
        client->setListener([&](const SyncStatus& status) {
            if (!status.lastError.empty() && status.lastError != lastError)
                ++failures;
            lastError = status.lastError;
        });
        client->start();
        bool finished = false;
        while (SteadyClock::now() < deadline) {
            const auto status = client->status();
            if (status.state == SyncStatus::State::Online && status.backlog == 0 && done()) {
                finished = true;
                break;
            }
            std::this_thread::sleep_for(20ms);
        }
        client->stop();
        totals.syncFailures += failures;
        return finished;
    }

    void verifyRun(const std::string& where, LocalStore& node, std::int64_t n)
    {
        LocalStore& central = *m_store;
        const std::string nodeId = node.settings().nodeId();
        const std::int64_t number = node.settings().nodeNumber();
        const std::string context = where + " " + nodeId;
        std::string message; // outlives the macro that reads it
        const auto fail = [&](const std::string& what) {
            message = context + ": " + what;
            return message.c_str();
        };

        // The node: every entry acknowledged, numbered 1…N.
        {
            Query q(node.db(), "SELECT count(*), min(seq), max(seq), sum(state = 'acked') FROM outbox");
            QVERIFY(q.step());
            QVERIFY2(q.getInt(0) == n && q.getInt(1) == 1 && q.getInt(2) == n, fail("the outbox is not 1…N"));
            QVERIFY2(q.getInt(3) == n, fail(std::to_string(n - q.getInt(3)) + " outbox entries are not acknowledged"));
        }
        // The central: applied exactly once each, in order, the same entries.
        {
            Query q(central.db(),
                    "SELECT count(*), count(DISTINCT seq), min(seq), max(seq) FROM applied WHERE node_id = ?");
            q.bind(1, nodeId);
            QVERIFY(q.step());
            QVERIFY2(q.getInt(0) == n && q.getInt(1) == n && q.getInt(2) == 1 && q.getInt(3) == n,
                     fail("applied has " + std::to_string(q.getInt(0)) + " rows (" + std::to_string(q.getInt(1))
                          + " distinct, " + std::to_string(q.getInt(2)) + "…" + std::to_string(q.getInt(3)) + ") for "
                          + std::to_string(n) + " entries"));
        }
        QCOMPARE(scalar(central.db(), "SELECT last_seq FROM nodes WHERE id = ?", nodeId), n);
        {
            std::vector<std::string> pushed;
            std::vector<std::string> applied;
            Query a(node.db(), "SELECT seq || ' ' || uuid || ' ' || type FROM outbox ORDER BY seq");
            while (a.step())
                pushed.push_back(a.getText(0));
            Query b(central.db(),
                    "SELECT seq || ' ' || uuid || ' ' || type FROM applied WHERE node_id = ? ORDER BY seq");
            b.bind(1, nodeId);
            while (b.step())
                applied.push_back(b.getText(0));
            QVERIFY2(pushed == applied, fail("the central applied other entries than the node pushed"));
        }
        // A node that worked on a replica at the central's head breaks no rule: anything but
        // "applied" means an entry met the central twice or out of order.
        {
            Query q(central.db(),
                    "SELECT seq, type, status, reason, detail FROM applied WHERE node_id = ? AND status != 'applied' "
                    "ORDER BY seq LIMIT 1");
            q.bind(1, nodeId);
            if (q.step()) {
                // The copy's story as the desk wrote it, to tell a replication fault from an engine one.
                std::string story;
                Query entry(node.db(), "SELECT json_extract(payload, '$.barcode') FROM outbox WHERE seq = ?");
                entry.bind(1, q.getInt(0));
                if (entry.step() && !entry.isNull(0)) {
                    Query history(node.db(),
                                  "SELECT seq, type, payload FROM outbox WHERE json_extract(payload, '$.barcode') = ? "
                                  "ORDER BY seq");
                    history.bind(1, entry.getText(0));
                    while (history.step())
                        story += "\n    " + std::to_string(history.getInt(0)) + " " + history.getText(1) + " "
                            + history.getText(2);
                }
                QFAIL(fail("entry " + std::to_string(q.getInt(0)) + " (" + q.getText(1) + ") was " + q.getText(2) + ": "
                           + q.getText(3) + " " + q.getText(4) + story));
            }
            QCOMPARE(scalar(central.db(), "SELECT count(*) FROM exceptions WHERE node_id = ?", nodeId),
                     std::int64_t(0));
        }
        // What the node created, the central has once: loans and holds in the node's id block,
        // one per checkout and hold placed; every card it registered.
        {
            const std::int64_t low = number << 40;
            const std::int64_t high = (number + 1) << 40;
            const auto countIn = [&](Database& db, const char* table) {
                Query q(db, std::string("SELECT count(*) FROM ") + table + " WHERE id >= ? AND id < ?");
                q.bind(1, low).bind(2, high);
                return q.step() ? q.getInt(0) : -1;
            };
            const auto entries = [&](const char* type) {
                return scalar(node.db(), "SELECT count(*) FROM outbox WHERE type = ?", type);
            };
            QCOMPARE(countIn(central.db(), "loans"), entries("checkout"));
            QCOMPARE(countIn(central.db(), "holds"), entries("hold.place"));
            for (const char* table : {"loans", "holds", "fees", "fee_events"})
                QVERIFY2(countIn(central.db(), table) == countIn(node.db(), table),
                         fail(std::string("rows of ") + table));
            Query cards(node.db(), "SELECT json_extract(payload, '$.card') FROM outbox WHERE type = 'reader.add'");
            while (cards.step())
                QVERIFY2(scalar(central.db(), "SELECT count(*) FROM readers WHERE card = ?", cards.getText(0)) == 1,
                         fail("reader " + cards.getText(0)));
        }
        QCOMPARE(scalar(central.db(),
                        "SELECT count(*) FROM (SELECT item FROM loans WHERE returned_at IS NULL GROUP BY item "
                        "HAVING count(*) > 1)"),
                 std::int64_t(0));
        // And after the final pull the node's replica is the central's, row by row.
        const auto truth = dump(central);
        const auto replica = dump(node);
        for (const auto& [table, rows] : truth) {
            const auto& mine = replica.at(table);
            if (mine != rows) {
                std::size_t i = 0;
                while (i < rows.size() && i < mine.size() && rows[i] == mine[i])
                    ++i;
                QFAIL(fail("the replica differs in " + table + " (" + std::to_string(mine.size()) + " rows, central "
                           + std::to_string(rows.size()) + "); first difference: node "
                           + (i < mine.size() ? mine[i] : "(none)") + " / central "
                           + (i < rows.size() ? rows[i] : "(none)")));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (const char* seed = std::getenv("ILS_SEED"))
            m_seed = std::stoull(seed);
        else
            m_seed = (std::uint64_t(std::random_device()()) << 32) ^ std::random_device()();
        if (const char* runs = std::getenv("ILS_FAULT_RUNS"))
            m_runs = std::max(1, std::atoi(runs));
        qInfo("ILS_SEED=%llu ILS_FAULT_RUNS=%d (set them to repeat this run)",
              static_cast<unsigned long long>(m_seed),
              m_runs);

        const TestCertificate certificate = makeTestCertificate(m_dir.path(), QStringLiteral("ils-faults"));
        QVERIFY2(certificate.ok(), qPrintable(certificate.error));
        m_fingerprint = certificateFileFingerprint(path("cert.pem"));
        startCentral();
    }

    void cleanupTestCase() { stopCentral(); }

    // The proxy itself: with no faults a session through it is an ordinary session.
    void cleanProxyIsTransparent()
    {
        Totals totals;
        const std::string db = enrolNode("clean", kBranches[0], true, totals);
        QVERIFY(!db.empty());
        QCOMPARE(totals.enrolmentRetries, 0);
        {
            LocalStore node(db, m_systemClock);
            ok(node.circulation().registerReader({kBranches[0], "王五", "adult", std::nullopt, 0}), "reader");
        }
        SyncOptions options = fastOptions();
        options.central = viaProxy();
        const auto summary = syncOnce(db, options);
        QVERIFY2(summary.ok(), summary.error.c_str());
        QCOMPARE(summary.pushed, std::int64_t(1));
        QCOMPARE(summary.backlog, std::int64_t(0));
        const auto counts = m_proxy->counts();
        qInfo("a clean enrolment and one session: %llu connections, %llu bytes to the central, %llu to the node",
              static_cast<unsigned long long>(counts.connections),
              static_cast<unsigned long long>(counts.bytesToServer),
              static_cast<unsigned long long>(counts.bytesToClient));
        QCOMPARE(counts.cuts, std::uint64_t(0));
        QVERIFY(counts.connections >= 2);
        QVERIFY(counts.bytesToServer > 0 && counts.bytesToClient > 0);
    }

    // Every byte of the start of a session, one cut at a time: the handshake's first bytes, its
    // middle, the Hello and the Welcome, in both directions. Each session fails cleanly (an
    // error, no crash, no hang past the deadlines) and the next, clean one completes the work.
    void cutsInTheHandshakeFailCleanly_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("atByte");
        QTest::addColumn<bool>("reset");
        for (int direction = 0; direction < 2; ++direction)
            for (int at : {0, 1, 5, 6, 100, 300, 700, 1200, 2000})
                for (bool reset : {false, true})
                    QTest::addRow("%s at %d %s", direction == 0 ? "to server" : "to client", at, reset ? "RST" : "FIN")
                        << direction << at << reset;
    }

    void cutsInTheHandshakeFailCleanly()
    {
        QFETCH(int, direction);
        QFETCH(int, atByte);
        QFETCH(bool, reset);
        if (m_handshakeDb.empty()) {
            Totals totals;
            m_handshakeDb = enrolNode("handshake", kBranches[1], false, totals);
            QVERIFY(!m_handshakeDb.empty());
        }
        const std::string& db = m_handshakeDb;
        {
            LocalStore node(db, m_systemClock);
            ok(node.circulation().registerReader({kBranches[1], "赵六", "adult", std::nullopt, 0}), "reader");
            ++m_handshakeEntries;
        }
        FaultPlan plan;
        plan.kind = FaultPlan::Kind::Cut;
        plan.direction = direction == 0 ? FaultPlan::Direction::ToServer : FaultPlan::Direction::ToClient;
        plan.atByte = static_cast<std::uint64_t>(atByte);
        plan.reset = reset;
        m_proxy->setPlanner([plan] { return plan; });
        m_proxy->resetCounts();
        SyncOptions options = fastOptions();
        options.central = viaProxy();
        const auto cut = syncOnce(db, options);
        // A cut session either says why it failed or, when the cut came only in the closing TLS
        // alerts, did all its work. (A hang would meet ctest's timeout; times belong to the bench.)
        QVERIFY(m_proxy->counts().cuts <= 1);
        if (m_proxy->counts().cuts == 1 && cut.ok())
            QCOMPARE(cut.backlog, std::int64_t(0));
        if (atByte <= 100)
            QVERIFY2(!cut.ok() && !cut.error.empty(), "a session cut inside the handshake reported success");
        m_proxy->setPlanner({});
        const auto clean = syncOnce(db, options);
        QVERIFY2(clean.ok(), clean.error.c_str());
        QCOMPARE(clean.backlog, std::int64_t(0));
        LocalStore node(db, m_systemClock);
        const std::string nodeId = node.settings().nodeId();
        QCOMPARE(scalar(m_store->db(), "SELECT count(*) FROM applied WHERE node_id = ?", nodeId),
                 std::int64_t(m_handshakeEntries));
        QCOMPARE(scalar(m_store->db(), "SELECT last_seq FROM nodes WHERE id = ?", nodeId),
                 std::int64_t(m_handshakeEntries));
    }

    // A network that goes silent: the client's read deadline fires, the session ends with a
    // timeout, and nothing was half-applied.
    void stallPastTheDeadlineTimesOut()
    {
        Totals totals;
        const std::string db = enrolNode("stall", kBranches[0], false, totals);
        QVERIFY(!db.empty());
        {
            LocalStore node(db, m_systemClock);
            ok(node.circulation().registerReader({kBranches[0], "孙七", "adult", std::nullopt, 0}), "reader");
        }
        for (auto direction : {FaultPlan::Direction::ToServer, FaultPlan::Direction::ToClient}) {
            FaultPlan plan;
            plan.kind = FaultPlan::Kind::Stall;
            plan.direction = direction;
            plan.atByte = 300; // inside the TLS handshake, whose reads have the same deadline
            plan.stall = 3s;
            m_proxy->setPlanner([plan] { return plan; });
            SyncOptions options = fastOptions();
            options.central = viaProxy();
            const auto stalled = syncOnce(db, options);
            QVERIFY(!stalled.ok());
            // The deadline ended it, not the stall running out (that would end in another error).
            QVERIFY2(stalled.error.find("deadline") != std::string::npos, stalled.error.c_str());
        }
        m_proxy->setPlanner({});
        SyncOptions options = fastOptions();
        options.central = viaProxy();
        const auto clean = syncOnce(db, options);
        QVERIFY2(clean.ok(), clean.error.c_str());
        LocalStore node(db, m_systemClock);
        QCOMPARE(scalar(m_store->db(), "SELECT last_seq FROM nodes WHERE id = ?", node.settings().nodeId()),
                 std::int64_t(1));
    }

    // The test: 100 runs, each a new node with 50–3000 transactions made offline, synced
    // through a proxy that cuts and stalls at random; every transaction applied exactly once.
    void randomRunsApplyEveryTransactionExactlyOnce()
    {
        Totals totals;
        const auto started = SteadyClock::now();
        for (int run = 0; run < m_runs; ++run) {
            if (run > 0 && run % kRunsPerCentral == 0)
                startCentral();
            const std::uint64_t runSeed = splitmix(m_seed + static_cast<std::uint64_t>(run));
            std::mt19937_64 random(runSeed);
            const auto pickInt = [&](int low, int high) {
                return std::uniform_int_distribution<int>(low, high)(random);
            };
            const std::string library = kBranches[static_cast<std::size_t>(pickInt(0, 1))];
            const std::int64_t wanted = pickInt(50, 3000);
            const bool enrolThroughProxy = pickInt(0, 2) == 0;
            const bool useClient = pickInt(0, 1) == 1;
            SyncOptions options = fastOptions();
            options.central = viaProxy();
            options.batchSize = std::array {10, 50, 100, 250, 500}[static_cast<std::size_t>(pickInt(0, 4))];
            options.batchesInFlight = pickInt(1, 4);
            options.pullLimit = std::array {50, 200, 1000}[static_cast<std::size_t>(pickInt(0, 2))];
            const int faultBudget = pickInt(4, 16);
            const std::string where = "run " + std::to_string(run) + " (ILS_SEED=" + std::to_string(m_seed) + ")";

            auto planner = std::make_shared<FaultPlanner>(
                // A session carries ~220 bytes per transaction to the central and ~650 back (its
                // acknowledgement and the rows it changed): cuts land anywhere in a whole session.
                splitmix(runSeed),
                faultBudget,
                static_cast<std::uint64_t>(wanted) * 250,
                static_cast<std::uint64_t>(wanted) * 700);
            m_proxy->setPlanner([planner] { return planner->next(); });
            m_proxy->resetCounts();

            const std::string name = "run" + std::to_string(run);
            const std::string db = enrolNode(name, library, enrolThroughProxy, totals);
            QVERIFY2(!db.empty(), (where + ": enrolment failed 30 times").c_str());

            // Offline: the desk works while the network is down.
            ManualClock clock(m_now);
            LocalStore node(db, clock, Durability::Normal);
            node.setOperator("desk");
            Workload workload(node, library, random, clock);
            const std::int64_t n = workload.run(wanted);
            m_now = clock.now();

            const auto runStarted = SteadyClock::now();
            const bool synced = syncUntilDone(db, node, options, useClient, totals);
            const double seconds = std::chrono::duration<double>(SteadyClock::now() - runStarted).count();
            const auto counts = m_proxy->counts();
            m_proxy->setPlanner({});
            if (!synced) {
                std::string plans;
                for (const auto& plan : planner->plans())
                    plans += "\n    fault: " + plan;
                QFAIL((where + ": not synced within " + std::to_string(kRunTimeLimit.count()) + " s; backlog "
                       + std::to_string(ReplicaService(node).backlog()) + plans + serverLogTail(15))
                          .c_str());
            }
            verifyRun(where, node, n);
            if (QTest::currentTestFailed())
                return;

            std::string mix;
            for (const auto& [type, count] : workload.accepted())
                mix += " " + type + "=" + std::to_string(count);
            qInfo("run %3d: %s %4lld tx, %s, batch %3d×%d, pull %4d: %2llu connections, %2llu cuts, %llu stalls, "
                  "%.1f s, %llu/%llu kB;%s",
                  run,
                  library.c_str(),
                  static_cast<long long>(n),
                  useClient ? "SyncClient" : "syncOnce  ",
                  options.batchSize,
                  options.batchesInFlight,
                  options.pullLimit,
                  static_cast<unsigned long long>(counts.connections),
                  static_cast<unsigned long long>(counts.cuts),
                  static_cast<unsigned long long>(counts.stalls),
                  seconds,
                  static_cast<unsigned long long>(counts.bytesToServer / 1000),
                  static_cast<unsigned long long>(counts.bytesToClient / 1000),
                  mix.c_str());
            totals.transactions += n;
            totals.connections += counts.connections;
            totals.cuts += counts.cuts;
            totals.stalls += counts.stalls;
        }
        const double seconds = std::chrono::duration<double>(SteadyClock::now() - started).count();
        qInfo("%d runs, %lld transactions applied exactly once; %llu connections, %llu cut, %llu stalled; "
              "%d sessions failed and were retried, %d enrolments retried; %.0f s",
              m_runs,
              static_cast<long long>(totals.transactions),
              static_cast<unsigned long long>(totals.connections),
              static_cast<unsigned long long>(totals.cuts),
              static_cast<unsigned long long>(totals.stalls),
              totals.syncFailures,
              totals.enrolmentRetries,
              seconds);
        if (m_runs >= 10) {
            // Otherwise the proxy did not do its job and the test proved nothing.
            QVERIFY(totals.cuts > static_cast<std::uint64_t>(m_runs));
            QVERIFY(totals.stalls > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
