#pragma once

#include "DeviceResult.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace ils::devices {

inline constexpr std::uint16_t kHidUsagePageBarCodeScanner = 0x8C;

// The usage page of the first application collection of a HID report descriptor (HID 1.11,
// section 6.2.2: short and long items, Usage Page, Push/Pop, extended 32-bit Usage). A scanner in
// HID POS mode says 0x8C (Bar Code Scanner); one in keyboard mode says 0x01 (Generic Desktop).
// nullopt when no application collection is declared; an error naming the byte when an item is
// cut short.
DeviceResult<std::optional<std::uint16_t>> hidApplicationUsagePage(const std::uint8_t* bytes, std::size_t size);

} // namespace ils::devices
