#include "rfid/feig/FeigProtocol.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace ils::devices::feig {

namespace {

constexpr std::uint8_t kStx = 0x02;
constexpr std::uint8_t kModeAddressed = 0x01;
constexpr std::uint8_t kModeMore = 0x80;
constexpr std::uint8_t kTrTypeIso15693 = 0x03;
constexpr std::size_t kUidSize = 8;
constexpr std::size_t kInventoryRecord = 10; // TR-TYPE, DSFID, UID

std::string hex(std::uint8_t value)
{
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", value);
    return text;
}

DeviceError protocolError(const std::string& what)
{
    return {DeviceErrorKind::Protocol, "FEIG reader: " + what};
}

// The reader sends and takes the UID most significant byte first; RfidTag keeps the tag's order.
void appendUidMsbFirst(Bytes& out, const Bytes& uid)
{
    for (auto it = uid.rbegin(); it != uid.rend(); ++it)
        out.push_back(*it);
}

Bytes addressed(std::uint8_t command, const Bytes& uid)
{
    Bytes data {command, kModeAddressed};
    appendUidMsbFirst(data, uid);
    return data;
}

// Block data travels MSB first too, i.e. each block's bytes reversed against tag memory.
void reverseEachBlock(Bytes& data, std::size_t blockSize)
{
    for (std::size_t at = 0; at + blockSize <= data.size(); at += blockSize)
        std::reverse(data.begin() + static_cast<std::ptrdiff_t>(at),
                     data.begin() + static_cast<std::ptrdiff_t>(at + blockSize));
}

std::string isoErrorText(std::uint8_t code)
{
    switch (code) {
    case 0x01:
        return "command not supported";
    case 0x02:
        return "command not recognised";
    case 0x03:
        return "option not supported";
    case 0x10:
        return "block not available";
    case 0x11:
        return "block already locked";
    case 0x12:
        return "block is locked and cannot be changed";
    case 0x13:
        return "block was not programmed";
    case 0x14:
        return "block was not locked";
    default:
        return "error " + hex(code);
    }
}

} // namespace

std::uint16_t crc16(const std::uint8_t* bytes, std::size_t size)
{
    std::uint16_t crc = 0xFFFF;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= bytes[i];
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? static_cast<std::uint16_t>((crc >> 1) ^ 0x8408) : static_cast<std::uint16_t>(crc >> 1);
    }
    return crc;
}

Bytes encodeRequest(std::uint8_t comAdr, std::uint8_t command, const Bytes& data)
{
    Bytes frame;
    const std::size_t standardLength = 5 + data.size();
    if (standardLength <= 255) {
        frame.push_back(static_cast<std::uint8_t>(standardLength));
    } else {
        const std::size_t length = 7 + data.size();
        frame = {kStx, static_cast<std::uint8_t>(length >> 8), static_cast<std::uint8_t>(length & 0xFF)};
    }
    frame.push_back(comAdr);
    frame.push_back(command);
    frame.insert(frame.end(), data.begin(), data.end());
    const std::uint16_t crc = crc16(frame.data(), frame.size());
    frame.push_back(static_cast<std::uint8_t>(crc & 0xFF));
    frame.push_back(static_cast<std::uint8_t>(crc >> 8));
    return frame;
}

std::size_t frameLength(const std::uint8_t* prefix, std::size_t size)
{
    if (size == 0)
        return 0;
    if (prefix[0] != kStx)
        return prefix[0];
    if (size < 3)
        return 0;
    return (std::size_t(prefix[1]) << 8) | prefix[2];
}

