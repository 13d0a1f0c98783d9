#include "barcode/hidpos/HidPosReport.h"

#include "barcode/AimIdentifier.h"

namespace ils::devices {

namespace {

DeviceError malformed(const std::string& what)
{
    return {DeviceErrorKind::Protocol, "HID POS scanned data report: " + what};
}

} // namespace

DeviceResult<std::optional<HidPosScannedData>> parseHidPosReport(const std::uint8_t* bytes, std::size_t size)
{
    if (size == 0)
        return malformed("empty report");
    if (bytes[0] != kHidPosScannedDataReportId)
        return std::optional<HidPosScannedData>();
    if (size <= kHidPosReportOverhead)
        return malformed("report of " + std::to_string(size) + " bytes is too short (needs more than "
                         + std::to_string(kHidPosReportOverhead) + ")");
    const std::size_t capacity = size - kHidPosReportOverhead;
    const std::size_t length = bytes[1];
    if (length > capacity)
        return malformed("byte 1 says " + std::to_string(length) + " data bytes, but a report of "
                         + std::to_string(size) + " bytes holds at most " + std::to_string(capacity));

    HidPosScannedData report;
    const std::string symbology(reinterpret_cast<const char*>(bytes + 2), 3);
    if (startsWithAimIdentifier(symbology))
        report.aim = symbology;
    report.data.assign(reinterpret_cast<const char*>(bytes + 5), length);
    report.continued = (bytes[size - 1] & 0x01) != 0;
    return std::optional<HidPosScannedData>(std::move(report));
}

DeviceResult<std::optional<Scan>> HidPosScanAssembler::feed(const HidPosScannedData& report)
{
    if (m_data.empty() && m_aim.empty())
        m_aim = report.aim;
    if (m_data.size() + report.data.size() > kMaxScanBytes) {
        m_aim.clear();
        m_data.clear();
        return DeviceError {DeviceErrorKind::Protocol,
                            "HID POS scan longer than " + std::to_string(kMaxScanBytes) + " bytes: dropped"};
    }
    m_data += report.data;
    if (report.continued)
        return std::optional<Scan>();
    Scan scan {std::move(m_data), symbologyFromAim(m_aim)};
    m_aim.clear();
    m_data.clear();
    return std::optional<Scan>(std::move(scan));
}

} // namespace ils::devices
