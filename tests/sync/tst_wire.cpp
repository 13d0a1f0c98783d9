// The wire format without a network: frames split anywhere, refused frames and messages with
// the errors a person reads in a log, and every message through encode and decode.
#include "wire/FrameCodec.h"
#include "wire/Messages.h"

#include <QTest>

#include <string>
#include <vector>

using namespace ils;
using namespace ils::protocol;

namespace {

std::string bytes(std::initializer_list<unsigned char> list)
{
    return std::string(list.begin(), list.end());
}

std::vector<std::string> drain(FrameDecoder& decoder)
{
    std::vector<std::string> frames;
    while (auto frame = decoder.next()) {
        frames.push_back(std::move(*frame));
    }
    return frames;
}

Message roundTrip(const Message& message)
{
    FrameDecoder decoder;
    const auto error = decoder.feed(encodeFramed(message));
    if (error) {
        qFatal("frame refused: %s", error->message.c_str());
    }
    auto body = decoder.next();
    if (!body) {
        qFatal("no frame");
    }
    auto decoded = decode(*body);
    if (!decoded) {
        qFatal("message refused: %s", decoded.error.c_str());
    }
    return std::move(*decoded.message);
}

template<typename T>
T roundTripAs(const Message& message)
{
    auto back = roundTrip(message);
    if (!std::holds_alternative<T>(back)) {
        qFatal("decoded as %s", std::string(messageName(back)).c_str());
    }
    return std::get<T>(back);
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private slots:
    void framesSplitAtEveryBytePosition()
    {
        const std::vector<std::string> bodies {"first", "", std::string(300, 'x'), "last frame"};
        std::string stream;
        for (const auto& body : bodies) {
            appendFrame(stream, body);
        }
        for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
            FrameDecoder decoder;
            QVERIFY(!decoder.feed(std::string_view(stream).substr(0, cut)));
            QVERIFY(!decoder.feed(std::string_view(stream).substr(cut)));
            QCOMPARE(drain(decoder), bodies);
            QVERIFY(decoder.atFrameBoundary());
            QVERIFY(!decoder.finish());
        }
        FrameDecoder byteByByte;
        std::vector<std::string> frames;
        for (char c : stream) {
            QVERIFY(!byteByByte.feed(std::string_view(&c, 1)));
            for (auto& f : drain(byteByByte)) {
                frames.push_back(std::move(f));
            }
        }
        QCOMPARE(frames, bodies);
    }

    void lengthIsBigEndian()
    {
        const auto frame = encodeFrame(std::string(0x010203, 'a'));
        QCOMPARE(frame.substr(0, 4), bytes({0x00, 0x01, 0x02, 0x03}));
    }

    void oversizedFrameIsRefusedBeforeItsBody()
    {
        FrameDecoder decoder;
        const auto error = decoder.feed(bytes({0xff, 0xff, 0xff, 0xff}));
        QVERIFY(error);
        QVERIFY(error->kind == FrameError::Kind::TooLarge);
        QCOMPARE(error->message, std::string("frame of 4294967295 bytes exceeds the 16777216-byte limit"));
        // Whatever follows is refused too: the connection is to be closed.
        QVERIFY(decoder.feed("more"));
        QVERIFY(!decoder.next());

        FrameDecoder oneOver;
        QVERIFY(oneOver.feed(bytes({0x01, 0x00, 0x00, 0x01})));
        FrameDecoder atLimit;
        QVERIFY(!atLimit.feed(bytes({0x01, 0x00, 0x00, 0x00})));

        QVERIFY_THROWS_EXCEPTION(std::length_error, encodeFrame(std::string(kMaxFrameBytes + 1, 'x')));
    }

    void truncatedFrameIsReportedAtClose()
    {
        FrameDecoder decoder;
        QVERIFY(!decoder.feed(bytes({0x00, 0x00, 0x00, 120}) + "abc"));
        const auto error = decoder.finish();
        QVERIFY(error);
        QVERIFY(error->kind == FrameError::Kind::Truncated);
        QCOMPARE(error->message, std::string("truncated frame: connection closed after 3 of 120 bytes"));

        FrameDecoder inLength;
        QVERIFY(!inLength.feed(bytes({0x00, 0x00})));
        QCOMPARE(inLength.finish()->message,
                 std::string("truncated frame: connection closed after 2 of 4 length bytes"));

        FrameDecoder clean;
        QVERIFY(!clean.feed(encodeFrame("whole")));
        QVERIFY(!clean.finish());
    }

