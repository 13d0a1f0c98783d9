#pragma once

#include "Compaction.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace ils::devices::tagdata {

// ISO 28560-2's compaction for an ISIL (owner institution, ILL borrowing institution): 5-bit upper
// and lower case sets and a 4-bit digit set, switched by latch and shift codes, starting in upper
// case; the last byte is filled with 1 bits (every all-ones code is a shift, so the pad never reads
// as a character). nullopt when a character is not allowed in an ISIL (A-Z a-z 0-9 - / :).
std::optional<std::vector<std::uint8_t>> compactIsil(std::string_view isil);
Expanded expandIsil(std::span<const std::uint8_t> bytes);

} // namespace ils::devices::tagdata
