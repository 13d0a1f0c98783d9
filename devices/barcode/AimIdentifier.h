#pragma once

#include "barcode/Scan.h"

#include <string_view>

namespace ils::devices {

// AIM symbology identifiers (ISO/IEC 15424): "]" + code character + modifier, e.g. "]C0" for
// Code 128. HID POS scanners report one with each scan; serial scanners can be set to prefix it.
// Returns Unknown for an identifier we do not map (or that is not one), never an error: the scan
// itself is still good.
Symbology symbologyFromAim(std::string_view identifier);

// True when `text` starts with something shaped like an AIM identifier ("]" + letter + modifier).
bool startsWithAimIdentifier(std::string_view text);

} // namespace ils::devices
