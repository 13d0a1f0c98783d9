#include "rfid/feig/FeigUsbReader.h"

#include "rfid/feig/FeigProtocol.h"
#include "usb/UsbDevice.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>

namespace ils::devices {

namespace {

DeviceError badArgument(const std::string& what)
{
    // A caller's mistake, caught before anything is sent; Protocol is the nearest kind.
    return {DeviceErrorKind::Protocol, "FEIG reader: " + what};
}

bool validUid(const Bytes& uid)
{
    return uid.size() == 8;
}

} // namespace

struct FeigUsbReader::Impl
{
    UsbContext& context;
    Options options;
    mutable std::mutex mutex;
    std::unique_ptr<UsbDevice> device;
    std::map<Bytes, int> blockSizes; // per UID, from Get System Information, for writes
    // Set by deviceLeft() from a hot-plug callback, which must not wait for `mutex` (a transfer
    // may hold it while it needs the very event thread the callback runs on).
    std::atomic<bool> left {false};
    bool drain = false;

    Impl(UsbContext& c, Options o)
        : context(c)
        , options(std::move(o))
    {
    }

    DeviceResult<Done> ensureOpen()
    {
        if (left.exchange(false))
            device.reset();
        if (device)
            return Done {};
        auto opened = UsbDevice::open(context, options.match);
        if (!opened) {
            DeviceError error = opened.error();
            error.message = "FEIG reader: " + error.message;
            return error;
        }
        device = std::move(opened.value());
        return Done {};
    }

    // One ISO host command: send the frame, collect the answer frame (it may span several
    // transfers), check it. Any transport failure drops the handle so the next call reopens.
    DeviceResult<feig::Response> exchange(const Bytes& requestData, std::uint8_t command = feig::kIsoHostCommand)
    {
        auto open = ensureOpen();
        if (!open)
            return open.error();
        if (drain)
            drainLateAnswer();
        const Bytes frame = feig::encodeRequest(options.comAdr, command, requestData);
        auto sent = device->write(frame.data(), static_cast<int>(frame.size()), options.timeoutMs);
        if (!sent)
            return fail(sent.error());
        Bytes answer;
        std::vector<std::uint8_t> chunk(static_cast<std::size_t>(std::max(device->maxInPacket(), 64)));
        for (;;) {
            auto got = device->read(chunk.data(), static_cast<int>(chunk.size()), options.timeoutMs);
            if (!got)
                return fail(got.error());
            answer.insert(answer.end(), chunk.begin(), chunk.begin() + got.value());
            const std::size_t length = feig::frameLength(answer.data(), answer.size());
            if (length != 0 && answer.size() >= length) {
                if (answer.size() > length)
                    answer.resize(length); // trailing bytes of a padded packet
                break;
            }
            if (answer.size() > 65535)
                return fail({DeviceErrorKind::Protocol, "FEIG reader: answer longer than any frame"});
        }
        auto response = feig::decodeResponse(answer.data(), answer.size());
        if (!response)
            return response.error();
        if (response.value().command != command)
            return DeviceError {DeviceErrorKind::Protocol, "FEIG reader answered another command"};
        return response;
    }

    // An answer that comes after its command timed out must not be taken for the next one's.
    void drainLateAnswer()
    {
        drain = false;
        std::vector<std::uint8_t> chunk(static_cast<std::size_t>(std::max(device->maxInPacket(), 64)));
        for (int i = 0; i < 16; ++i)
            if (!device->read(chunk.data(), static_cast<int>(chunk.size()), 20))
                break;
    }

    DeviceError fail(DeviceError error)
    {
        if (error.kind == DeviceErrorKind::NotConnected || error.kind == DeviceErrorKind::Io)
            device.reset();
        if (error.kind == DeviceErrorKind::Timeout)
            drain = true;
        if (error.message.rfind("FEIG", 0) != 0)
            error.message = "FEIG reader " + error.message;
        return error;
    }

    DeviceResult<Done> simple(const Bytes& request, const std::string& what)
    {
        auto response = exchange(request);
        if (!response)
            return response.error();
        return feig::checkStatus(response.value(), what);
    }

