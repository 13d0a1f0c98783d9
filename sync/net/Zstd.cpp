#include "Zstd.h"

#include <zstd.h>

#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace ils::net {

namespace {

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

File open(const std::string& path, const char* mode)
{
    // A snapshot is a copy of the county's data: written readable by its owner only.
    std::FILE* handle = nullptr;
    if (mode[0] == 'w') {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        handle = fd < 0 ? nullptr : ::fdopen(fd, mode);
        if (fd >= 0 && !handle)
            ::close(fd);
    } else {
        handle = std::fopen(path.c_str(), mode);
    }
    File file(handle, &std::fclose);
    if (!file) {
        throw std::runtime_error("cannot open " + path);
    }
    return file;
}

void check(std::size_t code, const char* what)
{
    if (ZSTD_isError(code)) {
        throw std::runtime_error(std::string(what) + ": " + ZSTD_getErrorName(code));
    }
}

void writeAll(std::FILE* out, const char* data, std::size_t size)
{
    if (size > 0 && std::fwrite(data, 1, size, out) != size) {
        throw std::runtime_error("cannot write: disk full?");
    }
}

} // namespace

CompressedFile compressFile(const std::string& from, const std::string& to)
{
    File in = open(from, "rb");
    File out = open(to, "wb");
    std::unique_ptr<ZSTD_CCtx, std::size_t (*)(ZSTD_CCtx*)> context(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    check(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, 3), "zstd level");
    check(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1), "zstd checksum");
    std::vector<char> input(ZSTD_CStreamInSize());
    std::vector<char> output(ZSTD_CStreamOutSize());
    CompressedFile result;
    for (;;) {
        const std::size_t read = std::fread(input.data(), 1, input.size(), in.get());
        if (std::ferror(in.get())) {
            throw std::runtime_error("cannot read " + from);
        }
        result.plainBytes += read;
        const bool last = read < input.size();
        ZSTD_inBuffer source {input.data(), read, 0};
        bool finished = false;
        while (!finished) {
            ZSTD_outBuffer sink {output.data(), output.size(), 0};
            const std::size_t remaining =
                ZSTD_compressStream2(context.get(), &sink, &source, last ? ZSTD_e_end : ZSTD_e_continue);
            check(remaining, "zstd compression");
            writeAll(out.get(), output.data(), sink.pos);
            result.compressedBytes += sink.pos;
            finished = last ? remaining == 0 : source.pos == source.size;
        }
        if (last) {
            break;
        }
    }
    if (std::fflush(out.get()) != 0) {
        throw std::runtime_error("cannot write " + to);
    }
    return result;
}

Decompressor::Decompressor(std::FILE* out)
    : m_out(out)
    , m_context(ZSTD_createDCtx())
    , m_buffer(ZSTD_DStreamOutSize(), '\0')
{
    if (!m_context) {
        throw std::runtime_error("zstd: out of memory");
    }
}

Decompressor::~Decompressor()
{
    ZSTD_freeDCtx(m_context);
}

void Decompressor::feed(std::string_view compressed)
{
    ZSTD_inBuffer source {compressed.data(), compressed.size(), 0};
    bool outputFull = false;
    // A full output buffer may leave decompressed data inside zstd: go on until it is drained.
    while (source.pos < source.size || outputFull) {
        ZSTD_outBuffer sink {m_buffer.data(), m_buffer.size(), 0};
        const std::size_t hint = ZSTD_decompressStream(m_context, &sink, &source);
        check(hint, "the snapshot is corrupt");
        writeAll(m_out, m_buffer.data(), sink.pos);
        m_written += sink.pos;
        m_frameComplete = hint == 0;
        // A buffer filled exactly at the end of a frame holds everything: nothing more to drain.
        outputFull = sink.pos == sink.size && hint != 0;
    }
}

void Decompressor::finish() const
{
    if (!m_frameComplete) {
        throw std::runtime_error("the snapshot ends inside a compressed frame");
    }
}

} // namespace ils::net
