#include "RfidSecurity.h"

#include "Settings.h"

using namespace ils::devices;

RfidSecurity RfidSecurity::fromSettings(const ils::Settings& settings)
{
    RfidSecurity security;
    const std::string method = settings.get("local.rfid_security", "afi");
    security.useAfi = method != "eas";
    security.useEas = method == "eas" || method == "afi+eas";
    const auto afi = [&](const char* key, std::uint8_t fallback) {
        const std::int64_t value = settings.getInt(key, fallback);
        return value >= 0 && value <= 0xFF ? static_cast<std::uint8_t>(value) : fallback;
    };
    security.securedAfi = afi("local.rfid_afi_secured", security.securedAfi);
    security.notSecuredAfi = afi("local.rfid_afi_not_secured", security.notSecuredAfi);
    return security;
}

std::optional<DeviceError> RfidSecurity::write(RfidReader& reader, const std::vector<Bytes>& uids, bool secured) const
{
    std::optional<DeviceError> first;
    for (const auto& uid : uids) {
        if (useAfi) {
            auto done = reader.writeAfi(uid, secured ? securedAfi : notSecuredAfi);
            if (!done && !first)
                first = done.error();
        }
        if (useEas) {
            auto done = reader.setEas(uid, secured);
            if (!done && !first)
                first = done.error();
        }
    }
    return first;
}