    DeviceResult<RfidTagInfo> systemInfo(const Bytes& uid)
    {
        auto response = exchange(feig::systemInfoRequest(uid));
        if (!response)
            return response.error();
        auto info = feig::parseSystemInfo(response.value());
        if (info)
            blockSizes[uid] = info.value().blockSize;
        return info;
    }
};

FeigUsbReader::FeigUsbReader(UsbContext& context, Options options)
    : m_impl(std::make_unique<Impl>(context, std::move(options)))
{
}

FeigUsbReader::FeigUsbReader(UsbContext& context)
    : FeigUsbReader(context, Options())
{
}

FeigUsbReader::~FeigUsbReader() = default;

std::string FeigUsbReader::description() const
{
    std::lock_guard lock(m_impl->mutex);
    if (!m_impl->device || m_impl->left)
        return "FEIG ID ISC.MR102-USB (not connected)";
    return "FEIG ID ISC.MR102-USB (" + m_impl->device->info().describe() + ")";
}

bool FeigUsbReader::connected() const
{
    if (m_impl->left)
        return false;
    std::lock_guard lock(m_impl->mutex);
    return m_impl->device != nullptr;
}

void FeigUsbReader::deviceLeft()
{
    m_impl->left = true;
}

DeviceResult<std::vector<RfidTag>> FeigUsbReader::inventory()
{
    std::lock_guard lock(m_impl->mutex);
    std::vector<RfidTag> tags;
    bool more = false;
    // A pile of books can hold more tags than one answer frame: 0x94 says ask again for the rest.
    for (int page = 0; page < 64; ++page) {
        auto response = m_impl->exchange(feig::inventoryRequest(more));
        if (!response)
            return response.error();
        auto parsed = feig::parseInventory(response.value());
        if (!parsed)
            return parsed.error();
        for (auto& tag : parsed.value().tags)
            tags.push_back(std::move(tag));
        more = parsed.value().more;
        if (!more)
            return tags;
    }
    return DeviceError {DeviceErrorKind::Protocol, "FEIG reader: inventory never ended (64 pages of more data)"};
}

DeviceResult<RfidTagInfo> FeigUsbReader::systemInfo(const Bytes& uid)
{
    if (!validUid(uid))
        return badArgument("a UID has 8 bytes, got " + std::to_string(uid.size()));
    std::lock_guard lock(m_impl->mutex);
    return m_impl->systemInfo(uid);
}

DeviceResult<Bytes> FeigUsbReader::readBlocks(const Bytes& uid, int firstBlock, int count)
{
    if (!validUid(uid))
        return badArgument("a UID has 8 bytes, got " + std::to_string(uid.size()));
    if (firstBlock < 0 || firstBlock > 255 || count < 1 || firstBlock + count > 256)
        return badArgument("blocks " + std::to_string(firstBlock) + "+" + std::to_string(count) + " out of range");
    std::lock_guard lock(m_impl->mutex);
    auto response = m_impl->exchange(feig::readBlocksRequest(uid, firstBlock, count));
    if (!response)
        return response.error();
    return feig::parseReadBlocks(response.value(), count);
}

DeviceResult<Done> FeigUsbReader::writeBlocks(const Bytes& uid, int firstBlock, const Bytes& data)
{
    if (!validUid(uid))
        return badArgument("a UID has 8 bytes, got " + std::to_string(uid.size()));
    std::lock_guard lock(m_impl->mutex);
    auto known = m_impl->blockSizes.find(uid);
    int blockSize = 0;
    if (known != m_impl->blockSizes.end()) {
        blockSize = known->second;
    } else {
        auto info = m_impl->systemInfo(uid);
        if (!info)
            return info.error();
        blockSize = info.value().blockSize;
    }
    if (data.empty() || data.size() % static_cast<std::size_t>(blockSize) != 0)
        return badArgument("data of " + std::to_string(data.size()) + " bytes is not a whole number of "
                           + std::to_string(blockSize) + "-byte blocks");
    const int count = static_cast<int>(data.size()) / blockSize;
    if (firstBlock < 0 || firstBlock + count > 256)
        return badArgument("blocks " + std::to_string(firstBlock) + "+" + std::to_string(count) + " out of range");
    return m_impl->simple(feig::writeBlocksRequest(uid, firstBlock, blockSize, data), "write blocks");
}

DeviceResult<Done> FeigUsbReader::writeAfi(const Bytes& uid, std::uint8_t afi)
{
    if (!validUid(uid))
        return badArgument("a UID has 8 bytes, got " + std::to_string(uid.size()));
    std::lock_guard lock(m_impl->mutex);
    return m_impl->simple(feig::writeAfiRequest(uid, afi), "write AFI");
}

DeviceResult<Done> FeigUsbReader::setEas(const Bytes& uid, bool enabled)
{
    if (!validUid(uid))
        return badArgument("a UID has 8 bytes, got " + std::to_string(uid.size()));
    std::lock_guard lock(m_impl->mutex);
    auto response = m_impl->exchange(feig::easRequest(uid, enabled), feig::kIsoCustomCommand);
    if (!response)
        return response.error();
    const auto& r = response.value();
    // EAS is an NXP ICODE custom command: another maker's tag answers "not supported/recognised".
    if (r.status == feig::StatusIsoError && !r.data.empty() && (r.data[0] == 0x01 || r.data[0] == 0x02))
        return DeviceError {DeviceErrorKind::Unsupported, "FEIG reader: this tag has no EAS (not an NXP ICODE tag)"};
    return feig::checkStatus(r, enabled ? "set EAS" : "reset EAS");
}

DeviceResult<Done> FeigUsbReader::lockBlocks(const Bytes& uid, int firstBlock, int count)
{
    if (!validUid(uid))
        return badArgument("a UID has 8 bytes, got " + std::to_string(uid.size()));
    if (firstBlock < 0 || count < 1 || firstBlock + count > 256)
        return badArgument("blocks " + std::to_string(firstBlock) + "+" + std::to_string(count) + " out of range");
    std::lock_guard lock(m_impl->mutex);
    return m_impl->simple(feig::lockBlocksRequest(uid, firstBlock, count), "lock blocks");
}

} // namespace ils::devices
