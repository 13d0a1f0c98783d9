// ISO 28560-2 and ISO 28560-3 tag data: the published examples, round trips, and damaged tags.
#include "tagdata/TagData.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace ils::devices;

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes fromHex(const QByteArray& hex)
{
    const QByteArray raw = QByteArray::fromHex(hex);
    return Bytes(raw.begin(), raw.end());
}

// The first non-comment line of the shared annex example: the tag's bytes.
Bytes annexExample()
{
    QFile file(QStringLiteral(ILS_TEST_DATA "/rfid/iso28560-2-annex-example.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith('#')) {
            return fromHex(line);
        }
    }
    return {};
}

// A tag from the field in the Danish model (ISO 28560-3): DE-705, PII 11223344, part 1 of 1, circulating.
// The CRC 0x3E51 (bytes 19-20) counts the two owner-library bytes a 32-byte tag leaves out as zero.
const char* const kDanishTag = "11010131313232333334340000000000000000513e4445373035000000000000";

TagData decoded(const Bytes& bytes, std::optional<TagModel> model = {})
{
    auto result = decodeTag(bytes, model);
    if (!result) {
        qWarning("decode failed: %s", result.error().message.c_str());
        return {};
    }
    return result.value();
}

Bytes encoded(const TagData& data, TagModel model)
{
    auto result = encodeTag(data, model);
    if (!result) {
        qWarning("encode failed: %s", result.error().message.c_str());
        return {};
    }
    return result.value();
}

TagData basic(const std::string& pii, const std::string& isil)
{
    TagData d;
    d.primaryItemId = pii;
    d.ownerLibrary = isil;
    return d;
}

} // namespace

class TestTagData : public QObject
{
    Q_OBJECT

private slots:
    void annexExampleDecodes()
    {
        const Bytes bytes = annexExample();
        QCOMPARE(bytes.size(), std::size_t(36));
        const TagData d = decoded(bytes);
        QCOMPARE(d.primaryItemId, std::string("123456789012"));
        QCOMPARE(d.ownerLibrary, std::string("US-InU-Mu"));
        QVERIFY(d.set.has_value());
        QCOMPARE(d.set->total, 12);
        QCOMPARE(d.set->part, 3);
        QVERIFY(!d.typeOfUsage.has_value());
        QCOMPARE(d.otherElements.size(), std::size_t(1));
        QCOMPARE(d.otherElements[0].oid, 6); // shelf location
        QCOMPARE(d.otherElements[0].value, std::string("QA268.L55"));
        QCOMPARE(d.elementOrder, (std::vector<int> {4, 6, 3}));
        QVERIFY(decoded(bytes, TagModel::Iso28560_2) == d);
    }

    void annexExampleReencodesToTheSameBytes()
    {
        const Bytes bytes = annexExample();
        QCOMPARE(encoded(decoded(bytes), TagModel::Iso28560_2), bytes);
    }

    void annexExampleBuiltByHand()
    {
        // Without the tag's order the elements go by OID, ISIL first; same content, other bytes.
        TagData d = basic("123456789012", "US-InU-Mu");
        d.set = TagSet {3, 12};
        d.otherElements.push_back({6, "QA268.L55", false});
        const Bytes bytes = encoded(d, TagModel::Iso28560_2);
        QCOMPARE(bytes.size() % 4, std::size_t(0));
        QCOMPARE(bytes.size(), std::size_t(36));
        // PII first with its offset, then the content parameter d0 (OIDs 3, 4 and 6).
        QCOMPARE(Bytes(bytes.begin(), bytes.begin() + 11), fromHex("910005 1cbe991a14 0201d0"));
        QCOMPARE(bytes[11], std::uint8_t(0x03)); // ISIL, application-defined compaction
        TagData back = decoded(bytes);
        back.elementOrder.clear();
        QVERIFY(back == d);
    }

    void isilCompactionMatchesTheAnnex()
    {
        // Table D.8 of the annex: US-InU-Mu is ac c0 9e ba a0 6f 6b.
        const Bytes bytes = encoded(basic("1", "US-InU-Mu"), TagModel::Iso28560_2);
        const Bytes isil = fromHex("acc09ebaa06f6b");
        QVERIFY(std::search(bytes.begin(), bytes.end(), isil.begin(), isil.end()) != bytes.end());
    }

