#pragma once

#include <string>
#include <string_view>

namespace ils {
class CatalogueStore;
class RangeStore;
class ReaderStore;
} // namespace ils

// What a scanned or typed string is, so that one field can take everything.
enum class ScanKind
{
    ReaderCard, // a card of a range of kind reader, or a card the replica knows
    ResidentId, // a valid resident ID number of a registered reader; `code` is their card
    UnregisteredResidentId, // a valid resident ID number no reader has
    Item, // a barcode of a range of kind item, or a copy the replica knows
    NotOfNetwork, // digits in no range of the county (an ISBN, another network's card)
    Invalid, // not a code at all
    TooLong, // longer than any code a scanner sends (the wedge limit): a misread or a stuck trigger
};

struct ScanClass
{
    ScanKind kind = ScanKind::Invalid;
    std::string code; // the card or barcode to act on (trimmed; for a resident ID, the reader's card)
    std::string library; // owner of the range that holds it, when one does
    std::string libraryName;
};

// Pure: reads the ranges, readers and items of the replica and changes nothing.
class ScanClassifier
{
public:
    ScanClassifier(const ils::RangeStore& ranges, const ils::ReaderStore& readers, const ils::CatalogueStore& catalogue)
        : m_ranges(ranges)
        , m_readers(readers)
        , m_catalogue(catalogue)
    {
    }

    ScanClass classify(std::string_view text) const;

private:
    const ils::RangeStore& m_ranges;
    const ils::ReaderStore& m_readers;
    const ils::CatalogueStore& m_catalogue;
};
