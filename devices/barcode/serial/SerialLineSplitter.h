#pragma once

#include "barcode/Scan.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ils::devices {

// Turns the byte stream of a serial (RS-232 or USB CDC) scanner into scans: one scan per line,
// ended by the configured suffix, with an optional AIM identifier prefix ("]C0…") read into the
// symbology. Pure logic, so it is tested without a port; SerialScanner feeds it from QSerialPort.
class SerialLineSplitter
{
public:
    enum class Suffix
    {
        Cr,
        Lf,
        CrLf,
    };

    // A line longer than this is noise (a scanner in the wrong mode), not a barcode: dropped.
    static constexpr std::size_t kMaxLine = 4096;

    explicit SerialLineSplitter(Suffix suffix = Suffix::Cr, bool aimPrefix = false);

    // Bytes as they arrive, split anywhere; returns the scans completed by them.
    std::vector<Scan> feed(std::string_view bytes);

    // How many overlong lines were dropped so far (for the log).
    std::size_t droppedLines() const { return m_dropped; }

private:
    Scan toScan(std::string line) const;

    Suffix m_suffix;
    bool m_aimPrefix;
    std::string m_line;
    bool m_overlong = false;
    std::size_t m_dropped = 0;
};

} // namespace ils::devices
