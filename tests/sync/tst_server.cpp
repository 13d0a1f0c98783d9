// A real CentralServer in this process on 127.0.0.1 with a certificate made for the test, and
// real node databases: enrolment, push and pull, and every kind of bad input, each of which
// must end only its own connection.
#include "RawTlsClient.h"
#include "TestCertificate.h"

#include "CentralServer.h"
#include "CertificateFingerprint.h"
#include "Enrolment.h"
#include "SyncClient.h"
#include "net/Backoff.h"
#include "wire/FrameCodec.h"
#include "wire/Messages.h"

#include "CentralService.h"
#include "Circulation.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "RangeStore.h"
#include "ReaderStore.h"
#include "ReplicaService.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <filesystem>
#include <mutex>

using namespace ils;
using namespace ils::protocol;

namespace {

constexpr const char* kCounty = "532622";
constexpr const char* kBranch = "532622-01";

template<typename T>
T expectOk(Result<T> result, const char* what)
{
    if (!result) {
        qFatal("%s: %s", what, result.refusal().detail.c_str());
    }
    return result.value();
}

// Sends `bytes` one at a time, a pause of `pauseMs` (shorter than the server's 2 s read
// deadline) after each, until the server answers; returns its answer and how long it took.
static std::optional<Message>
drip(RawTlsClient& client, const std::string& bytes, int pauseMs, std::chrono::milliseconds* took)
{
    const auto started = std::chrono::steady_clock::now();
    std::optional<Message> reply;
    for (char byte : bytes) {
        if (!client.send(std::string(1, byte))) {
            break;
        }
        reply = client.read(pauseMs); // the pause, or the server's answer
        if (reply || client.lastProblem() != "timeout") {
            break;
        }
    }
    *took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    return reply;
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<LocalStore> m_central; // the test's own connection to the central's file
    std::unique_ptr<CentralServer> m_server;
    std::string m_fingerprint;
    std::mutex m_logMutex;
    std::vector<std::string> m_log;
    int m_nodes = 0;

    std::string path(const char* name) const { return m_dir.filePath(name).toStdString(); }

    CentralAddress address() const { return {"127.0.0.1", m_server->port(), m_fingerprint}; }

    SyncOptions fastOptions() const
    {
        SyncOptions options;
        options.readDeadlineSeconds = 5;
        options.connectDeadlineSeconds = 5;
        options.heartbeatSeconds = 0.5;
        options.backoffInitialSeconds = 0.1;
        options.backoffMaxSeconds = 0.5;
        options.software = "tst_server";
        return options;
    }

    bool logged(const std::string& text)
    {
        std::lock_guard lock(m_logMutex);
        for (const auto& line : m_log) {
            if (line.find(text) != std::string::npos) {
                return true;
            }
        }
        return false;
    }

    std::string token(const std::string& name)
    {
        CentralService service(*m_central);
        return expectOk(service.addNode(kBranch, name), "token").token;
    }

    // A newly enrolled node's database.
    std::string enrolNode()
    {
        const std::string db = path(("node" + std::to_string(++m_nodes) + ".db").c_str());
        const auto result = enrol(db, address(), token("desk " + std::to_string(m_nodes)), "desk", fastOptions());
        if (!result.ok()) {
            qFatal("enrol: %s", result.error.c_str());
        }
        return db;
    }

    NodeCredentials credentialsOf(const std::string& db)
    {
        LocalStore store(db, m_clock);
        return *ReplicaService(store).credentials();
    }

    std::string addReaderAt(const std::string& db, const std::string& name)
    {
        LocalStore store(db, m_clock);
        return expectOk(store.circulation().registerReader({kBranch, name, "adult", std::nullopt, 0}), "reader").card;
    }

    // A raw session, authenticated as `db`'s node, with the Welcome read.
    std::unique_ptr<RawTlsClient> goodSession(const std::string& db,
                                              Welcome* welcome = nullptr,
                                              std::uint16_t port = 0,
                                              const std::string& source = {})
    {
        auto client = std::make_unique<RawTlsClient>();
        const auto credentials = credentialsOf(db);
        if (!client->connect(port ? port : m_server->port(), 5000, source)
            || !client->send(Hello {kProtocolVersion, credentials.nodeId, credentials.secret, "raw", 0})) {
            qFatal("raw session: %s", client->lastProblem().c_str());
        }
        auto reply = client->read();
        if (!reply || !std::holds_alternative<Welcome>(*reply)) {
            qFatal("no Welcome: %s", client->lastProblem().c_str());
        }
        if (welcome) {
            *welcome = std::get<Welcome>(*reply);
        }
        return client;
    }

    static bool stillServes(RawTlsClient& client)
    {
        if (!client.send(Ping {7})) {
            return false;
        }
        auto reply = client.read();
        return reply && std::holds_alternative<Pong>(*reply) && std::get<Pong>(*reply).sentAt == 7;
    }

    // Sends `bytes` on a new connection; returns the Error the server answered with.
    std::optional<Error> errorFor(const std::string& bytes, bool expectClose = true)
    {
        RawTlsClient client;
        if (!client.connect(m_server->port()) || !client.send(bytes)) {
            return std::nullopt;
        }
        auto reply = client.read();
        if (!reply || !std::holds_alternative<Error>(*reply)) {
            return std::nullopt;
        }
        if (expectClose && !client.closedByServer()) {
            return std::nullopt;
        }
        return std::get<Error>(*reply);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const TestCertificate certificate = makeTestCertificate(m_dir.path());
        QVERIFY2(certificate.ok(), qPrintable(certificate.error));
        m_fingerprint = certificateFileFingerprint(path("cert.pem"));
        QCOMPARE(m_fingerprint.size(), std::size_t(64));

        m_central = std::make_unique<LocalStore>(path("central.db"), m_clock);
        expectOk(
            m_central->initialiseCounty({kCounty, "砚山县图书馆", LibraryLevel::County, std::nullopt, kCounty}, 480),
            "county");
        expectOk(m_central->libraries().add(
                     {kBranch, "江那镇分馆", LibraryLevel::Branch, std::string(kCounty), std::nullopt}),
                 "branch");
        const auto report = m_central->ranges().importTable("kind\tfirst\tlast\tlibrary\tdescription\n"
                                                            "reader\t532622000000001\t532622000999999\t532622\tcounty\n"
                                                            "reader\t532622001000001\t532622001999999\t532622-01\tA\n");
        QVERIFY(report.ok());

        ServerOptions options;
        options.dbPath = path("central.db");
        options.host = "127.0.0.1";
        options.port = 0;
        options.certFile = path("cert.pem");
        options.keyFile = path("key.pem");
        options.readDeadlineSeconds = 2;
        options.loginSeconds = 1.5;
        options.idleSeconds = 4;
        options.log = [this](std::string_view line) {
            if (qEnvironmentVariableIsSet("ILS_TEST_LOG")) {
                qInfo("central: %.*s", int(line.size()), line.data());
            }
            std::lock_guard lock(m_logMutex);
            m_log.emplace_back(line);
        };
        m_server = std::make_unique<CentralServer>(options);
        m_server->start();
        QVERIFY(m_server->port() != 0);
    }

    void cleanupTestCase()
    {
        m_server->stop();
        QVERIFY(logged("stopped"));
    }

    void enrolCreatesReplica()
    {
        const std::string db = path("enrolled.db");
        const auto result = enrol(db, address(), token("front desk"), "front desk", fastOptions());
        QVERIFY2(result.ok(), result.error.c_str());
        QVERIFY(std::filesystem::exists(db));
        QVERIFY(!std::filesystem::exists(db + ".enrolling"));
        QVERIFY(result.snapshotBytes > 0);
        QVERIFY(result.compressedBytes > 0 && result.compressedBytes < result.snapshotBytes);
        QCOMPARE(result.node.library, std::string(kBranch));

        LocalStore node(db, m_clock);
        ReplicaService replica(node);
        const auto credentials = replica.credentials();
        QVERIFY(credentials);
        QCOMPARE(credentials->nodeId, result.node.nodeId);
        QCOMPARE(credentials->central.port, m_server->port());
        QCOMPARE(credentials->central.fingerprint, m_fingerprint);
        QCOMPARE(replica.cursor(), result.cursor);
        QVERIFY(node.libraries().find(kBranch));
        QVERIFY(logged(result.node.nodeId + " at 127.0.0.1"));
    }

    void enrolmentNeedsAValidToken()
    {
        const std::string used = token("once");
        QVERIFY(enrol(path("first.db"), address(), used, "first", fastOptions()).ok());
        const auto again = enrol(path("second.db"), address(), used, "second", fastOptions());
        QVERIFY(!again.ok());
        QVERIFY2(again.error.find("enrolment refused") != std::string::npos, again.error.c_str());
        QVERIFY(!std::filesystem::exists(path("second.db")));
        QVERIFY(!std::filesystem::exists(path("second.db.enrolling")));
    }

    void enrolmentPinsTheCertificate()
    {
        CentralAddress wrong = address();
        wrong.fingerprint = std::string(64, 'a');
        const auto result = enrol(path("pinned.db"), wrong, token("pinned"), "pinned", fastOptions());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.find("does not match") != std::string::npos, result.error.c_str());
        QVERIFY(!std::filesystem::exists(path("pinned.db")));

        // Upper case with colons is the same fingerprint.
        std::string colons;
        for (std::size_t i = 0; i < m_fingerprint.size(); i += 2) {
            colons += (i ? ":" : "") + m_fingerprint.substr(i, 2);
        }
        std::transform(colons.begin(), colons.end(), colons.begin(), ::toupper);
        QCOMPARE(normaliseFingerprint(colons).value(), m_fingerprint);
        CentralAddress upper = address();
        upper.fingerprint = colons;
        QVERIFY(enrol(path("upper.db"), upper, token("upper"), "upper", fastOptions()).ok());
    }

