// Golden frames: the exact bytes of each message as this protocol version sends it, kept in
// tests/data/wire/. A change that would make a new central misread an older node (or the other
// way round) fails here, where the round-trip tests of tst_wire would still pass. New optional
// fields are fine: Protocol Buffers leaves a field at its default off the wire, so these frames
// stay as they are. A deliberate change of the format bumps kProtocolVersion and adds new files
// in tests/data/wire/v<version> (ILS_WRITE_GOLDEN=DIR writes this build's frames there). Version 2
// (instants in milliseconds) replaced version 1, whose nodes the central now refuses.
#include "wire/FrameCodec.h"
#include "wire/Messages.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace ils;
using namespace ils::protocol;

namespace {

std::string sampleBinary()
{
    std::string data(64, '\0');
    for (std::size_t i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>(i * 37);
    return data;
}

// One message of every kind, each field set to something that is not its default.
std::vector<std::pair<QString, Message>> samples()
{
    PushBatch batch;
    batch.entries.push_back({1,
                             "0b7e7b1c-8c1e-4c43-9a43-5c1b5a4e2f10",
                             "checkout",
                             R"({"barcode":"2622010000000001","card":"532622001000001","at":"532622-01"})",
                             1700000000123,
                             "wangli"});
    batch.entries.push_back({2, "uuid-2", "checkin", R"({"barcode":"2622010000000001"})", 1700000061500, "李四"});
    PushAck ack;
    ack.outcomes = {{1, ApplyStatus::Applied, "", ""},
                    {2, ApplyStatus::AppliedWithException, "reader_blocked", "blocked at the central"},
                    {3, ApplyStatus::Rejected, "loan_already_closed", "returned at C"}};
    PullPage page;
    page.page.changes.push_back({100, "readers", R"({"card":"532622000000001"})", R"({"name":"王五"})"});
    page.page.changes.push_back({101, "loans", R"({"id":7})", std::nullopt});
    page.page.headCn = 150;
    page.page.more = true;
    EnrolGrant grant;
    grant.node.nodeId = "node-0003";
    grant.node.number = 3;
    grant.node.library = "532622-01";
    grant.node.name = "江那镇 desk";
    grant.node.status = "active";
    grant.node.lastSeq = 9;
    grant.secret = "lasting-secret";
    return {
        {"hello", Hello {kProtocolVersion, "node-0001", "s3cret", "ils-desk 0.1.0", 42}},
        {"welcome", Welcome {kProtocolVersion, "node-0001", "532622-01", 77, 1234, 1700000000123, ""}},
        {"error", Error {ErrorCode::BadCredentials, "unknown node"}},
        {"push_batch", batch},
        {"push_ack", ack},
        {"pull_request", PullRequest {99, 500}},
        {"pull_page", page},
        {"enrol_request", EnrolRequest {kProtocolVersion, "token-abc", "江那镇 desk 1", "ilsctl"}},
        {"enrol_grant", grant},
        {"snapshot_request", SnapshotRequest {}},
        {"snapshot_info", SnapshotInfo {555, 1 << 20, 12345}},
        {"snapshot_chunk", SnapshotChunk {4096, sampleBinary(), true}},
        {"ping", Ping {1700000000123}},
        {"pong", Pong {987}},
        {"status", Status {12}},
    };
}

QString goldenPath(const QString& name)
{
    return QStringLiteral(ILS_TEST_DATA "/wire/v%1/%2.hex").arg(kProtocolVersion).arg(name);
}

QByteArray readGolden(const QString& name)
{
    QFile file(goldenPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromHex(file.readAll().simplified().replace(' ', ""));
}

} // namespace

class TestWireGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString out = qEnvironmentVariable("ILS_WRITE_GOLDEN");
        if (out.isEmpty())
            return;
        QDir().mkpath(out);
        for (const auto& [name, message] : samples()) {
            QFile file(out + "/" + name + ".hex");
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            const std::string frame = encodeFramed(message);
            file.write(QByteArray(frame.data(), qsizetype(frame.size())).toHex(' ') + "\n");
        }
        qInfo("golden frames written to %s", qPrintable(out));
    }

