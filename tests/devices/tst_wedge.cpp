#include "barcode/KeyboardWedgeDecoder.h"

#include <QTest>

#include <random>
#include <string>
#include <vector>

using namespace ils::devices;

namespace {

// Feeds `text` one key every `gapMs` from `startMs`, then `suffix` one gap later.
struct Typist
{
    explicit Typist(KeyboardWedgeDecoder& d, std::int64_t start = 1000)
        : decoder(d)
        , now(start)
    {
    }

    KeyboardWedgeDecoder& decoder;
    std::int64_t now;
    std::vector<WedgeEvent> events;

    void keys(const std::string& text, std::int64_t gapMs)
    {
        for (char c : text) {
            now += gapMs;
            take(decoder.feed(WedgeKey::of(static_cast<unsigned char>(c)), now));
        }
    }
    void key(WedgeKey key, std::int64_t gapMs)
    {
        now += gapMs;
        take(decoder.feed(key, now));
    }
    void wait(std::int64_t ms)
    {
        now += ms;
        take(decoder.advance(now));
    }
    void take(std::vector<WedgeEvent> more) { events.insert(events.end(), more.begin(), more.end()); }

    std::vector<std::string> scans() const
    {
        std::vector<std::string> out;
        for (const auto& e : events)
            if (e.kind == WedgeEvent::Kind::Scan)
                out.push_back(e.scan.text);
        return out;
    }
    // What a text field would show: the typed characters, with Enter as '\n' and Tab as '\t'.
    std::string typed() const
    {
        std::string out;
        for (const auto& e : events) {
            if (e.kind != WedgeEvent::Kind::Typing)
                continue;
            if (e.key.kind == WedgeKey::Kind::Enter)
                out += '\n';
            else if (e.key.kind == WedgeKey::Kind::Tab)
                out += '\t';
            else
                out += static_cast<char>(e.key.character);
        }
        return out;
    }
};

} // namespace

class TestWedge : public QObject
{
    Q_OBJECT

private slots:
    void scannerSpeedWithEnterIsAScan_data()
    {
        QTest::addColumn<int>("gapMs");
        QTest::newRow("2 ms") << 2;
        QTest::newRow("5 ms") << 5;
        QTest::newRow("10 ms") << 10;
        QTest::newRow("30 ms, the limit") << 30;
    }
    void scannerSpeedWithEnterIsAScan()
    {
        QFETCH(int, gapMs);
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        t.keys("2622010000000001", gapMs);
        QCOMPARE(decoder.held(), std::size_t(16));
        t.key(WedgeKey::enter(), gapMs);
        QCOMPARE(t.scans(), std::vector<std::string> {"2622010000000001"});
        QCOMPARE(t.typed(), std::string());
        QCOMPARE(t.events.back().keys, std::size_t(17));
        QCOMPARE(t.events.back().scan.symbology, Symbology::Unknown);
        QCOMPARE(decoder.held(), std::size_t(0));
        QVERIFY(!decoder.deadline());
    }

    void personTypingIsTyping_data()
    {
        QTest::addColumn<int>("gapMs");
        QTest::newRow("fast typist 80 ms") << 80;
        QTest::newRow("120 ms") << 120;
        QTest::newRow("just over the gap") << 31;
    }
    void personTypingIsTyping()
    {
        QFETCH(int, gapMs);
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        t.keys("2622010000000001", gapMs);
        t.key(WedgeKey::enter(), gapMs);
        QVERIFY(t.scans().empty());
        QCOMPARE(t.typed(), std::string("2622010000000001\n"));
    }

    void eachKeyIsHeldOnlyUntilTheGapPasses()
    {
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        t.keys("7", 100);
        QCOMPARE(t.typed(), std::string());
        QCOMPARE(decoder.deadline(), std::optional<std::int64_t>(t.now + 31));
        t.wait(30);
        QCOMPARE(t.typed(), std::string());
        t.wait(1);
        QCOMPARE(t.typed(), std::string("7"));
        QVERIFY(!decoder.deadline());
    }

    void partialBurstWithoutSuffixTimesOutIntoTyping()
    {
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        t.keys("26220100", 5);
        t.wait(100);
        QVERIFY(t.scans().empty());
        QCOMPARE(t.typed(), std::string("26220100"));
        // The rest of the code arriving later starts afresh, and is typing too.
        t.keys("00000001", 100);
        t.key(WedgeKey::enter(), 100);
        QCOMPARE(t.typed(), std::string("2622010000000001\n"));
    }

    void fastBurstTooShortIsAKeyRoll()
    {
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        t.keys("12", 8);
        t.key(WedgeKey::enter(), 8);
        QVERIFY(t.scans().empty());
        QCOMPARE(t.typed(), std::string("12\n"));
    }

    void enterAloneIsDeliveredAtOnce()
    {
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        t.key(WedgeKey::enter(), 100);
        QCOMPARE(t.typed(), std::string("\n"));
        QCOMPARE(decoder.held(), std::size_t(0));
    }