    void enrolmentNeverOverwrites()
    {
        QFile existing(m_dir.filePath("existing.db"));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        const auto result = enrol(path("existing.db"), address(), token("x"), "x", fastOptions());
        QVERIFY(!result.ok());
        QVERIFY(result.error.find("already exists") != std::string::npos);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
    }

    void syncOncePushesAndPulls()
    {
        const std::string a = enrolNode();
        const std::string b = enrolNode();
        const std::string card = addReaderAt(a, "王五");

        const auto pushed = syncOnce(a, fastOptions());
        QVERIFY2(pushed.ok(), pushed.error.c_str());
        QCOMPARE(pushed.pushed, std::int64_t(1));
        QCOMPARE(pushed.applied + pushed.exceptions, std::int64_t(1));
        QCOMPARE(pushed.backlog, std::int64_t(0));
        QVERIFY(m_central->readers().exists(card));

        const auto pulled = syncOnce(b, fastOptions());
        QVERIFY2(pulled.ok(), pulled.error.c_str());
        QVERIFY(pulled.pulled > 0);
        QVERIFY(pulled.cursor > 0);
        LocalStore nodeB(b, m_clock);
        QVERIFY(nodeB.readers().exists(card));

        const auto again = syncOnce(b, fastOptions());
        QVERIFY(again.ok());
        QCOMPARE(again.pulled, std::int64_t(0));
        QCOMPARE(again.cursor, pulled.cursor);
    }

