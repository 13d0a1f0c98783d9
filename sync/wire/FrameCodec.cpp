#include "FrameCodec.h"

#include <algorithm>
#include <stdexcept>

namespace ils::protocol {

void appendFrame(std::string& out, std::string_view body)
{
    if (body.size() > kMaxFrameBytes) {
        throw std::length_error("frame of " + std::to_string(body.size()) + " bytes exceeds the "
                                + std::to_string(kMaxFrameBytes) + "-byte limit");
    }
    const auto n = static_cast<std::uint32_t>(body.size());
    out.push_back(static_cast<char>((n >> 24) & 0xff));
    out.push_back(static_cast<char>((n >> 16) & 0xff));
    out.push_back(static_cast<char>((n >> 8) & 0xff));
    out.push_back(static_cast<char>(n & 0xff));
    out.append(body);
}

std::string encodeFrame(std::string_view body)
{
    std::string out;
    out.reserve(kFrameHeaderBytes + body.size());
    appendFrame(out, body);
    return out;
}

FrameDecoder::FrameDecoder(std::size_t maxFrameBytes)
    : m_max(maxFrameBytes)
{
}

std::optional<FrameError> FrameDecoder::feed(std::string_view bytes)
{
    while (!bytes.empty() && !m_error) {
        const std::size_t used = m_headerFill < kFrameHeaderBytes ? feedHeader(bytes) : feedBody(bytes);
        bytes.remove_prefix(used);
    }
    return m_error;
}

std::size_t FrameDecoder::feedHeader(std::string_view bytes)
{
    const std::size_t used = std::min(bytes.size(), kFrameHeaderBytes - m_headerFill);
    for (std::size_t i = 0; i < used; ++i) {
        m_length = (m_length << 8) | static_cast<unsigned char>(bytes[i]); // big-endian
    }
    m_headerFill += used;
    if (m_headerFill < kFrameHeaderBytes) {
        return used;
    }
    if (m_length > m_max) {
        m_error = FrameError {FrameError::Kind::TooLarge,
                              "frame of " + std::to_string(m_length) + " bytes exceeds the " + std::to_string(m_max)
                                  + "-byte limit"};
        return used;
    }
    m_body.clear();
    // Grown as the bytes arrive: a peer that announces 16 MiB and sends nothing costs nothing.
    m_body.reserve(std::min<std::size_t>(m_length, 64 * 1024));
    if (m_length == 0) {
        m_frames.emplace_back();
        m_headerFill = 0;
    }
    return used;
}

std::size_t FrameDecoder::feedBody(std::string_view bytes)
{
    const std::size_t used = std::min(bytes.size(), std::size_t(m_length) - m_body.size());
    m_body.append(bytes.substr(0, used));
    if (m_body.size() == m_length) {
        m_frames.push_back(std::move(m_body));
        m_body = std::string();
        m_headerFill = 0;
        m_length = 0;
    }
    return used;
}

std::optional<std::string> FrameDecoder::next()
{
    if (m_frames.empty()) {
        return std::nullopt;
    }
    std::string frame = std::move(m_frames.front());
    m_frames.pop_front();
    return frame;
}

std::optional<FrameError> FrameDecoder::finish() const
{
    if (m_error) {
        return m_error;
    }
    if (m_headerFill == 0) {
        return std::nullopt;
    }
    if (m_headerFill < kFrameHeaderBytes) {
        return FrameError {FrameError::Kind::Truncated,
                           "truncated frame: connection closed after " + std::to_string(m_headerFill) + " of "
                               + std::to_string(kFrameHeaderBytes) + " length bytes"};
    }
    return FrameError {FrameError::Kind::Truncated,
                       "truncated frame: connection closed after " + std::to_string(m_body.size()) + " of "
                           + std::to_string(m_length) + " bytes"};
}

} // namespace ils::protocol
