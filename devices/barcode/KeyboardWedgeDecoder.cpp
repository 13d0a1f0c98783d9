#include "KeyboardWedgeDecoder.h"

namespace ils::devices {

namespace {

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

WedgeEvent typing(WedgeKey key)
{
    WedgeEvent event;
    event.kind = WedgeEvent::Kind::Typing;
    event.key = key;
    return event;
}

} // namespace

std::vector<WedgeEvent> KeyboardWedgeDecoder::feed(WedgeKey key, std::int64_t ms)
{
    std::vector<WedgeEvent> out = advance(ms);
    accept(key, ms, out);
    return out;
}

std::vector<WedgeEvent> KeyboardWedgeDecoder::advance(std::int64_t ms)
{
    std::vector<WedgeEvent> out;
    if (!m_held.empty() && ms - m_lastMs > m_config.maxGapMs)
        release(out);
    return out;
}

std::vector<WedgeEvent> KeyboardWedgeDecoder::flush()
{
    std::vector<WedgeEvent> out;
    release(out);
    return out;
}

std::optional<std::int64_t> KeyboardWedgeDecoder::deadline() const
{
    if (m_held.empty())
        return std::nullopt;
    return m_lastMs + m_config.maxGapMs + 1;
}

bool KeyboardWedgeDecoder::mayStart(const WedgeKey& key) const
{
    return key.kind == WedgeKey::Kind::Character && fitsPrefix(key);
}

bool KeyboardWedgeDecoder::fitsPrefix(const WedgeKey& key) const
{
    if (m_held.size() >= m_config.prefix.size())
        return true;
    return key.character == static_cast<unsigned char>(m_config.prefix[m_held.size()]);
}

void KeyboardWedgeDecoder::release(std::vector<WedgeEvent>& out)
{
    for (const WedgeKey& key : m_held)
        out.push_back(typing(key));
    m_held.clear();
}

void KeyboardWedgeDecoder::accept(WedgeKey key, std::int64_t ms, std::vector<WedgeEvent>& out)
{
    if (m_held.empty()) {
        if (mayStart(key)) {
            m_held.push_back(key);
            m_lastMs = ms;
        } else {
            out.push_back(typing(key));
        }
        return;
    }
    if (key.kind == m_config.suffix) {
        finish(key, out);
        return;
    }
    // No length limit here: a scan longer than maxLength is held whole and reported as too long.
    if (key.kind == WedgeKey::Kind::Character && fitsPrefix(key)) {
        m_held.push_back(key);
        m_lastMs = ms;
        return;
    }
    // This key cannot continue the burst: what was held is typing, and the key may start a new one.
    release(out);
    accept(key, ms, out);
}

void KeyboardWedgeDecoder::finish(WedgeKey suffix, std::vector<WedgeEvent>& out)
{
    const std::size_t prefixLength = m_config.prefix.size();
    if (m_held.size() < prefixLength + m_config.minLength) {
        release(out);
        out.push_back(typing(suffix));
        return;
    }
    WedgeEvent event;
    event.kind = WedgeEvent::Kind::Scan;
    for (std::size_t i = prefixLength; i < m_held.size(); ++i)
        appendUtf8(event.scan.text, m_held[i].character);
    event.keys = m_held.size() + 1;
    event.tooLong = m_held.size() - prefixLength > m_config.maxLength;
    m_held.clear();
    out.push_back(std::move(event));
}

std::int64_t WedgeClock::keyTime(std::uint64_t eventTimestamp, std::int64_t arrivalMs)
{
    if (eventTimestamp == 0 || eventTimestamp > static_cast<std::uint64_t>(INT64_MAX))
        return arrivalMs;
    const std::int64_t timestamp = static_cast<std::int64_t>(eventTimestamp);
    const std::int64_t offset = arrivalMs - timestamp;
    if (!m_offset || offset < *m_offset || offset - *m_offset > maxStallMs)
        m_offset = offset;
    return timestamp + *m_offset;
}

} // namespace ils::devices
