#include "barcode/AimIdentifier.h"

namespace ils::devices {

bool startsWithAimIdentifier(std::string_view text)
{
    if (text.size() < 3 || text[0] != ']')
        return false;
    const char code = text[1];
    const char modifier = text[2];
    const bool codeOk = (code >= 'A' && code <= 'Z') || (code >= 'a' && code <= 'z');
    const bool modifierOk = (modifier >= '0' && modifier <= '9') || (modifier >= 'A' && modifier <= 'Z')
        || (modifier >= 'a' && modifier <= 'z');
    return codeOk && modifierOk;
}

Symbology symbologyFromAim(std::string_view identifier)
{
    if (!startsWithAimIdentifier(identifier))
        return Symbology::Unknown;
    switch (identifier[1]) {
    case 'C': // ]C0 Code 128, ]C1 GS1-128: both are Code 128 symbols
        return Symbology::Code128;
    case 'A':
        return Symbology::Code39;
    case 'E': // ]E0 EAN-13 / UPC-A, ]E3 EAN-13 with add-on; ]E4 is EAN-8, which we do not name
        return identifier[2] == '0' || identifier[2] == '3' ? Symbology::Ean13 : Symbology::Unknown;
    case 'I':
        return Symbology::Interleaved2of5;
    case 'Q':
        return Symbology::Qr;
    default:
        return Symbology::Unknown;
    }
}

} // namespace ils::devices