    void slowStartThenScan()
    {
        // A person types "a" slowly; the scan that follows is still a scan of its own.
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        t.keys("a", 100);
        t.wait(200);
        t.keys("532622001000001", 4);
        t.key(WedgeKey::enter(), 4);
        QCOMPARE(t.typed(), std::string("a"));
        QCOMPARE(t.scans(), std::vector<std::string> {"532622001000001"});
    }

    void twoScansInARow()
    {
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        t.keys("2622010000000001", 3);
        t.key(WedgeKey::enter(), 3);
        t.keys("2622010000000002", 3);
        t.key(WedgeKey::enter(), 3);
        QCOMPARE(t.scans(), (std::vector<std::string> {"2622010000000001", "2622010000000002"}));
        QCOMPARE(t.typed(), std::string());
    }

    void slowKeysBeforeAScanStayTyping()
    {
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        t.keys("12.5", 90);
        t.wait(150);
        t.keys("2622010000000003", 3);
        t.key(WedgeKey::enter(), 3);
        QCOMPARE(t.typed(), std::string("12.5"));
        QCOMPARE(t.scans(), std::vector<std::string> {"2622010000000003"});
    }

    void otherSuffixKeyEndsTheBurstAsTyping()
    {
        KeyboardWedgeDecoder decoder; // suffix Enter
        Typist t(decoder);
        t.keys("2622010000000001", 3);
        t.key(WedgeKey::tab(), 3);
        QVERIFY(t.scans().empty());
        QCOMPARE(t.typed(), std::string("2622010000000001\t"));
    }

    void tabSuffix()
    {
        WedgeConfig config;
        config.suffix = WedgeKey::Kind::Tab;
        KeyboardWedgeDecoder decoder(config);
        Typist t(decoder);
        t.keys("2622010000000001", 3);
        t.key(WedgeKey::tab(), 3);
        QCOMPARE(t.scans(), std::vector<std::string> {"2622010000000001"});
        t.key(WedgeKey::enter(), 100);
        QCOMPARE(t.typed(), std::string("\n"));
    }

    void prefixIsRequiredAndStripped()
    {
        WedgeConfig config;
        config.prefix = "]C0";
        KeyboardWedgeDecoder decoder(config);
        Typist t(decoder);
        t.keys("]C02622010000000001", 3);
        t.key(WedgeKey::enter(), 3);
        QCOMPARE(t.scans(), std::vector<std::string> {"2622010000000001"});
        QCOMPARE(t.events.back().keys, std::size_t(20));

        Typist fast(decoder, t.now + 1000);
        fast.keys("2622010000000001", 3); // a fast burst without the prefix is not a scan
        fast.key(WedgeKey::enter(), 3);
        QVERIFY(fast.scans().empty());
        QCOMPARE(fast.typed(), std::string("2622010000000001\n"));
    }

    void prefixOnlyIsNotAScan()
    {
        WedgeConfig config;
        config.prefix = "]C0";
        KeyboardWedgeDecoder decoder(config);
        Typist t(decoder);
        t.keys("]C0", 3);
        t.key(WedgeKey::enter(), 3);
        QVERIFY(t.scans().empty());
        QCOMPARE(t.typed(), std::string("]C0\n"));
    }

    void configurableGap()
    {
        WedgeConfig config;
        config.maxGapMs = 60;
        KeyboardWedgeDecoder decoder(config);
        Typist t(decoder);
        t.keys("532622001000001", 50);
        t.key(WedgeKey::enter(), 50);
        QCOMPARE(t.scans(), std::vector<std::string> {"532622001000001"});
    }

    void stuckKeyIsTyping()
    {
        WedgeConfig config;
        config.maxLength = 20;
        KeyboardWedgeDecoder decoder(config);
        Typist t(decoder);
        t.keys(std::string(50, '1'), 2);
        t.wait(100);
        QVERIFY(t.scans().empty());
        QCOMPARE(t.typed(), std::string(50, '1'));
    }

    // A scan longer than the limit (a misprogrammed scanner, a QR code of a web address) is one
    // bad scan, all of it: not typing followed by a second scan of what was left.
    void tooLongScanIsOneBadScan()
    {
        WedgeConfig config;
        config.maxLength = 20;
        KeyboardWedgeDecoder decoder(config);
        Typist t(decoder);
        const std::string code = std::string(30, '7') + std::string(20, '8');
        t.keys(code, 3);
        t.key(WedgeKey::enter(), 3);
        QCOMPARE(t.scans(), std::vector<std::string> {code});
        QCOMPARE(t.typed(), std::string());
        QCOMPARE(t.events.size(), std::size_t(1));
        QVERIFY(t.events.back().tooLong);
        QCOMPARE(t.events.back().keys, code.size() + 1);

        Typist exact(decoder, t.now + 1000); // at the limit it is a scan like any other
        exact.keys(std::string(20, '5'), 3);
        exact.key(WedgeKey::enter(), 3);
        QCOMPARE(exact.scans(), std::vector<std::string> {std::string(20, '5')});
        QVERIFY(!exact.events.back().tooLong);
    }

