#pragma once

#include <string>

namespace ils::devices {

// Which barcode symbology a scan was read from. A keyboard-wedge scanner does not say; an HID
// Point-of-Sale scanner (usage page 0x8C) reports it with the data.
enum class Symbology
{
    Unknown,
    Code128,
    Code39,
    Ean13,
    Interleaved2of5,
    Qr,
};

// One barcode read by any scanner: what the desk gets, whichever device produced it.
struct Scan
{
    std::string text; // UTF-8; scanners in a library send ASCII digits and letters
    Symbology symbology = Symbology::Unknown;
};

} // namespace ils::devices
