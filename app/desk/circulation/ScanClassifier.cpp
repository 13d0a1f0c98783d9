#include "ScanClassifier.h"

#include "CatalogueStore.h"
#include "RangeStore.h"
#include "ReaderStore.h"
#include "ResidentId.h"
#include "barcode/KeyboardWedgeDecoder.h"

#include <algorithm>

namespace {

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), isDigit);
}

// The shape of a resident ID number (17 digits and a digit or X), checked before its check
// character so that an 18-digit code of some range is never mistaken for one.
bool looksLikeResidentId(std::string_view text)
{
    return text.size() == 18 && allDigits(text.substr(0, 17))
        && (isDigit(text[17]) || text[17] == 'X' || text[17] == 'x');
}

} // namespace

ScanClass ScanClassifier::classify(std::string_view text) const
{
    ScanClass out;
    const std::string_view code = trimmed(text);
    out.code = std::string(code);
    if (code.empty())
        return out;
    if (code.size() > ils::devices::WedgeConfig {}.maxLength) {
        out.kind = ScanKind::TooLong;
        return out;
    }
    // The ranges are the county's own answer and need no lookup of readers or items.
    if (allDigits(code)) {
        if (auto resolution = m_ranges.resolve(code)) {
            out.kind = resolution->range.kind == ils::CodeKind::Reader ? ScanKind::ReaderCard : ScanKind::Item;
            out.library = resolution->range.library;
            out.libraryName = resolution->libraryName;
            return out;
        }
    }
    if (looksLikeResidentId(code) && ils::isValidResidentId(code)) {
        if (auto reader = m_readers.findByIdNumber(ils::normalizeResidentId(code))) {
            out.kind = ScanKind::ResidentId;
            out.code = reader->card;
            out.library = reader->homeLibrary;
            return out;
        }
        out.kind = ScanKind::UnregisteredResidentId;
        return out;
    }
    // Codes from before the ranges were published still work where the replica knows them.
    if (m_readers.exists(code)) {
        out.kind = ScanKind::ReaderCard;
        return out;
    }
    if (m_catalogue.itemExists(code)) {
        out.kind = ScanKind::Item;
        return out;
    }
    const bool printable = std::all_of(code.begin(), code.end(), [](char c) { return c > ' ' && c < 0x7F; });
    out.kind = printable ? ScanKind::NotOfNetwork : ScanKind::Invalid;
    return out;
}
