#include "LogText.h"

#include <cstdio>
#include <random>

namespace ils::server {

namespace {

void appendEscaped(std::string& out, std::string_view text, bool backslashes)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        // C1 controls are two bytes in UTF-8: 0xC2 0x80..0x9F.
        const bool c1 = byte == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80
            && static_cast<unsigned char>(text[i + 1]) <= 0x9f;
        if (byte == '\\' && backslashes) {
            out += "\\\\";
        } else if (byte == '\n') {
            out += "\\n";
        } else if (byte == '\r') {
            out += "\\r";
        } else if (byte == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7f || c1) {
            const unsigned code = c1 ? static_cast<unsigned char>(text[++i]) : byte;
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", code);
            out += hex;
        } else {
            out += static_cast<char>(byte);
        }
    }
}

} // namespace

std::string printable(std::string_view text, std::size_t maxBytes)
{
    std::string out;
    if (text.size() <= maxBytes) {
        appendEscaped(out, text, true);
        return out;
    }
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80) {
        --cut; // not inside a UTF-8 sequence
    }
    appendEscaped(out, text.substr(0, cut), true);
    out += "…(" + std::to_string(text.size() - cut) + " more bytes)";
    return out;
}

std::string escapeControls(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    appendEscaped(out, text, false);
    return out;
}

std::string newIncidentId()
{
    static thread_local std::mt19937 random(std::random_device {}());
    char id[16];
    std::snprintf(id, sizeof id, "%08x", static_cast<unsigned>(random()));
    return id;
}

} // namespace ils::server
