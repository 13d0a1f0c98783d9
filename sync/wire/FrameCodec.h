#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

// Frames on the wire: a 4-byte big-endian length, then that many bytes of one Envelope.
// The decoder is fed whatever the socket delivered, one byte or many frames at a time, so a
// frame split at any byte decodes the same, and it refuses an oversized length as soon as
// the 4 length bytes are in — before allocating anything for the body.
namespace ils::protocol {

constexpr std::size_t kFrameHeaderBytes = 4;
constexpr std::size_t kMaxFrameBytes = 16 * 1024 * 1024;

struct FrameError
{
    enum class Kind
    {
        TooLarge,
        Truncated,
    };
    Kind kind;
    std::string message;
};

// Appends the frame of `body` to `out`. Throws std::length_error above kMaxFrameBytes: the
// sender must split (smaller pages and batches), never emit what the peer must refuse.
void appendFrame(std::string& out, std::string_view body);
std::string encodeFrame(std::string_view body);

class FrameDecoder
{
public:
    explicit FrameDecoder(std::size_t maxFrameBytes = kMaxFrameBytes);

    // Consumes all of `bytes`; returns the error that stopped decoding, if any. After an
    // error the decoder refuses everything: the connection is to be closed.
    std::optional<FrameError> feed(std::string_view bytes);
    // The body of the oldest complete frame not yet taken.
    std::optional<std::string> next();
    bool hasFrame() const { return !m_frames.empty(); }

    // The peer closed the connection: an error when it stopped inside a frame.
    std::optional<FrameError> finish() const;
    // Whether no frame is partly received.
    bool atFrameBoundary() const { return m_headerFill == 0; }
    const std::optional<FrameError>& error() const { return m_error; }
    // Applies to frames whose length is not yet complete: the server raises it after a login.
    void setMaxFrameBytes(std::size_t maxFrameBytes) { m_max = maxFrameBytes; }
    std::size_t maxFrameBytes() const { return m_max; }

private:
    std::size_t feedHeader(std::string_view bytes);
    std::size_t feedBody(std::string_view bytes);

    std::size_t m_max;
    std::size_t m_headerFill = 0; // length bytes received of the current frame
    std::uint32_t m_length = 0; // as far as received
    std::string m_body;
    std::deque<std::string> m_frames;
    std::optional<FrameError> m_error;
};

} // namespace ils::protocol