    // The desk stalls 200 ms after the eighth key of a scan; the other keys, typed 5 ms apart,
    // arrive together when it wakes. Fed their window-system timestamps (through WedgeClock) they
    // are one scan; fed their arrival times they would not be.
    void stallInTheMiddleOfAScanDoesNotSplitIt()
    {
        const std::string code = "2622010000000001";
        const auto run = [&](bool timestamps) {
            KeyboardWedgeDecoder decoder;
            WedgeClock clock;
            Typist t(decoder);
            std::uint64_t stamp = 7'000'000;
            std::int64_t arrival = 1000;
            for (std::size_t i = 0; i <= code.size(); ++i) {
                stamp += 5;
                arrival += i == 8 ? 200 : (i > 8 ? 0 : 5); // the stall, then all at once
                const auto key =
                    i < code.size() ? WedgeKey::of(static_cast<unsigned char>(code[i])) : WedgeKey::enter();
                t.take(decoder.feed(key, timestamps ? clock.keyTime(stamp, arrival) : arrival));
            }
            return t;
        };
        const Typist withTimestamps = run(true);
        QCOMPARE(withTimestamps.scans(), std::vector<std::string> {code});
        QCOMPARE(withTimestamps.typed(), std::string());
        const Typist byArrival = run(false); // split: typed digits, then a scan of the rest
        QCOMPARE(byArrival.typed(), code.substr(0, 8));
        QCOMPARE(byArrival.scans(), std::vector<std::string> {code.substr(8)});
    }

    void wedgeClockMapsTimestampsOntoArrival()
    {
        WedgeClock clock;
        QCOMPARE(clock.keyTime(0, 500), std::int64_t(500)); // no timestamp: arrival
        QCOMPARE(clock.keyTime(90'000, 1000), std::int64_t(1000));
        QCOMPARE(clock.keyTime(90'005, 1300), std::int64_t(1005)); // late: its own time counts
        QCOMPARE(clock.keyTime(90'010, 1008), std::int64_t(1008)); // quicker than any before
        QCOMPARE(clock.keyTime(90'020, 1018), std::int64_t(1018));
        QCOMPARE(clock.keyTime(10, 2000), std::int64_t(2000)); // the clock wrapped: start again
        QCOMPARE(clock.keyTime(15, 2005), std::int64_t(2005));
    }

    void flushGivesBackHeldKeys()
    {
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        t.keys("2622", 3);
        t.take(decoder.flush());
        QCOMPARE(t.typed(), std::string("2622"));
        QCOMPARE(decoder.held(), std::size_t(0));
    }

    void nonAsciiIsUtf8()
    {
        KeyboardWedgeDecoder decoder;
        Typist t(decoder);
        for (char32_t c : std::u32string(U"ISBN号码1234")) {
            t.now += 3;
            t.take(decoder.feed(WedgeKey::of(c), t.now));
        }
        t.key(WedgeKey::enter(), 3);
        QCOMPARE(t.scans(),
                 std::vector<std::string> {"ISBN\xE5\x8F\xB7\xE7\xA0\x81"
                                           "1234"});
    }

    // Whatever the timing, every key comes back exactly once and in order.
    void everyKeyComesBackOnceInOrder()
    {
        std::mt19937 random(20260302);
        for (int round = 0; round < 200; ++round) {
            KeyboardWedgeDecoder decoder;
            std::vector<WedgeKey> fed;
            std::vector<WedgeEvent> events;
            std::int64_t now = 0;
            for (int i = 0; i < 60; ++i) {
                const int pick = static_cast<int>(random() % 12);
                const WedgeKey key = pick == 0 ? WedgeKey::enter()
                    : pick == 1                ? WedgeKey::tab()
                                               : WedgeKey::of(U'0' + static_cast<char32_t>(pick));
                now += (random() % 3 == 0) ? static_cast<std::int64_t>(random() % 200)
                                           : static_cast<std::int64_t>(random() % 12);
                fed.push_back(key);
                for (auto& e : decoder.feed(key, now))
                    events.push_back(e);
            }
            for (auto& e : decoder.advance(now + 1000))
                events.push_back(e);
            std::vector<WedgeKey> back;
            for (const auto& e : events) {
                if (e.kind == WedgeEvent::Kind::Typing) {
                    back.push_back(e.key);
                    continue;
                }
                // A scan stands for its keys: the code, then the suffix.
                QCOMPARE(e.keys, e.scan.text.size() + 1);
                for (char c : e.scan.text)
                    back.push_back(WedgeKey::of(static_cast<unsigned char>(c)));
                back.push_back(WedgeKey::enter());
            }
            QCOMPARE(back.size(), fed.size());
            QVERIFY(back == fed);
        }
    }
};

QTEST_APPLESS_MAIN(TestWedge)
#include "tst_wedge.moc"