    void everyMessageKindHasAGoldenFrame()
    {
        // A message kind added to the protocol without its golden frame fails here.
        QCOMPARE(samples().size(), std::variant_size_v<Message>);
        for (const auto& [name, message] : samples())
            QVERIFY2(QFile::exists(goldenPath(name)), qPrintable(goldenPath(name)));
    }

    void thisBuildSendsTheGoldenBytes_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto& [name, message] : samples())
            QTest::newRow(qPrintable(name)) << name;
    }

    void thisBuildSendsTheGoldenBytes()
    {
        QFETCH(QString, name);
        for (const auto& [sampleName, message] : samples()) {
            if (sampleName != name)
                continue;
            const std::string frame = encodeFramed(message);
            QCOMPARE(QByteArray(frame.data(), qsizetype(frame.size())).toHex(' '), readGolden(name).toHex(' '));
        }
    }

    void theGoldenBytesDecodeToTheSameMessage_data() { thisBuildSendsTheGoldenBytes_data(); }

    // What an older peer sent is read as it meant it: decoded, it is the message it was made
    // from, and this build writes it back byte for byte (so no field was dropped).
    void theGoldenBytesDecodeToTheSameMessage()
    {
        QFETCH(QString, name);
        const QByteArray golden = readGolden(name);
        QVERIFY2(golden.size() > int(kFrameHeaderBytes), qPrintable(goldenPath(name)));
        FrameDecoder decoder;
        QVERIFY(!decoder.feed(std::string_view(golden.constData(), std::size_t(golden.size()))));
        auto body = decoder.next();
        QVERIFY(body);
        auto decoded = decode(*body);
        QVERIFY2(decoded, decoded.error.c_str());
        for (const auto& [sampleName, message] : samples()) {
            if (sampleName != name)
                continue;
            QCOMPARE(messageName(*decoded.message), messageName(message));
            const std::string again = encodeFramed(*decoded.message);
            QCOMPARE(QByteArray(again.data(), qsizetype(again.size())).toHex(' '), golden.toHex(' '));
        }
    }

    // Spot checks of meaning, for the fields an old node depends on most.
    void goldenFieldsKeepTheirMeaning()
    {
        const auto decodeGolden = [](const QString& name) {
            const QByteArray golden = readGolden(name);
            return decode(std::string_view(golden.constData(), std::size_t(golden.size())).substr(kFrameHeaderBytes));
        };
        auto hello = decodeGolden("hello");
        QVERIFY(hello);
        QCOMPARE(std::get<Hello>(*hello.message).nodeId, std::string("node-0001"));
        QCOMPARE(std::get<Hello>(*hello.message).backlog, std::int64_t(42));
        auto push = decodeGolden("push_batch");
        QVERIFY(push);
        const auto& entries = std::get<PushBatch>(*push.message).entries;
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].seq, std::int64_t(1));
        QCOMPARE(entries[0].type, std::string("checkout"));
        QCOMPARE(entries[0].createdAt, Timestamp(1700000000123)); // milliseconds since version 2
        QCOMPARE(entries[1].operatorName, std::string("李四"));
        auto ack = decodeGolden("push_ack");
        QVERIFY(ack);
        QVERIFY(std::get<PushAck>(*ack.message).outcomes[2].status == ApplyStatus::Rejected);
        auto welcome = decodeGolden("welcome");
        QVERIFY(welcome);
        QCOMPARE(std::get<Welcome>(*welcome.message).lastAppliedSeq, std::int64_t(77));
        QCOMPARE(std::get<Welcome>(*welcome.message).serverTime, Timestamp(1700000000123));
    }
};

QTEST_GUILESS_MAIN(TestWireGolden)
#include "tst_wire_golden.moc"
