#pragma once

#include "SimulatedTag.h"
#include "rfid/RfidReader.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace ils::devices {

// An RFID pad in memory: tags are placed on it and taken off under program control, and it
// answers the RfidReader calls as a reader with those tags in its field would. For the tests of
// everything above a driver (the desk, the kiosk) and for the demo. Thread-safe: a test places
// tags from its own thread while the desk talks to the pad from its device thread.
//
// Failures can be injected so that the paths a real pad takes rarely are tested: writes that
// fail, a tag that moves off the pad in the middle of an operation, the pad unplugged.
class SimulatedRfidPad : public RfidReader
{
public:
    explicit SimulatedRfidPad(std::string description = "Simulated RFID pad");

    // The pad.
    void place(SimulatedTag tag); // replaces a tag with the same UID
    bool remove(const Bytes& uid); // false: it was not on the pad
    void clear();
    std::vector<Bytes> uids() const; // in the order they were placed
    std::optional<SimulatedTag> tag(const Bytes& uid) const; // its current state, if on the pad
    void setConnected(bool connected); // false: every call fails as if the USB cable were pulled
    bool connected() const;

    // Failure injection.
    // The next `count` writes (blocks, AFI, EAS, lock) fail with `kind`; only those to `uid` when given.
    void failNextWrites(int count = 1,
                        DeviceErrorKind kind = DeviceErrorKind::TagError,
                        std::optional<Bytes> uid = std::nullopt);
    // The tag answers `operations` more commands addressed to it, then leaves the field: the next
    // one fails with NoTag and the tag is off the pad (and out of every later inventory).
    void moveOffAfter(const Bytes& uid, int operations);

    // How many commands the pad has answered (or refused), for tests that count them.
    int commandCount() const;

    // RfidReader
    std::string description() const override;
    DeviceResult<std::vector<RfidTag>> inventory() override;
    DeviceResult<RfidTagInfo> systemInfo(const Bytes& uid) override;
    DeviceResult<Bytes> readBlocks(const Bytes& uid, int firstBlock, int count) override;
    DeviceResult<Done> writeBlocks(const Bytes& uid, int firstBlock, const Bytes& data) override;
    DeviceResult<Done> writeAfi(const Bytes& uid, std::uint8_t afi) override;
    DeviceResult<Done> setEas(const Bytes& uid, bool enabled) override;
    DeviceResult<Done> lockBlocks(const Bytes& uid, int firstBlock, int count) override;

private:
    struct FailWrites
    {
        int count = 0;
        DeviceErrorKind kind = DeviceErrorKind::TagError;
        std::optional<Bytes> uid;
    };

    // Under the lock: the tag a command addresses, after the pad's and the tag's failure rules;
    // nullptr with `error` set when it does not answer.
    SimulatedTag* address(const Bytes& uid, const char* command, DeviceError& error);
    std::optional<DeviceError> injectedWriteFailure(const Bytes& uid, const char* command);
    std::optional<DeviceError>
    checkBlocks(const SimulatedTag& tag, int firstBlock, int count, const char* command) const;

    const std::string m_description;
    mutable std::mutex m_mutex;
    std::vector<SimulatedTag> m_tags;
    std::map<Bytes, int> m_movesOffAfter;
    FailWrites m_failWrites;
    bool m_connected = true;
    int m_commands = 0;
};

} // namespace ils::devices