DeviceResult<Response> decodeResponse(const std::uint8_t* frame, std::size_t size)
{
    if (size == 0)
        return protocolError("empty response");
    const bool advanced = frame[0] == kStx;
    const std::size_t header = advanced ? 3 : 1;
    const std::size_t minimum = header + 5; // COM-ADR, CONTROL-BYTE, STATUS, CRC16
    if (size < minimum)
        return protocolError("response of " + std::to_string(size) + " bytes is shorter than a frame ("
                             + std::to_string(minimum) + ")");
    const std::size_t declared = frameLength(frame, size);
    if (declared != size)
        return protocolError("response length field says " + std::to_string(declared) + " bytes, received "
                             + std::to_string(size));
    const std::uint16_t crc = crc16(frame, size - 2);
    const std::uint16_t sent = static_cast<std::uint16_t>(frame[size - 2] | (frame[size - 1] << 8));
    if (crc != sent)
        return protocolError("response CRC16 mismatch (computed " + std::to_string(crc) + ", frame says "
                             + std::to_string(sent) + ")");
    Response response;
    response.comAdr = frame[header];
    response.command = frame[header + 1];
    response.status = frame[header + 2];
    response.data.assign(frame + header + 3, frame + size - 2);
    return response;
}

Bytes inventoryRequest(bool moreData)
{
    return Bytes {0x01, static_cast<std::uint8_t>(moreData ? kModeMore : 0x00)};
}

Bytes systemInfoRequest(const Bytes& uid)
{
    return addressed(0x2B, uid);
}

Bytes readBlocksRequest(const Bytes& uid, int firstBlock, int count)
{
    Bytes data = addressed(0x23, uid);
    data.push_back(static_cast<std::uint8_t>(firstBlock));
    data.push_back(static_cast<std::uint8_t>(count));
    return data;
}

Bytes writeBlocksRequest(const Bytes& uid, int firstBlock, int blockSize, const Bytes& blocks)
{
    Bytes data = addressed(0x24, uid);
    data.push_back(static_cast<std::uint8_t>(firstBlock));
    data.push_back(static_cast<std::uint8_t>(blocks.size() / static_cast<std::size_t>(blockSize)));
    data.push_back(static_cast<std::uint8_t>(blockSize));
    Bytes reversed = blocks;
    reverseEachBlock(reversed, static_cast<std::size_t>(blockSize));
    data.insert(data.end(), reversed.begin(), reversed.end());
    return data;
}

Bytes writeAfiRequest(const Bytes& uid, std::uint8_t afi)
{
    Bytes data = addressed(0x27, uid);
    data.push_back(afi);
    return data;
}

Bytes lockBlocksRequest(const Bytes& uid, int firstBlock, int count)
{
    Bytes data = addressed(0x22, uid);
    data.push_back(static_cast<std::uint8_t>(firstBlock));
    data.push_back(static_cast<std::uint8_t>(count));
    return data;
}

Bytes easRequest(const Bytes& uid, bool enabled)
{
    Bytes data;
    data.reserve(11);
    data.push_back(kManufacturerNxp);
    data.push_back(enabled ? 0xA2 : 0xA3);
    data.push_back(kModeAddressed);
    appendUidMsbFirst(data, uid);
    return data;
}

DeviceResult<Done> checkStatus(const Response& response, const std::string& what)
{
    const std::string prefix = "FEIG reader, " + what + ": ";
    switch (response.status) {
    case StatusOk:
        return Done {};
    case StatusNoTransponder:
        return DeviceError {DeviceErrorKind::NoTag, prefix + "no transponder answered"};
    case StatusRfCommunicationError:
        return DeviceError {DeviceErrorKind::NoTag, prefix + "RF communication error (tag moved or left the field)"};
    case StatusDataFalse:
        return DeviceError {DeviceErrorKind::TagError, prefix + "the tag's data was corrupted in transmission"};
    case StatusWriteError:
        return DeviceError {DeviceErrorKind::TagError, prefix + "the tag refused the write"};
    case StatusAddressError:
        return DeviceError {DeviceErrorKind::TagError, prefix + "block address outside the tag's memory"};
    case StatusWrongTransponderType:
        return DeviceError {DeviceErrorKind::Unsupported, prefix + "this tag type does not support the command"};
    case StatusUnknownCommand:
    case StatusCommandNotAvailable:
        return DeviceError {DeviceErrorKind::Unsupported, prefix + "the reader does not offer this command"};
    case StatusLengthError:
        return protocolError(what + ": the reader rejected the frame length");
    case StatusIsoError:
        if (response.data.empty())
            return protocolError(what + ": ISO 15693 error without its code");
        return DeviceError {DeviceErrorKind::TagError,
                            prefix + "ISO 15693 tag error " + hex(response.data[0]) + " ("
                                + isoErrorText(response.data[0]) + ")"};
    default:
        return protocolError(what + ": reader status " + hex(response.status));
    }
}