    void resumesWhereTheCentralLeftOff()
    {
        // The central applied a batch but its PushAck never arrived: the node's entry is still
        // pending locally. The Welcome says how far the central got; nothing is sent twice.
        const std::string db = enrolNode();
        addReaderAt(db, "赵六");
        PushedEntry entry;
        {
            LocalStore store(db, m_clock);
            const auto pending = ReplicaService(store).pending(10);
            QCOMPARE(pending.size(), std::size_t(1));
            entry = pending.front();
        }
        auto raw = goodSession(db);
        QVERIFY(raw->send(PushBatch {{entry}}));
        auto ack = raw->read();
        QVERIFY(ack && std::holds_alternative<PushAck>(*ack));
        raw.reset(); // dropped before the node could mark it acknowledged

        const auto summary = syncOnce(db, fastOptions());
        QVERIFY2(summary.ok(), summary.error.c_str());
        QCOMPARE(summary.pushed, std::int64_t(0));
        QCOMPARE(summary.backlog, std::int64_t(0));
    }

    void badInputEndsOnlyItsOwnConnection()
    {
        const std::string db = enrolNode();
        addReaderAt(db, "孙七");
        QVERIFY(syncOnce(db, fastOptions()).ok()); // the central has applied seq 1
        Welcome welcome;
        auto good = goodSession(db, &welcome);
        QCOMPARE(welcome.lastAppliedSeq, std::int64_t(1));
        QVERIFY(stillServes(*good));

        auto oversized = errorFor(std::string("\xff\xff\xff\xff", 4));
        QVERIFY(oversized);
        QVERIFY(oversized->code == ErrorCode::FrameTooLarge);
        QCOMPARE(oversized->message, std::string("frame of 4294967295 bytes exceeds the 65536-byte limit"));
        QVERIFY(stillServes(*good));

        auto garbage = errorFor(encodeFrame("\xff\xff\xff not protobuf"));
        QVERIFY(garbage);
        QVERIFY(garbage->code == ErrorCode::Malformed);
        QVERIFY(stillServes(*good));

        {
            RawTlsClient truncated;
            QVERIFY(truncated.connect(m_server->port()));
            QVERIFY(truncated.send(std::string("\x00\x00\x00\x78", 4) + "abc"));
            truncated.closeWrite();
            QVERIFY(truncated.closedByServer());
        }
        QTRY_VERIFY(logged("truncated frame: connection closed after 3 of 120 bytes"));
        QVERIFY(stillServes(*good));

        const auto credentials = credentialsOf(db);
        // A node of version 1 counts in seconds (docs/SYNC.md, Time): refused until updated.
        auto version = errorFor(encodeFramed(Hello {1, credentials.nodeId, credentials.secret, "old", 0}));
        QVERIFY(version);
        QVERIFY(version->code == ErrorCode::UnsupportedVersion);
        QCOMPARE(version->message, std::string("protocol version 1 is not supported; this central speaks 2"));
        QVERIFY(stillServes(*good));

        auto secret =
            errorFor(encodeFramed(Hello {kProtocolVersion, credentials.nodeId, "not the secret", "guess", 0}));
        QVERIFY(secret);
        QVERIFY(secret->code == ErrorCode::BadCredentials);
        QTRY_VERIFY(logged(credentials.nodeId + " at 127.0.0.1"));
        QVERIFY(stillServes(*good));

        auto first = errorFor(encodeFramed(Ping {1}));
        QVERIFY(first);
        QVERIFY(first->code == ErrorCode::UnexpectedMessage);
        QVERIFY(stillServes(*good));

        // A valid node replaying a sequence number the central has applied.
        {
            auto replay = goodSession(db);
            QVERIFY(replay->send(PushBatch {{PushedEntry {1, "replayed", "reader.add", "{}", 0, "x"}}}));
            auto reply = replay->read();
            QVERIFY(reply && std::holds_alternative<Error>(*reply));
            QVERIFY(std::get<Error>(*reply).code == ErrorCode::ProtocolViolation);
            QVERIFY2(std::get<Error>(*reply).message.find("already applied") != std::string::npos,
                     std::get<Error>(*reply).message.c_str());
            QVERIFY(replay->closedByServer());
        }
        QVERIFY(stillServes(*good));
    }

