#include "SimulatedRfidPad.h"

#include <algorithm>

namespace ils::devices {

namespace {

DeviceError error(DeviceErrorKind kind, std::string message)
{
    return {kind, std::move(message)};
}

} // namespace

SimulatedRfidPad::SimulatedRfidPad(std::string description)
    : m_description(std::move(description))
{
}

void SimulatedRfidPad::place(SimulatedTag tag)
{
    std::lock_guard lock(m_mutex);
    tag.locked.resize(static_cast<std::size_t>(tag.blockCount()), false);
    auto same = std::find_if(m_tags.begin(), m_tags.end(), [&](const SimulatedTag& t) { return t.uid == tag.uid; });
    if (same != m_tags.end())
        *same = std::move(tag);
    else
        m_tags.push_back(std::move(tag));
}

bool SimulatedRfidPad::remove(const Bytes& uid)
{
    std::lock_guard lock(m_mutex);
    m_movesOffAfter.erase(uid);
    return std::erase_if(m_tags, [&](const SimulatedTag& t) { return t.uid == uid; }) > 0;
}

void SimulatedRfidPad::clear()
{
    std::lock_guard lock(m_mutex);
    m_tags.clear();
    m_movesOffAfter.clear();
}

std::vector<Bytes> SimulatedRfidPad::uids() const
{
    std::lock_guard lock(m_mutex);
    std::vector<Bytes> out;
    for (const auto& tag : m_tags)
        out.push_back(tag.uid);
    return out;
}

std::optional<SimulatedTag> SimulatedRfidPad::tag(const Bytes& uid) const
{
    std::lock_guard lock(m_mutex);
    for (const auto& tag : m_tags)
        if (tag.uid == uid)
            return tag;
    return std::nullopt;
}

void SimulatedRfidPad::setConnected(bool connected)
{
    std::lock_guard lock(m_mutex);
    m_connected = connected;
}

bool SimulatedRfidPad::connected() const
{
    std::lock_guard lock(m_mutex);
    return m_connected;
}

void SimulatedRfidPad::failNextWrites(int count, DeviceErrorKind kind, std::optional<Bytes> uid)
{
    std::lock_guard lock(m_mutex);
    m_failWrites = {count, kind, std::move(uid)};
}

void SimulatedRfidPad::moveOffAfter(const Bytes& uid, int operations)
{
    std::lock_guard lock(m_mutex);
    m_movesOffAfter[uid] = operations;
}

int SimulatedRfidPad::commandCount() const
{
    std::lock_guard lock(m_mutex);
    return m_commands;
}

std::string SimulatedRfidPad::description() const
{
    return m_description;
}

SimulatedTag* SimulatedRfidPad::address(const Bytes& uid, const char* command, DeviceError& out)
{
    ++m_commands;
    if (!m_connected) {
        out = error(DeviceErrorKind::NotConnected, m_description + ": not connected (" + command + ")");
        return nullptr;
    }
    if (auto moving = m_movesOffAfter.find(uid); moving != m_movesOffAfter.end()) {
        if (moving->second-- <= 0) {
            m_movesOffAfter.erase(moving);
            std::erase_if(m_tags, [&](const SimulatedTag& t) { return t.uid == uid; });
        }
    }
    auto it = std::find_if(m_tags.begin(), m_tags.end(), [&](const SimulatedTag& t) { return t.uid == uid; });
    if (it == m_tags.end()) {
        out = error(DeviceErrorKind::NoTag,
                    m_description + ": tag " + uidText(uid) + " did not answer (" + command + ")");
        return nullptr;
    }
    return &*it;
}

std::optional<DeviceError> SimulatedRfidPad::injectedWriteFailure(const Bytes& uid, const char* command)
{
    if (m_failWrites.count <= 0 || (m_failWrites.uid && *m_failWrites.uid != uid))
        return std::nullopt;
    --m_failWrites.count;
    return error(m_failWrites.kind,
                 m_description + ": " + command + " to tag " + uidText(uid) + " failed (injected failure)");
}

std::optional<DeviceError>
SimulatedRfidPad::checkBlocks(const SimulatedTag& tag, int firstBlock, int count, const char* command) const
{
    if (firstBlock < 0 || count <= 0 || firstBlock + count > tag.blockCount())
        return error(DeviceErrorKind::TagError,
                     m_description + ": " + command + " blocks " + std::to_string(firstBlock) + "+"
                         + std::to_string(count) + " outside the tag's " + std::to_string(tag.blockCount())
                         + " blocks (ISO 15693 error 0x10)");
    return std::nullopt;
}

DeviceResult<std::vector<RfidTag>> SimulatedRfidPad::inventory()
{
    std::lock_guard lock(m_mutex);
    ++m_commands;
    if (!m_connected)
        return error(DeviceErrorKind::NotConnected, m_description + ": not connected (inventory)");
    std::vector<RfidTag> found;
    for (const auto& tag : m_tags)
        found.push_back({tag.uid, tag.dsfid});
    return found;
}

DeviceResult<RfidTagInfo> SimulatedRfidPad::systemInfo(const Bytes& uid)
{
    std::lock_guard lock(m_mutex);
    DeviceError failure;
    SimulatedTag* tag = address(uid, "get system information", failure);
    if (!tag)
        return failure;
    return RfidTagInfo {tag->uid, tag->dsfid, tag->afi, tag->blockSize, tag->blockCount()};
}

DeviceResult<Bytes> SimulatedRfidPad::readBlocks(const Bytes& uid, int firstBlock, int count)
{
    std::lock_guard lock(m_mutex);
    DeviceError failure;
    SimulatedTag* tag = address(uid, "read blocks", failure);
    if (!tag)
        return failure;
    if (auto bad = checkBlocks(*tag, firstBlock, count, "read"))
        return *bad;
    const auto begin = tag->memory.begin() + firstBlock * tag->blockSize;
    return Bytes(begin, begin + count * tag->blockSize);
}

DeviceResult<Done> SimulatedRfidPad::writeBlocks(const Bytes& uid, int firstBlock, const Bytes& data)
{
    std::lock_guard lock(m_mutex);
    DeviceError failure;
    SimulatedTag* tag = address(uid, "write blocks", failure);
    if (!tag)
        return failure;
    if (data.empty() || data.size() % static_cast<std::size_t>(tag->blockSize) != 0)
        return error(DeviceErrorKind::Unsupported,
                     m_description + ": write of " + std::to_string(data.size()) + " bytes is not a whole number of "
                         + std::to_string(tag->blockSize) + "-byte blocks");
    const int count = static_cast<int>(data.size()) / tag->blockSize;
    if (auto bad = checkBlocks(*tag, firstBlock, count, "write"))
        return *bad;
    for (int b = firstBlock; b < firstBlock + count; ++b)
        if (tag->locked[static_cast<std::size_t>(b)])
            return error(DeviceErrorKind::TagError,
                         m_description + ": block " + std::to_string(b) + " of tag " + uidText(uid)
                             + " is locked (ISO 15693 error 0x12)");
    if (auto injected = injectedWriteFailure(uid, "write blocks"))
        return *injected;
    std::copy(data.begin(), data.end(), tag->memory.begin() + firstBlock * tag->blockSize);
    return Done {};
}

DeviceResult<Done> SimulatedRfidPad::writeAfi(const Bytes& uid, std::uint8_t afi)
{
    std::lock_guard lock(m_mutex);
    DeviceError failure;
    SimulatedTag* tag = address(uid, "write AFI", failure);
    if (!tag)
        return failure;
    if (tag->afiLocked)
        return error(DeviceErrorKind::TagError,
                     m_description + ": the AFI of tag " + uidText(uid) + " is locked (ISO 15693 error 0x12)");
    if (auto injected = injectedWriteFailure(uid, "write AFI"))
        return *injected;
    tag->afi = afi;
    return Done {};
}

DeviceResult<Done> SimulatedRfidPad::setEas(const Bytes& uid, bool enabled)
{
    std::lock_guard lock(m_mutex);
    DeviceError failure;
    SimulatedTag* tag = address(uid, enabled ? "set EAS" : "reset EAS", failure);
    if (!tag)
        return failure;
    if (!tag->easSupported)
        return error(DeviceErrorKind::Unsupported, m_description + ": tag " + uidText(uid) + " has no EAS bit");
    if (auto injected = injectedWriteFailure(uid, enabled ? "set EAS" : "reset EAS"))
        return *injected;
    tag->eas = enabled;
    return Done {};
}

DeviceResult<Done> SimulatedRfidPad::lockBlocks(const Bytes& uid, int firstBlock, int count)
{
    std::lock_guard lock(m_mutex);
    DeviceError failure;
    SimulatedTag* tag = address(uid, "lock blocks", failure);
    if (!tag)
        return failure;
    if (auto bad = checkBlocks(*tag, firstBlock, count, "lock"))
        return *bad;
    if (auto injected = injectedWriteFailure(uid, "lock blocks"))
        return *injected;
    for (int b = firstBlock; b < firstBlock + count; ++b)
        tag->locked[static_cast<std::size_t>(b)] = true;
    return Done {};
}

} // namespace ils::devices