    void malformedMessagesAreRefused()
    {
        auto garbage = decode(bytes({0xff, 0xff, 0xff, 0xff, 0x0f}));
        QVERIFY(!garbage);
        QVERIFY(garbage.error.find("malformed message") == 0);

        auto empty = decode("");
        QVERIFY(!empty);
        QVERIFY(empty.error.find("malformed") == 0);

        // A PushAck whose outcome has no status.
        auto noStatus = decode(bytes({0x2a, 0x04, 0x0a, 0x02, 0x08, 0x01}));
        QVERIFY(!noStatus);
        QVERIFY2(noStatus.error.find("no known status") != std::string::npos, noStatus.error.c_str());

        // A deleted change that still carries a row image.
        auto deletedWithRow = decode(bytes({0x3a, 0x09, 0x0a, 0x07, 0x08, 0x01, 0x22, 0x01, 'x', 0x28, 0x01}));
        QVERIFY(!deletedWithRow);
        QVERIFY2(deletedWithRow.error.find("deletes a row") != std::string::npos, deletedWithRow.error.c_str());

        // A pushed entry with sequence number 0.
        auto seqZero = decode(encode(PushBatch {{PushedEntry {0, "u", "checkout", "{}", 1, "op"}}}));
        QVERIFY(!seqZero);
        QVERIFY(seqZero.error.find("not positive") != std::string::npos);

        // Invalid UTF-8 in a text field (Hello.node_id).
        auto badText = decode(bytes({0x0a, 0x03, 0x12, 0x01, 0xff}));
        QVERIFY(!badText);
    }

    void versionMismatchMessage()
    {
        // A node of version 1 (instants in seconds, docs/SYNC.md "Time") is told to update.
        const Error error = unsupportedVersion(1);
        QVERIFY(error.code == ErrorCode::UnsupportedVersion);
        QCOMPARE(error.message, std::string("protocol version 1 is not supported; this central speaks 2"));
        QCOMPARE(toString(error.code), std::string_view("unsupported_version"));
        QCOMPARE(kProtocolVersion, 2u);
    }

    void helloAndWelcomeRoundTrip()
    {
        const auto hello = roundTripAs<Hello>(Hello {1, "node-0001", "s3cret", "ils-desk 0.1.0", 42});
        QCOMPARE(hello.protocolVersion, 1u);
        QCOMPARE(hello.nodeId, std::string("node-0001"));
        QCOMPARE(hello.secret, std::string("s3cret"));
        QCOMPARE(hello.software, std::string("ils-desk 0.1.0"));
        QCOMPARE(hello.backlog, std::int64_t(42));

        const auto welcome = roundTripAs<Welcome>(Welcome {1, "node-0001", "532622-01", 77, 1234, 1700000000, "9f3a"});
        QCOMPARE(welcome.library, std::string("532622-01"));
        QCOMPARE(welcome.lastAppliedSeq, std::int64_t(77));
        QCOMPARE(welcome.headCn, std::int64_t(1234));
        QCOMPARE(welcome.serverTime, Timestamp(1700000000));
        QCOMPARE(welcome.centralEpoch, std::string("9f3a"));

        const auto error = roundTripAs<Error>(Error {ErrorCode::BadCredentials, "unknown node"});
        QVERIFY(error.code == ErrorCode::BadCredentials);
        QCOMPARE(error.message, std::string("unknown node"));
    }

    void pushRoundTrip()
    {
        PushBatch batch;
        batch.entries.push_back(
            {1, "6f1c…", "checkout", R"({"item":"5326220000000001","reader":"借书证"})", 1700000000, "张三"});
        batch.entries.push_back({2, "uuid-2", "checkin", "{}", 1700000001, "李四"});
        const auto back = roundTripAs<PushBatch>(batch);
        QCOMPARE(back.entries.size(), std::size_t(2));
        QCOMPARE(back.entries[0].seq, std::int64_t(1));
        QCOMPARE(back.entries[0].uuid, batch.entries[0].uuid);
        QCOMPARE(back.entries[0].type, std::string("checkout"));
        QCOMPARE(back.entries[0].payload, batch.entries[0].payload);
        QCOMPARE(back.entries[0].createdAt, Timestamp(1700000000));
        QCOMPARE(back.entries[1].operatorName, std::string("李四"));

        PushAck ack;
        ack.outcomes = {{1, ApplyStatus::Applied, "", ""},
                        {2, ApplyStatus::AppliedWithException, "reader_blocked", "blocked at the central"},
                        {3, ApplyStatus::Rejected, "loan_already_closed", "returned at C"}};
        const auto ackBack = roundTripAs<PushAck>(ack);
        QCOMPARE(ackBack.outcomes.size(), std::size_t(3));
        QVERIFY(ackBack.outcomes[1].status == ApplyStatus::AppliedWithException);
        QCOMPARE(ackBack.outcomes[1].reasonCode, std::string("reader_blocked"));
        QVERIFY(ackBack.outcomes[2].status == ApplyStatus::Rejected);
        QCOMPARE(ackBack.outcomes[2].detail, std::string("returned at C"));
    }