    void strangersSendOnlySmallFrames()
    {
        // Before its Hello is accepted a peer may not announce more than 64 KiB: the central
        // holds no megabytes for a stranger.
        auto big = errorFor(std::string("\x00\x10\x00\x00", 4)); // 1 MiB, before any Hello
        QVERIFY(big);
        QVERIFY(big->code == ErrorCode::FrameTooLarge);
        QCOMPARE(big->message, std::string("frame of 1048576 bytes exceeds the 65536-byte limit"));

        // A logged-in node sends batches of the full size: this one is over 1 MiB.
        const std::string db = enrolNode();
        addReaderAt(db, "吴九");
        PushedEntry entry;
        {
            LocalStore store(db, m_clock);
            entry = ReplicaService(store).pending(1).front();
        }
        const std::string payload = entry.payload;
        QVERIFY(payload.size() > 2 && payload.back() == '}');
        entry.payload =
            payload.substr(0, payload.size() - 1) + ",\"padding\":\"" + std::string(1100 * 1024, 'p') + "\"}";
        auto session = goodSession(db);
        const std::string framed = encodeFramed(PushBatch {{entry}});
        QVERIFY(framed.size() > 1024 * 1024);
        QVERIFY(session->send(framed));
        auto ack = session->read(10000);
        QVERIFY2(ack && std::holds_alternative<PushAck>(*ack), session->lastProblem().c_str());
        QVERIFY(stillServes(*session));
    }

    void silentConnectionMeetsTheDeadline()
    {
        RawTlsClient silent;
        QVERIFY(silent.connect(m_server->port()));
        auto reply = silent.read(6000); // the server's read deadline is 2 s
        QVERIFY(reply && std::holds_alternative<Error>(*reply));
        QVERIFY(std::get<Error>(*reply).code == ErrorCode::Timeout);
        QVERIFY(silent.closedByServer());
    }

