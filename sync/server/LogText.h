#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ils::server {

// Text a peer supplied (node ids, names, software strings), made safe to log: control
// characters (C0, DEL, C1) and backslashes are escaped, so a newline cannot forge a log line
// nor an escape sequence drive a terminal, and at most `maxBytes` bytes are kept (cut at a
// UTF-8 boundary, the rest counted). Chinese and other printable UTF-8 stays as it is.
std::string printable(std::string_view text, std::size_t maxBytes = 64);

// Control characters escaped, backslashes left (the fields in it are printable() already), no
// length cap: for whole log lines.
std::string escapeControls(std::string_view text);

// A short random id that ties what a peer is told ("incident 3f9a12c4") to the details in the
// central's log.
std::string newIncidentId();

} // namespace ils::server
