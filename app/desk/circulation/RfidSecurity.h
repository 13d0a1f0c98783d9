#pragma once

#include "DeviceResult.h"
#include "rfid/RfidReader.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ils {
class Settings;
}

// How this desk marks an item as secured (the gate alarms) or not: by the tag's AFI, by the NXP
// EAS bit, or both, as the library's gates expect. From the node's local settings (they belong
// to the machine and its gates, never replicated):
//   local.rfid_security        "afi" (default), "eas" or "afi+eas"
//   local.rfid_afi_secured     AFI of an item in the library (default 0x07, ISO 28560-1)
//   local.rfid_afi_not_secured AFI of an item on loan (default 0xC2, ISO 28560-1)
struct RfidSecurity
{
    bool useAfi = true;
    bool useEas = false;
    std::uint8_t securedAfi = 0x07;
    std::uint8_t notSecuredAfi = 0xC2;

    static RfidSecurity fromSettings(const ils::Settings& settings);

    // Writes "secured" or "not secured" to every tag of one item; the first failure, if any
    // (the tags before it are written, the ones after it are still tried).
    std::optional<ils::devices::DeviceError>
    write(ils::devices::RfidReader& reader, const std::vector<ils::devices::Bytes>& uids, bool secured) const;
};
