#pragma once

#include "DeviceResult.h"
#include "barcode/Scan.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace ils::devices {

// One Scanned Data Report of a USB HID Point-of-Sale bar code scanner (usage page 0x8C, "HID Point
// of Sale Usage Tables" 1.02, Scanned Data Report usage 0x12). The layout scanners send:
//   byte 0        report ID 0x02
//   byte 1        number of decoded data bytes in this report
//   bytes 2..4    Symbology Identifier 1..3 (an AIM identifier such as "]C0", or zeros)
//   bytes 5..n-4  Decoded Data (zero-padded)
//   bytes n-3..n-2 vendor symbology byte, reserved
//   byte n-1      bit 0: Decoded Data Continued (more of the same scan follows in the next report)
struct HidPosScannedData
{
    std::string aim; // "]C0", or empty when the scanner sends no AIM identifier
    std::string data;
    bool continued = false;
};

inline constexpr std::uint8_t kHidPosScannedDataReportId = 0x02;
inline constexpr std::size_t kHidPosReportOverhead = 8; // report ID, length, 3 symbology, 3 trailer

// Parses one input report. nullopt for a report that is not a Scanned Data Report (status and
// other reports a scanner may send); an error naming the byte when a Scanned Data Report is malformed.
DeviceResult<std::optional<HidPosScannedData>> parseHidPosReport(const std::uint8_t* bytes, std::size_t size);

// Joins continued reports into whole scans. A scan longer than kMaxScanBytes is refused (and the
// assembler starts over), so a scanner that never clears the continued bit cannot grow memory.
class HidPosScanAssembler
{
public:
    static constexpr std::size_t kMaxScanBytes = 8192;

    // A complete scan once the last report of it arrived; nullopt while more is expected.
    DeviceResult<std::optional<Scan>> feed(const HidPosScannedData& report);

private:
    std::string m_aim;
    std::string m_data;
};

} // namespace ils::devices
