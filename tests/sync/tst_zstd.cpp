// The snapshot's zstd stream, on files whose size makes the decompressor's output buffer end
// exactly at the end of the frame (a multiple of 128 KiB: one database in 32). tst_faults found
// that such a snapshot was refused as "ending inside a frame"; this pins the fix down.
#include "net/Zstd.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fstream>
#include <iterator>

class TestZstd : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<bool>("compressible");
        for (qint64 size : {qint64(0),
                            qint64(1),
                            qint64(4096 * 7),
                            qint64(131072),
                            qint64(131072 * 3),
                            qint64(131072 * 3 + 1),
                            qint64(131072 * 8 - 1)})
            for (int chunk : {7, 65536, 1 << 20})
                for (bool compressible : {true, false})
                    QTest::addRow("%lld bytes, chunks of %d, %s",
                                  static_cast<long long>(size),
                                  chunk,
                                  compressible ? "text" : "noise")
                        << size << chunk << compressible;
    }

    void roundTrip()
    {
        QFETCH(qint64, size);
        QFETCH(int, chunk);
        QFETCH(bool, compressible);
        QTemporaryDir dir;
        const auto plain = dir.filePath("plain").toStdString();
        const auto packed = dir.filePath("packed").toStdString();
        const auto unpacked = dir.filePath("unpacked").toStdString();
        std::string data(static_cast<std::size_t>(size), 'x');
        QRandomGenerator random(42);
        for (auto& c : data)
            c = compressible ? "图书馆 library\n"[random.bounded(18)] : static_cast<char>(random.generate());
        std::ofstream(plain, std::ios::binary) << data;

        const auto sizes = ils::net::compressFile(plain, packed);
        QCOMPARE(sizes.plainBytes, static_cast<std::uint64_t>(size));
        std::ifstream in(packed, std::ios::binary);
        const std::string compressed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

        std::FILE* out = std::fopen(unpacked.c_str(), "wb");
        QVERIFY(out);
        {
            ils::net::Decompressor decompressor(out);
            for (std::size_t at = 0; at < compressed.size(); at += static_cast<std::size_t>(chunk))
                decompressor.feed(std::string_view(compressed).substr(at, static_cast<std::size_t>(chunk)));
            decompressor.finish(); // throws if the stream is taken for unfinished
            QCOMPARE(decompressor.written(), static_cast<std::uint64_t>(size));
        }
        std::fclose(out);
        std::ifstream back(unpacked, std::ios::binary);
        const std::string roundTripped((std::istreambuf_iterator<char>(back)), std::istreambuf_iterator<char>());
        QVERIFY(roundTripped == data);
    }

    void truncatedStreamIsRefused()
    {
        QTemporaryDir dir;
        const auto plain = dir.filePath("plain").toStdString();
        const auto packed = dir.filePath("packed").toStdString();
        std::ofstream(plain, std::ios::binary) << std::string(500000, 'a');
        ils::net::compressFile(plain, packed);
        std::ifstream in(packed, std::ios::binary);
        const std::string compressed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::FILE* out = std::fopen(dir.filePath("out").toStdString().c_str(), "wb");
        ils::net::Decompressor decompressor(out);
        decompressor.feed(std::string_view(compressed).substr(0, compressed.size() - 3));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, decompressor.finish());
        std::fclose(out);
    }
};

QTEST_GUILESS_MAIN(TestZstd)
#include "tst_zstd.moc"
