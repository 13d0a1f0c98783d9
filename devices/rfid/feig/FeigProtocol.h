#pragma once

#include "rfid/RfidReader.h"

#include <cstddef>
#include <cstdint>
#include <vector>

// The host protocol of FEIG OBID / ID ISC HF readers (ID ISC.MR102 and family), from FEIG's public
// reader manual "ID ISC.MR102 Standard Reader" (H01113-4e-ID-B): chapter "Protocol frames" and the
// ISO 15693 host commands [0xB0]. Pure framing and parsing, no I/O: FeigUsbReader carries the
// frames; tests and the fuzzer feed these functions bytes.
namespace ils::devices::feig {

inline constexpr std::uint8_t kBroadcastAddress = 0xFF; // "can be addressed via COM-ADR 255 at any time"
inline constexpr std::uint8_t kIsoHostCommand = 0xB0;
// [0xB1] carries a tag maker's custom commands (MR/PR101 System-Manual H60301-3e-ID-B, chapter 8).
inline constexpr std::uint8_t kIsoCustomCommand = 0xB1;
inline constexpr std::uint8_t kManufacturerNxp = 0x04; // "Philips" in the manual: ICODE SLI tags

enum Status : std::uint8_t
{
    StatusOk = 0x00,
    StatusNoTransponder = 0x01,
    StatusDataFalse = 0x02,
    StatusWriteError = 0x03,
    StatusAddressError = 0x04,
    StatusWrongTransponderType = 0x05,
    StatusUnknownCommand = 0x80,
    StatusLengthError = 0x81,
    StatusCommandNotAvailable = 0x82,
    StatusRfCommunicationError = 0x83,
    StatusMoreData = 0x94,
    StatusIsoError = 0x95,
};

// CCITT CRC-16 as FEIG specifies it: polynomial x^16+x^12+x^5+1 processed backward (0x8408),
// start value 0xFFFF; sent LSB first after the protocol bytes.
std::uint16_t crc16(const std::uint8_t* bytes, std::size_t size);

// A request frame: the standard frame (LENGTH, COM-ADR, CONTROL-BYTE, DATA, CRC16) up to 255
// bytes, the advanced frame (STX 0x02, ALENGTH MSB/LSB, …) beyond.
Bytes encodeRequest(std::uint8_t comAdr, std::uint8_t command, const Bytes& data);

// How long the frame that starts with `prefix` is, once enough of it arrived to tell (1 byte for a
// standard frame, 3 for an advanced one); 0 while more bytes are needed.
std::size_t frameLength(const std::uint8_t* prefix, std::size_t size);

struct Response
{
    std::uint8_t comAdr = 0;
    std::uint8_t command = 0;
    std::uint8_t status = 0;
    Bytes data; // RESPONSE-DATA
};

// Checks length and CRC and splits a whole response frame.
DeviceResult<Response> decodeResponse(const std::uint8_t* frame, std::size_t size);

// ISO 15693 host commands (REQUEST-DATA of [0xB0]), addressed mode: `uid` in RfidTag order
// (least significant byte first); the reader wants it MSB first, which these functions handle.
Bytes inventoryRequest(bool moreData);
Bytes systemInfoRequest(const Bytes& uid);
Bytes readBlocksRequest(const Bytes& uid, int firstBlock, int count);
Bytes writeBlocksRequest(const Bytes& uid, int firstBlock, int blockSize, const Bytes& data);
Bytes writeAfiRequest(const Bytes& uid, std::uint8_t afi);
Bytes lockBlocksRequest(const Bytes& uid, int firstBlock, int count);
// REQUEST-DATA of [0xB1] for NXP ICODE SLI Set EAS (0xA2) / Reset EAS (0xA3), addressed.
Bytes easRequest(const Bytes& uid, bool enabled);

// The reader's STATUS as an error naming `what` was asked; Done for 0x00.
DeviceResult<Done> checkStatus(const Response& response, const std::string& what);

struct InventoryPage
{
    std::vector<RfidTag> tags;
    bool more = false; // STATUS 0x94: ask again with the MORE bit for the rest
};
DeviceResult<InventoryPage> parseInventory(const Response& response);
DeviceResult<RfidTagInfo> parseSystemInfo(const Response& response);
// The blocks' data in tag memory order; `count` is what was asked for.
DeviceResult<Bytes> parseReadBlocks(const Response& response, int count);

} // namespace ils::devices::feig
