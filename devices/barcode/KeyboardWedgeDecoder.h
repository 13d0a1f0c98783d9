#pragma once

#include "Scan.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ils::devices {

// A key as a keyboard-wedge scanner types it: a character, or one of the keys a scanner can
// be programmed to send after (or before) the code.
struct WedgeKey
{
    enum class Kind
    {
        Character,
        Enter,
        Tab,
    };
    Kind kind = Kind::Character;
    char32_t character = 0; // for Kind::Character

    static WedgeKey of(char32_t c) { return {Kind::Character, c}; }
    static WedgeKey enter() { return {Kind::Enter, 0}; }
    static WedgeKey tab() { return {Kind::Tab, 0}; }
    bool operator==(const WedgeKey&) const = default;
};

struct WedgeConfig
{
    // A scanner types a key every 2-10 ms; a person, even a fast one, every 80 ms or more.
    std::int64_t maxGapMs = 30;
    WedgeKey::Kind suffix = WedgeKey::Kind::Enter; // what the scanner sends after the code
    std::string prefix; // ASCII the scanner sends before the code, if it is programmed to
    std::size_t minLength = 4; // a shorter fast burst is a person's key roll, not a code
    std::size_t maxLength = 128; // no library code is longer: a longer scan is reported as too long
};

// What the decoder hands back: a key to deliver as typed, in the order it was fed, or a scan.
struct WedgeEvent
{
    enum class Kind
    {
        Typing,
        Scan,
    };
    Kind kind = Kind::Typing;
    WedgeKey key; // Typing: the key, to be delivered now
    devices::Scan scan; // Scan: what was read
    std::size_t keys = 0; // Scan: how many fed keys it used up (prefix, code and suffix)
    bool tooLong = false; // Scan: longer than maxLength; `scan.text` is still all of it
};

// Tells a keyboard-wedge scan from typing by timing and suffix. Pure logic over (key, time)
// pairs so that it is tested without a keyboard, a clock or Qt.
//
// A key that may start a scan is held back. While keys keep arriving within maxGapMs of each
// other they are held; the suffix then ends a scan and the held keys become it. A gap longer
// than maxGapMs, a key that cannot be part of a code, or a burst too short to be a code
// releases the held keys as typing. A burst longer than maxLength that ends with the suffix is
// one scan, marked tooLong, never pieces of one. Every fed key comes back exactly once, in order: as a
// Typing event or inside one Scan (`keys` counts them), so a caller can keep the original key
// events in a queue beside the decoder and replay or drop them.
class KeyboardWedgeDecoder
{
public:
    explicit KeyboardWedgeDecoder(WedgeConfig config = {})
        : m_config(std::move(config))
    {
    }

    const WedgeConfig& config() const { return m_config; }
    std::vector<WedgeEvent> feed(WedgeKey key, std::int64_t ms);
    // Time passed without a key: a burst that went quiet is typing after all.
    std::vector<WedgeEvent> advance(std::int64_t ms);
    // Gives back every held key as typing (a key the decoder does not see is about to be
    // delivered, and must not overtake them).
    std::vector<WedgeEvent> flush();
    // When advance() must be called if no key comes; nothing when no key is held.
    std::optional<std::int64_t> deadline() const;
    std::size_t held() const { return m_held.size(); }

private:
    bool mayStart(const WedgeKey& key) const;
    bool fitsPrefix(const WedgeKey& key) const;
    void release(std::vector<WedgeEvent>& out);
    void accept(WedgeKey key, std::int64_t ms, std::vector<WedgeEvent>& out);
    void finish(WedgeKey suffix, std::vector<WedgeEvent>& out);

    WedgeConfig m_config;
    std::vector<WedgeKey> m_held;
    std::int64_t m_lastMs = 0;
};

// The time the decoder is fed for a key event: when the window system saw the key, on the
// caller's monotonic clock. A desk that stalls in the middle of a scan gets the rest of its keys
// late and all at once; their own timestamps still say they came a few ms apart, so the scan is
// not split. The window system's clock has its own epoch (X11: ms since the server started,
// wrapping after 49 days), so it is mapped by the smallest delay seen between it and arrival
// (the least-delayed key is the best estimate of the offset). A timestamp of 0 (synthetic
// events, some remote desktops) means "none": arrival is used.
class WedgeClock
{
public:
    // Delays longer than this are not stalls but a clock that jumped: the offset starts again.
    static constexpr std::int64_t maxStallMs = 10'000;

    std::int64_t keyTime(std::uint64_t eventTimestamp, std::int64_t arrivalMs);

private:
    std::optional<std::int64_t> m_offset;
};

} // namespace ils::devices