    void drippedFrameMeetsItsDeadline()
    {
        // A frame's deadline runs from its first byte: a byte every 0.3 s does not extend it.
        const std::string db = enrolNode();
        auto session = goodSession(db);
        std::chrono::milliseconds took {};
        const std::string frame = encodeFrame(std::string(100, 'x')); // 104 bytes: 31 s at this pace
        auto reply = drip(*session, frame, 300, &took);
        QVERIFY2(reply && std::holds_alternative<Error>(*reply), session->lastProblem().c_str());
        QVERIFY(std::get<Error>(*reply).code == ErrorCode::Timeout);
        QCOMPARE(std::get<Error>(*reply).message,
                 std::string("a frame not complete within 2 s of its first byte: the deadline passed"));
        QVERIFY2(took < std::chrono::milliseconds(4000), qPrintable(QString::number(took.count())));
        QVERIFY(session->closedByServer());
    }

    void drippedHelloMeetsTheLoginDeadline()
    {
        // Handshake and Hello together within 1.5 s of connecting, whatever the pace.
        RawTlsClient client;
        QVERIFY(client.connect(m_server->port()));
        std::chrono::milliseconds took {};
        auto reply = drip(client, encodeFramed(Hello {kProtocolVersion, "node", "secret", "drip", 0}), 300, &took);
        QVERIFY2(reply && std::holds_alternative<Error>(*reply), client.lastProblem().c_str());
        QVERIFY(std::get<Error>(*reply).code == ErrorCode::Timeout);
        QVERIFY2(std::get<Error>(*reply).message.find("no Hello within 1.5") == 0,
                 std::get<Error>(*reply).message.c_str());
        QVERIFY2(took < std::chrono::milliseconds(3000), qPrintable(QString::number(took.count())));
        QVERIFY(client.closedByServer());
    }

    void connectionsAreLimitedPerAddress()
    {
        ServerOptions options;
        options.dbPath = path("central.db");
        options.host = "127.0.0.1";
        options.port = 0;
        options.certFile = path("cert.pem");
        options.keyFile = path("key.pem");
        options.maxConnectionsPerAddress = 3;
        std::mutex mutex;
        std::vector<std::string> lines;
        options.log = [&](std::string_view line) {
            std::lock_guard lock(mutex);
            lines.emplace_back(line);
        };
        auto refusals = [&] {
            std::lock_guard lock(mutex);
            return std::count_if(lines.begin(), lines.end(), [](const std::string& line) {
                return line.find("refused a connection") == 0;
            });
        };
        CentralServer limited(options);
        limited.start();

        const std::string db = enrolNode();
        std::vector<std::unique_ptr<RawTlsClient>> three;
        for (int i = 0; i < 3; ++i) {
            three.push_back(goodSession(db, nullptr, limited.port()));
        }
        for (int i = 0; i < 5; ++i) {
            RawTlsClient extra;
            QVERIFY(!extra.connect(limited.port()) || extra.closedByServer());
        }
        QTRY_COMPARE(refusals(), 1L); // five refused, one line
        {
            std::lock_guard lock(mutex);
            const auto line = std::find_if(
                lines.begin(), lines.end(), [](const std::string& l) { return l.find("refused a connection") == 0; });
            QCOMPARE(
                *line,
                std::string("refused a connection from 127.0.0.1: 3 connections open from that address (limit 3)"));
        }
        for (auto& session : three) {
            QVERIFY(stillServes(*session));
        }
        // Another address is not held back by this one.
        auto other = goodSession(db, nullptr, limited.port(), "127.0.0.2");
        QVERIFY(stillServes(*other));
        // A closed connection frees its place.
        three.pop_back();
        QTRY_VERIFY(goodSession(db, nullptr, limited.port()) != nullptr);
        limited.stop();
    }

    void peerTextCannotForgeALogLine()
    {
        const std::string forged = "node-x\n2026-01-01T00:00:00Z node-0001 at 10.0.0.1:1: connected";
        auto hello = errorFor(encodeFramed(Hello {kProtocolVersion, forged, "wrong", "soft\x1b[2Jware", 0}));
        QVERIFY(hello);
        QVERIFY(hello->code == ErrorCode::BadCredentials);
        const std::string escaped = "node-x\\n2026-01-01T00:00:00Z node-0001 at 10.0.0.1:1: connected";
        QTRY_VERIFY(logged("bad credentials for node " + escaped));
        // A name far too long for a log line is cut.
        auto longName = errorFor(encodeFramed(Hello {kProtocolVersion, std::string(20000, 'n'), "wrong", "x", 0}));
        QVERIFY(longName);
        QTRY_VERIFY(logged("…(19936 more bytes)"));
        std::lock_guard lock(m_logMutex);
        for (const auto& line : m_log) {
            QVERIFY2(line.find('\n') == std::string::npos && line.find('\x1b') == std::string::npos, line.c_str());
            QVERIFY2(line.size() < 1000, line.c_str());
        }
    }

