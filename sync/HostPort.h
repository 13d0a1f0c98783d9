#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ils {

// Where a central listens or is reached: "192.168.1.10:7443", "central.county:7443",
// "[::1]:7443" (brackets for IPv6). One parser for ils-central's --listen, ilsctl's --central and
// the desk's enrolment page.
struct HostPort
{
    std::string host; // without the brackets
    std::uint16_t port = 0; // 0 only where the text said 0 (ils-central: any free port)
};

// Empty when the text is not HOST:PORT with a non-empty host and a port of decimal digits from 0
// to 65535; surrounding white space is ignored.
std::optional<HostPort> parseHostPort(std::string_view text);

} // namespace ils