    void part3FieldTag()
    {
        const Bytes bytes = fromHex(kDanishTag);
        const TagData d = decoded(bytes);
        QCOMPARE(d.primaryItemId, std::string("11223344"));
        QCOMPARE(d.ownerLibrary, std::string("DE-705"));
        QVERIFY(!d.set.has_value());
        QCOMPARE(d.typeOfUsage, std::optional<std::uint8_t>(0x10));
        QCOMPARE(encoded(d, TagModel::Iso28560_3), bytes);
    }

    void part3LongIsilNeeds34Bytes()
    {
        TagData d = basic("30001234567890", "CN-5300001234");
        d.set = TagSet {2, 3};
        d.typeOfUsage = 0x10; // ISO 28560-3 always says; circulating is the default
        const Bytes bytes = encoded(d, TagModel::Iso28560_3);
        QCOMPARE(bytes.size(), std::size_t(36)); // 34 bytes, then whole blocks
        QCOMPARE(bytes[1], std::uint8_t(3));
        QCOMPARE(bytes[2], std::uint8_t(2));
        QVERIFY(decoded(bytes) == d);
        // Read as a 32-byte tag the last two ISIL characters are gone and the CRC no longer fits.
        const auto cut = tagDecodeError(std::span(bytes).first(32), TagModel::Iso28560_3);
        QVERIFY(cut.has_value());
        QCOMPARE(cut->problem, TagProblem::BadCrc);
    }

    void part3ExtensionBlocksSurvive()
    {
        TagData d = basic("1234", "DK-718500");
        d.typeOfUsage = 0x20;
        d.otherElements.push_back({kPart3BlockOid + 1, std::string("\x01\x02\x03", 3), true});
        const Bytes bytes = encoded(d, TagModel::Iso28560_3);
        QVERIFY(bytes.size() > 34);
        QVERIFY(decoded(bytes) == d);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("pii");
        QTest::addColumn<QString>("isil");
        QTest::newRow("numeric") << "123456789012"
                                 << "CN-530000-1";
        QTest::newRow("leading zero") << "0012345678"
                                      << "CN-53";
        QTest::newRow("alphanumeric") << "Z1234567"
                                      << "DK-718500";
        QTest::newRow("upper case letters") << "ABCDE"
                                            << "FI-He";
        QTest::newRow("lower case") << "b2024-0001x"
                                    << "US-InU-Mu";
        QTest::newRow("punctuation") << "QA268.L55 V.2"
                                     << "GB-UkOxU";
        QTest::newRow("latin-1") << "Bøger-1"
                                 << "DK-710100";
        QTest::newRow("utf-8") << "云南-000123"
                               << "CN-YN:A/b";
        QTest::newRow("long") << "12345678901234567890123"
                              << "CN-5300";
    }

    void roundTrips()
    {
        QFETCH(QString, pii);
        QFETCH(QString, isil);
        TagData d = basic(pii.toStdString(), isil.toStdString());
        d.typeOfUsage = 0x12;
        const Bytes two = encoded(d, TagModel::Iso28560_2);
        QCOMPARE(two.size() % 4, std::size_t(0));
        TagData back = decoded(two);
        back.elementOrder.clear();
        QVERIFY(back == d);
        QVERIFY(decoded(two, TagModel::Iso28560_2).primaryItemId == d.primaryItemId);

        d.typeOfUsage = 0x10;
        auto three = encodeTag(d, TagModel::Iso28560_3);
        const bool fitsPart3 =
            pii.size() <= 16 && std::all_of(pii.begin(), pii.end(), [](QChar c) { return c.unicode() <= 0xFF; });
        if (!fitsPart3) {
            QVERIFY(!three); // more than 16 characters, or not Latin-1
            return;
        }
        QVERIFY2(three.ok(), three.ok() ? "" : three.error().message.c_str());
        QVERIFY(decoded(three.value()) == d);
    }