    void syncClientStaysOnlineAndPushes()
    {
        const std::string db = enrolNode();
        auto client = SyncClient::create(db, fastOptions());
        std::atomic<int> changes = 0;
        std::atomic<bool> leftOnline = false; // any state but Online after the first: the session dropped
        std::atomic<bool> wasOnline = false;
        client->setListener([&](const SyncStatus& status) {
            ++changes;
            if (status.state == SyncStatus::State::Online)
                wasOnline = true;
            else if (wasOnline && status.state != SyncStatus::State::Syncing)
                leftOnline = true;
        });
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(client->status().state == SyncStatus::State::Online, 10000);
        QVERIFY(client->status().lastSuccess);
        QVERIFY(client->status().lastError.empty());

        const std::string card = addReaderAt(db, "周八");
        client->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_central->readers().exists(card), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(client->status().backlog, std::int64_t(0), 10000);
        // Heartbeats (every 0.5 s) keep the session open past the server's 4 s idle deadline: the
        // listener sees every state, so a drop and a quick reconnect cannot hide from the check.
        QTest::qWait(5000);
        QVERIFY2(!leftOnline, "the session dropped although the client sent heartbeats");
        QVERIFY(client->status().state == SyncStatus::State::Online);
        QVERIFY(changes > 0);
        client->stop();
        QVERIFY(client->status().state == SyncStatus::State::Offline);
    }

    void syncClientIsOfflineWithoutItsCentral()
    {
        const std::string db = enrolNode();
        SyncOptions options = fastOptions();
        options.central = CentralAddress {"127.0.0.1", 1, m_fingerprint}; // nothing listens there
        auto client = SyncClient::create(db, options);
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(!client->status().lastError.empty(), 10000);
        QVERIFY(client->status().state != SyncStatus::State::Online);
        QVERIFY2(client->status().lastError.find("cannot connect") != std::string::npos,
                 client->status().lastError.c_str());
        client->stop();
    }

    void syncClientReconnectsWhenTheCentralComesBack()
    {
        ServerOptions options;
        options.dbPath = path("central.db");
        options.host = "127.0.0.1";
        options.port = 0;
        options.certFile = path("cert.pem");
        options.keyFile = path("key.pem");
        options.log = [](std::string_view) {};
        auto second = std::make_unique<CentralServer>(options);
        second->start();
        options.port = second->port();
        second.reset(); // gone: the port is free again

        const std::string db = enrolNode();
        SyncOptions clientOptions = fastOptions();
        clientOptions.central = CentralAddress {"127.0.0.1", options.port, m_fingerprint};
        auto client = SyncClient::create(db, clientOptions);
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(!client->status().lastError.empty(), 10000);
        QVERIFY(client->status().state != SyncStatus::State::Online);

        second = std::make_unique<CentralServer>(options);
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(client->status().state == SyncStatus::State::Online, 10000);
        QVERIFY(client->status().lastError.empty());
        second->stop(); // the session drops: the client notices at its next heartbeat
        QTRY_VERIFY_WITH_TIMEOUT(client->status().state != SyncStatus::State::Online, 10000);
        QVERIFY(!client->status().lastError.empty());
        client->stop();
    }

    void backoffGrowsWithJitterUpToItsMaximum()
    {
        using std::chrono::milliseconds;
        net::Backoff backoff(milliseconds(500), milliseconds(60000), 42);
        milliseconds ceiling(500);
        for (int attempt = 0; attempt < 12; ++attempt) {
            const auto delay = backoff.next();
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling, qPrintable(QString::number(delay.count())));
            ceiling = std::min(ceiling * 2, milliseconds(60000));
        }
        backoff.reset();
        QVERIFY(backoff.next() <= milliseconds(500));
        // Two nodes that failed together do not retry together.
        net::Backoff other(milliseconds(500), milliseconds(60000), 43);
        net::Backoff same(milliseconds(500), milliseconds(60000), 42);
        bool differs = false;
        for (int i = 0; i < 5; ++i) {
            differs = differs || other.next() != same.next();
        }
        QVERIFY(differs);
    }

    void standaloneDatabaseIsNotEnrolled()
    {
        {
            LocalStore standalone(path("standalone.db"), m_clock);
        }
        const auto summary = syncOnce(path("standalone.db"), fastOptions());
        QVERIFY(!summary.ok());
        QVERIFY(summary.error.find("not enrolled") != std::string::npos);
        QVERIFY(!syncOnce(path("missing.db"), fastOptions()).ok());
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