    void pullRoundTrip()
    {
        const auto request = roundTripAs<PullRequest>(PullRequest {99, 500});
        QCOMPARE(request.afterCn, std::int64_t(99));
        QCOMPARE(request.limit, 500u);

        PullPage page;
        page.page.changes.push_back({100, "readers", R"({"code":"532622000000001"})", R"({"name":"王五"})"});
        page.page.changes.push_back({101, "loans", R"({"id":7})", std::nullopt});
        page.page.headCn = 150;
        page.page.more = true;
        const auto back = roundTripAs<PullPage>(page);
        QCOMPARE(back.page.changes.size(), std::size_t(2));
        QCOMPARE(back.page.changes[0].cn, std::int64_t(100));
        QCOMPARE(back.page.changes[0].table, std::string("readers"));
        QCOMPARE(back.page.changes[0].row, page.page.changes[0].row);
        QVERIFY(!back.page.changes[1].row);
        QCOMPARE(back.page.changes[1].key, std::string(R"({"id":7})"));
        QCOMPARE(back.page.headCn, std::int64_t(150));
        QVERIFY(back.page.more);
    }

    void enrolmentRoundTrip()
    {
        const auto request = roundTripAs<EnrolRequest>(EnrolRequest {1, "token-abc", "江那镇 desk 1", "ilsctl"});
        QCOMPARE(request.token, std::string("token-abc"));
        QCOMPARE(request.nodeName, std::string("江那镇 desk 1"));

        EnrolGrant grant;
        grant.node.nodeId = "node-0003";
        grant.node.number = 3;
        grant.node.library = "532622-01";
        grant.node.name = "desk";
        grant.node.status = "active";
        grant.secret = "lasting";
        const auto back = roundTripAs<EnrolGrant>(grant);
        QCOMPARE(back.node.nodeId, std::string("node-0003"));
        QCOMPARE(back.node.number, 3);
        QCOMPARE(back.node.library, std::string("532622-01"));
        QCOMPARE(back.node.status, std::string("active"));
        QCOMPARE(back.secret, std::string("lasting"));

        QVERIFY(std::holds_alternative<SnapshotRequest>(roundTrip(SnapshotRequest {})));
        const auto info = roundTripAs<SnapshotInfo>(SnapshotInfo {555, 1 << 20, 12345});
        QCOMPARE(info.cursor, std::int64_t(555));
        QCOMPARE(info.snapshotBytes, std::uint64_t(1 << 20));
        QCOMPARE(info.compressedBytes, std::uint64_t(12345));

        std::string binary(1024, '\0');
        for (std::size_t i = 0; i < binary.size(); ++i) {
            binary[i] = static_cast<char>(i * 7);
        }
        const auto chunk = roundTripAs<SnapshotChunk>(SnapshotChunk {4096, binary, true});
        QCOMPARE(chunk.offset, std::uint64_t(4096));
        QCOMPARE(chunk.data, binary);
        QVERIFY(chunk.last);
    }

    void heartbeatRoundTrip()
    {
        QCOMPARE(roundTripAs<Ping>(Ping {123456789}).sentAt, std::int64_t(123456789));
        QCOMPARE(roundTripAs<Pong>(Pong {987}).sentAt, std::int64_t(987));
        QCOMPARE(roundTripAs<Status>(Status {12}).backlog, std::int64_t(12));
        QCOMPARE(messageName(Message {Ping {}}), std::string_view("Ping"));
    }

    void unknownErrorCodeKeepsItsMessage()
    {
        // Error{code = 99, message = "x"} from a newer peer.
        auto decoded = decode(bytes({0x1a, 0x05, 0x08, 99, 0x12, 0x01, 'x'}));
        QVERIFY(decoded);
        const auto& error = std::get<Error>(*decoded.message);
        QVERIFY(error.code == ErrorCode::Internal);
        QCOMPARE(error.message, std::string("x"));
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
