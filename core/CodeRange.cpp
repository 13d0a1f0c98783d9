#include "CodeRange.h"

#include <algorithm>

namespace ils {

namespace {

bool allDigits(std::string_view code)
{
    return std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

// Codes compare as text: for digit strings of one length that is the numeric order, and a
// code of another length is a different numbering, never part of the range.
bool CodeRange::contains(std::string_view code) const
{
    return code.size() == first.size() && allDigits(code) && first <= code && code <= last;
}

bool CodeRange::containsRange(const CodeRange& other) const
{
    return other.first.size() == first.size() && first <= other.first && other.last <= last;
}

bool CodeRange::overlaps(const CodeRange& other) const
{
    return other.first.size() == first.size() && first <= other.last && other.first <= last;
}

} // namespace ils
