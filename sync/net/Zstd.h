#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

typedef struct ZSTD_DCtx_s ZSTD_DCtx;

namespace ils::net {

struct CompressedFile
{
    std::uint64_t plainBytes = 0;
    std::uint64_t compressedBytes = 0;
};

// Compresses a whole file (a snapshot) into another, with zstd's frame checksum on, so a
// corrupted download is refused rather than installed. Throws std::runtime_error.
CompressedFile compressFile(const std::string& from, const std::string& to);

// Streams zstd data into a file as it arrives. Throws std::runtime_error on corrupt input.
class Decompressor
{
public:
    explicit Decompressor(std::FILE* out);
    ~Decompressor();
    Decompressor(const Decompressor&) = delete;
    Decompressor& operator=(const Decompressor&) = delete;

    void feed(std::string_view compressed);
    // Throws when the input stopped inside a zstd frame.
    void finish() const;
    std::uint64_t written() const { return m_written; }

private:
    std::FILE* m_out;
    ZSTD_DCtx* m_context;
    std::string m_buffer;
    std::uint64_t m_written = 0;
    bool m_frameComplete = true;
};

} // namespace ils::net