    // Each PII takes the most compact ISO/IEC 15962 scheme that holds it (precursor bits 6-4).
    void compactionChoice_data()
    {
        QTest::addColumn<QString>("pii");
        QTest::addColumn<QByteArray>("expected"); // the PII element, offset and pad included
        QTest::newRow("integer") << "123456789012" << QByteArray("910005 1cbe991a14");
        QTest::newRow("numeric, leading zeros") << "0012345678" << QByteArray("a10005 0012345678");
        QTest::newRow("numeric, odd count") << "012" << QByteArray("a10302 012f 000000");
        QTest::newRow("5-bit") << "ABCDE" << QByteArray("b10104 088642ff 00");
        QTest::newRow("6-bit") << "QA268.L55" << QByteArray("c10207 441cb6e2e335d6 0000");
        QTest::newRow("7-bit, lower case") << "ab" << QByteArray("d10302 c38b 000000");
        QTest::newRow("octet") << "B\u00f8" << QByteArray("e10302 42f8 000000");
        QTest::newRow("UTF-8") << "\u4e91" << QByteArray("f10203 e4ba91 0000");
    }

    void compactionChoice()
    {
        QFETCH(QString, pii);
        QFETCH(QByteArray, expected);
        const Bytes bytes = encoded(basic(pii.toStdString(), ""), TagModel::Iso28560_2);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())).toHex(),
                 QByteArray::fromHex(expected).toHex());
        QCOMPARE(decoded(bytes).primaryItemId, pii.toStdString());
    }

    void multiPartSets_data()
    {
        QTest::addColumn<int>("part");
        QTest::addColumn<int>("total");
        QTest::newRow("1 of 2") << 1 << 2;
        QTest::newRow("2 of 2") << 2 << 2;
        QTest::newRow("3 of 12") << 3 << 12;
        QTest::newRow("10 of 10") << 10 << 10;
        QTest::newRow("7 of 255") << 7 << 255;
    }

    void multiPartSets()
    {
        QFETCH(int, part);
        QFETCH(int, total);
        TagData d = basic("31000000012", "CN-530000");
        d.set = TagSet {part, total};
        for (TagModel model : {TagModel::Iso28560_2, TagModel::Iso28560_3}) {
            TagData back = decoded(encoded(d, model), model);
            QVERIFY(back.set.has_value());
            QCOMPARE(back.set->part, part);
            QCOMPARE(back.set->total, total);
        }
    }

    void badSetsAreRefused()
    {
        TagData d = basic("1", "CN-53");
        d.set = TagSet {3, 2};
        QVERIFY(!encodeTag(d, TagModel::Iso28560_2));
        QVERIFY(!encodeTag(d, TagModel::Iso28560_3));
        d.set = TagSet {1, 256};
        QVERIFY(!encodeTag(d, TagModel::Iso28560_3));
        QVERIFY(encodeTag(d, TagModel::Iso28560_2).ok());
    }

    void modelLimitsGiveClearErrors()
    {
        auto tooLong = encodeTag(basic("12345678901234567", "CN-53"), TagModel::Iso28560_3);
        QVERIFY(!tooLong);
        QVERIFY(tooLong.error().message.find("16") != std::string::npos);
        QVERIFY(!encodeTag(basic("", "CN-53"), TagModel::Iso28560_2));
        QVERIFY(!encodeTag(basic("1", "CN-123456789012"), TagModel::Iso28560_3));
        TagData qualified = basic("1", "CN-53");
        qualified.typeOfUsage = 0x12; // a qualifier ISO 28560-3 has no room for
        QVERIFY(!encodeTag(qualified, TagModel::Iso28560_3));
    }

    void damagedTags_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<int>("model"); // 0 detect, 2, 3
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("offset");
        const QByteArray annex = QByteArray(reinterpret_cast<const char*>(annexExample().data()), 36).toHex();
        QTest::newRow("blank zeros") << QByteArray(64, '0') << 0 << int(TagProblem::Blank) << 0;
        QTest::newRow("blank ones") << QByteArray(64, 'f') << 0 << int(TagProblem::Blank) << 0;
        QTest::newRow("empty") << QByteArray() << 0 << int(TagProblem::Truncated) << 0;
        QTest::newRow("truncated in PII") << annex.left(12) << 2 << int(TagProblem::Truncated) << 2;
        QTest::newRow("truncated in ISIL") << annex.left(60) << 0 << int(TagProblem::Truncated) << 26;
        QTest::newRow("cut after precursor") << QByteArray("9100") << 2 << int(TagProblem::Truncated) << 0;
        QTest::newRow("length zero") << QByteArray("110000") << 2 << int(TagProblem::BadLength) << 1;
        QTest::newRow("offset past end") << QByteArray("91ff0101") << 2 << int(TagProblem::BadLength) << 0;
        QTest::newRow("first is not PII") << QByteArray("0601d0") << 2 << int(TagProblem::UnknownModel) << 0;
        QTest::newRow("PII twice") << QByteArray("110101110102") << 2 << int(TagProblem::BadValue) << 3;
        QTest::newRow("bad numeric nibble") << QByteArray("2101ab") << 2 << int(TagProblem::BadValue) << 2;
        QTest::newRow("set part > total") << QByteArray("1101011401 0c") << 2 << int(TagProblem::BadValue) << 5;
        QByteArray badCrc = kDanishTag;
        badCrc[39] = '2'; // CRC 0x3E52
        QTest::newRow("part 3 bad CRC") << badCrc << 0 << int(TagProblem::BadCrc) << 19;
        QTest::newRow("part 3 forced bad CRC") << badCrc << 3 << int(TagProblem::BadCrc) << 19;
        QTest::newRow("part 3 short") << QByteArray(kDanishTag).left(40) << 3 << int(TagProblem::Truncated) << 20;
        QByteArray version = kDanishTag;
        version[0] = '2';
        QTest::newRow("part 3 version 2") << version << 3 << int(TagProblem::Unsupported) << 0;
        QTest::newRow("garbage") << QByteArray("ffffff00") << 0 << int(TagProblem::BadLength) << 3;
    }

    void damagedTags()
    {
        QFETCH(QByteArray, hex);
        QFETCH(int, model);
        QFETCH(int, problem);
        QFETCH(int, offset);
        const Bytes bytes = fromHex(hex);
        const std::optional<TagModel> m = model == 2 ? std::optional(TagModel::Iso28560_2)
            : model == 3                             ? std::optional(TagModel::Iso28560_3)
                                                     : std::nullopt;
        const auto error = tagDecodeError(bytes, m);
        QVERIFY(error.has_value());
        QCOMPARE(int(error->problem), problem);
        QCOMPARE(int(error->offset), offset);
        QVERIFY(!error->what.empty());
        const auto result = decodeTag(bytes, m);
        QVERIFY(!result);
        QCOMPARE(result.error().message, "byte " + std::to_string(offset) + ": " + error->what);
    }

    void blankTagSaysSo()
    {
        const auto result = decodeTag(Bytes(112, 0));
        QVERIFY(!result);
        QVERIFY(result.error().message.find("blank tag") != std::string::npos);
    }

    void dsfid()
    {
        QCOMPARE(modelForDsfid(0x06), std::optional(TagModel::Iso28560_2));
        QCOMPARE(modelForDsfid(0x3E), std::optional(TagModel::Iso28560_3));
        QVERIFY(!modelForDsfid(0x00));
        QVERIFY(decodeTagWithDsfid(0x00, annexExample()).ok());
        QVERIFY(decodeTagWithDsfid(0x06, annexExample()).ok());
        QVERIFY(!decodeTagWithDsfid(0x3E, annexExample())); // the wrong model is not guessed around
        const auto unknown = decodeTagWithDsfid(0x42, annexExample());
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.find("unknown DSFID 0x42") != std::string::npos);
    }

    void trailingMemoryIsIgnored()
    {
        Bytes bytes = annexExample();
        bytes.resize(112, 0); // the rest of an ICODE SLIX's user memory
        QCOMPARE(decoded(bytes).primaryItemId, std::string("123456789012"));
        Bytes three = fromHex(kDanishTag);
        three.resize(112, 0);
        QCOMPARE(decoded(three).ownerLibrary, std::string("DE-705"));
    }
};

QTEST_GUILESS_MAIN(TestTagData)
#include "tst_tagdata.moc"