DeviceResult<InventoryPage> parseInventory(const Response& response)
{
    InventoryPage page;
    if (response.status == StatusNoTransponder)
        return page; // an empty field is an answer, not an error
    if (response.status != StatusOk && response.status != StatusMoreData) {
        auto status = checkStatus(response, "inventory");
        return status.error();
    }
    page.more = response.status == StatusMoreData;
    if (response.data.empty())
        return protocolError("inventory answer without DATA-SETS");
    const std::size_t sets = response.data[0];
    if (response.data.size() != 1 + sets * kInventoryRecord)
        return protocolError("inventory answer of " + std::to_string(response.data.size()) + " bytes for "
                             + std::to_string(sets) + " data sets (expected "
                             + std::to_string(1 + sets * kInventoryRecord) + ")");
    for (std::size_t i = 0; i < sets; ++i) {
        const std::uint8_t* record = response.data.data() + 1 + i * kInventoryRecord;
        if (record[0] != kTrTypeIso15693)
            continue; // another air interface's tag on the pad: not a library tag
        RfidTag tag;
        tag.dsfid = record[1];
        tag.uid.assign(std::make_reverse_iterator(record + 2 + kUidSize), std::make_reverse_iterator(record + 2));
        page.tags.push_back(std::move(tag));
    }
    return page;
}

DeviceResult<RfidTagInfo> parseSystemInfo(const Response& response)
{
    auto status = checkStatus(response, "get system information");
    if (!status)
        return status.error();
    // DSFID, UID (8), AFI, MEM-SIZE (2: block size - 1, number of blocks - 1), IC-REF
    if (response.data.size() != 13)
        return protocolError("system information of " + std::to_string(response.data.size()) + " bytes (expected 13)");
    const Bytes& d = response.data;
    RfidTagInfo info;
    info.dsfid = d[0];
    info.uid.assign(d.rbegin() + 4, d.rbegin() + 12);
    info.afi = d[9];
    info.blockSize = (d[10] & 0x1F) + 1;
    info.blockCount = d[11] + 1;
    return info;
}

DeviceResult<Bytes> parseReadBlocks(const Response& response, int count)
{
    auto status = checkStatus(response, "read blocks");
    if (!status)
        return status.error();
    if (response.data.size() < 2)
        return protocolError("read blocks answer without DB-N and DB-SIZE");
    const std::size_t blocks = response.data[0];
    const std::size_t blockSize = response.data[1];
    if (blocks != static_cast<std::size_t>(count))
        return protocolError("asked for " + std::to_string(count) + " blocks, the reader sent "
                             + std::to_string(blocks));
    if (blockSize == 0 || blockSize > 32)
        return protocolError("block size " + std::to_string(blockSize) + " is out of range");
    if (response.data.size() != 2 + blocks * (1 + blockSize))
        return protocolError("read blocks answer of " + std::to_string(response.data.size()) + " bytes, expected "
                             + std::to_string(2 + blocks * (1 + blockSize)));
    Bytes data;
    data.reserve(blocks * blockSize);
    for (std::size_t i = 0; i < blocks; ++i) {
        const auto* block = response.data.data() + 2 + i * (1 + blockSize) + 1; // skip SEC-STATUS
        data.insert(data.end(), std::make_reverse_iterator(block + blockSize), std::make_reverse_iterator(block));
    }
    return data;
}

} // namespace ils::devices::feig
