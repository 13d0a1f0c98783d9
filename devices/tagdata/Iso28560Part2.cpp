// ISO 28560-2: data elements by relative object identifier, encoded by the rules of ISO/IEC 15962
// (no-directory access method). Each element:
//   precursor  bit 7 offset flag, bits 6-4 compaction scheme, bits 3-0 relative OID (15: more)
//   [offset]   if flagged: the number of 0x00 pad bytes after the data
//   [OID - 15] if the OID field is 15
//   length     of the compacted data (bit 7 set: another 7 bits follow)
//   data, then the pad bytes
// A 0x00 precursor (or the end of memory) ends the elements. The PII comes first and always carries
// an offset, padded to a block boundary so its blocks can be locked; the last element is padded to
// a whole block (the ISO 28560-2 annex example, also in GB/T 35660.2).
#include "Compaction.h"
#include "IsilCompaction.h"
#include "TagCodecs.h"

#include <algorithm>
#include <set>

namespace ils::devices::tagdata {

namespace {

constexpr int kPii = 1;
constexpr int kContentParameter = 2;
constexpr int kOwnerInstitution = 3;
constexpr int kSetInformation = 4;
constexpr int kTypeOfUsage = 5;
constexpr int kIllBorrowingInstitution = 11;
constexpr int kLastOid = 15 + 255;

bool isIsilOid(int oid)
{
    return oid == kOwnerInstitution || oid == kIllBorrowingInstitution;
}

TagDecodeError error(TagProblem p, std::size_t at, std::string what)
{
    return TagDecodeError {p, at, std::move(what)};
}

std::string oidText(int oid)
{
    return "element " + std::to_string(oid);
}

struct RawElement
{
    int oid = 0;
    Compaction compaction = Compaction::ApplicationDefined;
    std::span<const std::uint8_t> data;
    std::size_t at = 0; // offset of the precursor
    std::size_t dataAt = 0;
};

class Reader
{
public:
    explicit Reader(std::span<const std::uint8_t> bytes)
        : m_bytes(bytes)
    {
    }

    bool atEnd() const { return m_pos >= m_bytes.size() || m_bytes[m_pos] == 0; }

    std::variant<RawElement, TagDecodeError> next()
    {
        RawElement e;
        e.at = m_pos;
        const std::uint8_t precursor = m_bytes[m_pos++];
        e.compaction = static_cast<Compaction>((precursor >> 4) & 0x7);
        e.oid = precursor & 0x0F;
        if (e.oid == 0) {
            return error(TagProblem::BadValue, e.at, "precursor with object identifier 0");
        }
        std::size_t offset = 0;
        if (precursor & 0x80) {
            if (!has(1)) {
                return cut(e.at, "offset");
            }
            offset = m_bytes[m_pos++];
        }
        if (e.oid == 15) {
            if (!has(1)) {
                return cut(e.at, "object identifier");
            }
            e.oid += m_bytes[m_pos++];
        }
        const std::size_t lengthAt = m_pos;
        std::size_t length = 0;
        for (int i = 0;; ++i) {
            if (!has(1)) {
                return cut(e.at, "length");
            }
            const std::uint8_t b = m_bytes[m_pos++];
            length = (length << 7) | (b & 0x7F);
            if (!(b & 0x80)) {
                break;
            }
            if (i == 2) {
                return error(TagProblem::BadLength, lengthAt, "length of more than three bytes");
            }
        }
        if (length == 0) {
            return error(TagProblem::BadLength, lengthAt, oidText(e.oid) + " has length 0");
        }
        if (!has(length)) {
            return error(TagProblem::Truncated,
                         lengthAt,
                         oidText(e.oid) + " needs " + std::to_string(length) + " bytes, the tag has "
                             + std::to_string(m_bytes.size() - m_pos));
        }
        e.dataAt = m_pos;
        e.data = m_bytes.subspan(m_pos, length);
        m_pos += length;
        if (!has(offset)) {
            return error(TagProblem::BadLength,
                         e.at,
                         oidText(e.oid) + " pads " + std::to_string(offset) + " bytes past the end of the tag");
        }
        m_pos += offset;
        return e;
    }

private:
    bool has(std::size_t n) const { return m_bytes.size() - m_pos >= n; }
    TagDecodeError cut(std::size_t at, const char* what) const
    {
        return error(TagProblem::Truncated, at, std::string("the tag ends inside a precursor, before its ") + what);
    }

    std::span<const std::uint8_t> m_bytes;
    std::size_t m_pos = 0;
};

std::variant<std::string, TagDecodeError> elementText(const RawElement& e)
{
    const Expanded text = isIsilOid(e.oid) && e.compaction == Compaction::ApplicationDefined
        ? expandIsil(e.data)
        : expand(e.data, e.compaction);
    if (!text.ok()) {
        return error(TagProblem::BadValue, e.dataAt, oidText(e.oid) + ": " + text.problem);
    }
    return text.text;
}

std::optional<TagDecodeError> readSet(const RawElement& e, TagData& data)
{
    auto text = elementText(e);
    if (auto* err = std::get_if<TagDecodeError>(&text)) {
        return *err;
    }
    const std::string& digits = std::get<std::string>(text);
    // Total number of parts, then the part number, in halves of equal width: "1203" is 3 of 12.
    const bool allDigits = std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!allDigits || digits.size() % 2 != 0 || digits.size() > 8) {
        return error(TagProblem::BadValue, e.dataAt, "set information \"" + digits + "\" is not two numbers");
    }
    const std::size_t half = digits.size() / 2;
    const int total = std::stoi(digits.substr(0, half));
    const int part = std::stoi(digits.substr(half));
    if (part < 1 || part > total) {
        return error(TagProblem::BadValue,
                     e.dataAt,
                     "set information says part " + std::to_string(part) + " of " + std::to_string(total));
    }
    data.set = TagSet {part, total};
    return std::nullopt;
}

std::optional<TagDecodeError> readElement(const RawElement& e, TagData& data)
{
    if (e.oid == kContentParameter) {
        // Which elements follow: derived from the elements themselves when encoding.
        return e.compaction == Compaction::ApplicationDefined
            ? std::nullopt
            : std::optional(error(TagProblem::BadValue, e.at, "content parameter must be application-defined"));
    }
    if (e.oid == kTypeOfUsage) {
        if (e.compaction != Compaction::ApplicationDefined || e.data.size() != 1) {
            return error(TagProblem::BadValue, e.at, "type of usage must be one application-defined byte");
        }
        data.typeOfUsage = e.data[0];
        return std::nullopt;
    }
    if (e.oid == kSetInformation) {
        return readSet(e, data);
    }
    if (e.compaction == Compaction::ApplicationDefined && !isIsilOid(e.oid)) {
        if (e.oid == kPii) {
            return error(TagProblem::BadValue, e.at, "primary item identifier must not be application-defined");
        }
        data.otherElements.push_back(TagElement {e.oid, std::string(e.data.begin(), e.data.end()), true});
        return std::nullopt;
    }
    auto text = elementText(e);
    if (auto* err = std::get_if<TagDecodeError>(&text)) {
        return *err;
    }
    std::string& value = std::get<std::string>(text);
    if (e.oid == kPii) {
        data.primaryItemId = std::move(value);
    } else if (e.oid == kOwnerInstitution) {
        data.ownerLibrary = std::move(value);
    } else {
        data.otherElements.push_back(TagElement {e.oid, std::move(value), false});
    }
    return std::nullopt;
}

// One element ready to write: its OID, scheme and compacted bytes.
struct Outgoing
{
    int oid = 0;
    Compaction compaction = Compaction::ApplicationDefined;
    std::vector<std::uint8_t> data;
};

std::optional<Outgoing> textElement(int oid, const std::string& text)
{
    // An ISIL with a character ISIL compaction lacks (read from some other tag) keeps the general
    // schemes, so whatever was read can be written back.
    if (isIsilOid(oid)) {
        if (auto bytes = compactIsil(text)) {
            return Outgoing {oid, Compaction::ApplicationDefined, std::move(*bytes)};
        }
    }
    const auto scheme = chooseCompaction(text);
    if (!scheme) {
        return std::nullopt;
    }
    return Outgoing {oid, *scheme, compact(text, *scheme)};
}

std::vector<std::uint8_t> lengthBytes(std::size_t length)
{
    std::vector<std::uint8_t> out {static_cast<std::uint8_t>(length & 0x7F)};
    for (length >>= 7; length != 0; length >>= 7) {
        out.insert(out.begin(), static_cast<std::uint8_t>(0x80 | (length & 0x7F)));
    }
    return out;
}

// Writes one element; pads to the next block boundary when padToBlock.
void write(std::vector<std::uint8_t>& out, const Outgoing& e, bool padToBlock)
{
    const std::vector<std::uint8_t> length = lengthBytes(e.data.size());
    const std::size_t bare = 1 + (e.oid >= 15 ? 1 : 0) + length.size() + e.data.size();
    const std::size_t withOffset = out.size() + bare + 1;
    const std::size_t pad = padToBlock ? (kBlockSize - withOffset % kBlockSize) % kBlockSize : 0;
    const auto oidField = static_cast<std::uint8_t>(std::min(e.oid, 15));
    out.push_back(
        static_cast<std::uint8_t>((padToBlock ? 0x80 : 0) | (static_cast<int>(e.compaction) << 4) | oidField));
    if (padToBlock) {
        out.push_back(static_cast<std::uint8_t>(pad));
    }
    if (e.oid >= 15) {
        out.push_back(static_cast<std::uint8_t>(e.oid - 15));
    }
    out.insert(out.end(), length.begin(), length.end());
    out.insert(out.end(), e.data.begin(), e.data.end());
    out.insert(out.end(), pad, 0);
}

std::variant<std::vector<Outgoing>, std::string> collect(const TagData& data)
{
    std::vector<Outgoing> elements;
    if (data.primaryItemId.empty()) {
        return std::string("the primary item identifier is empty");
    }
    auto pii = textElement(kPii, data.primaryItemId);
    if (!pii) {
        return std::string("the primary item identifier is not valid UTF-8");
    }
    elements.push_back(std::move(*pii));
    if (!data.ownerLibrary.empty()) {
        auto isil = textElement(kOwnerInstitution, data.ownerLibrary);
        if (!isil) {
            return std::string("the owner library is not valid UTF-8");
        }
        elements.push_back(std::move(*isil));
    }
    if (data.set) {
        const TagSet s = *data.set;
        if (s.part < 1 || s.part > s.total || s.total > 9999) {
            return std::string("set information must be part K of N with 1 <= K <= N <= 9999");
        }
        std::string total = std::to_string(s.total);
        std::string part = std::to_string(s.part);
        part.insert(0, total.size() - part.size(), '0');
        elements.push_back(*textElement(kSetInformation, total + part));
    }
    if (data.typeOfUsage) {
        elements.push_back(Outgoing {kTypeOfUsage, Compaction::ApplicationDefined, {*data.typeOfUsage}});
    }
    std::set<int> seen {kPii, kContentParameter, kOwnerInstitution, kSetInformation, kTypeOfUsage};
    for (const auto& e : data.otherElements) {
        if (e.oid < 1 || e.oid > kLastOid || !seen.insert(e.oid).second) {
            return oidText(e.oid) + " cannot be written to an ISO 28560-2 tag (unknown or repeated)";
        }
        if (e.value.empty()) {
            return oidText(e.oid) + " is empty";
        }
        if (e.raw) {
            elements.push_back(Outgoing {e.oid, Compaction::ApplicationDefined, {e.value.begin(), e.value.end()}});
        } else if (auto out = textElement(e.oid, e.value)) {
            elements.push_back(std::move(*out));
        } else {
            return oidText(e.oid) + " is not valid text for its compaction";
        }
    }
    return elements;
}

// The content parameter: one bit per element from OID 3 on, most significant bit first.
std::optional<Outgoing> contentParameter(const std::vector<Outgoing>& elements)
{
    std::vector<std::uint8_t> bits;
    for (const auto& e : elements) {
        if (e.oid < kOwnerInstitution) {
            continue;
        }
        const std::size_t index = static_cast<std::size_t>(e.oid - kOwnerInstitution);
        if (bits.size() <= index / 8) {
            bits.resize(index / 8 + 1, 0);
        }
        bits[index / 8] |= static_cast<std::uint8_t>(0x80 >> (index % 8));
    }
    if (bits.empty()) {
        return std::nullopt;
    }
    return Outgoing {kContentParameter, Compaction::ApplicationDefined, std::move(bits)};
}

// The tag's own order first (so a decoded tag re-encodes to the same bytes), then by OID.
void order(std::vector<Outgoing>& elements, const std::vector<int>& tagOrder)
{
    auto rank = [&](int oid) {
        const auto it = std::find(tagOrder.begin(), tagOrder.end(), oid);
        return it == tagOrder.end() ? tagOrder.size() + static_cast<std::size_t>(oid)
                                    : static_cast<std::size_t>(it - tagOrder.begin());
    };
    std::stable_sort(elements.begin() + 1, elements.end(), [&](const Outgoing& a, const Outgoing& b) {
        return rank(a.oid) < rank(b.oid);
    });
}

} // namespace

Decoded decodePart2(std::span<const std::uint8_t> bytes)
{
    TagData data;
    Reader reader(bytes);
    std::set<int> seen;
    while (!reader.atEnd()) {
        auto next = reader.next();
        if (auto* err = std::get_if<TagDecodeError>(&next)) {
            return *err;
        }
        const RawElement& e = std::get<RawElement>(next);
        if (seen.empty() && e.oid != kPii) {
            return error(TagProblem::UnknownModel,
                         e.at,
                         "the first element is " + std::to_string(e.oid) + ", not the primary item identifier (1)");
        }
        if (!seen.insert(e.oid).second) {
            return error(TagProblem::BadValue, e.at, oidText(e.oid) + " appears twice");
        }
        if (auto err = readElement(e, data)) {
            return *err;
        }
        if (e.oid != kPii && e.oid != kContentParameter) {
            data.elementOrder.push_back(e.oid);
        }
    }
    if (seen.empty()) {
        return error(TagProblem::Blank, 0, "blank tag");
    }
    return data;
}

Encoded encodePart2(const TagData& data)
{
    auto collected = collect(data);
    if (auto* problem = std::get_if<std::string>(&collected)) {
        return {{}, *problem};
    }
    auto& elements = std::get<std::vector<Outgoing>>(collected);
    order(elements, data.elementOrder);
    if (auto cp = contentParameter(elements)) {
        elements.insert(elements.begin() + 1, std::move(*cp));
    }
    std::vector<std::uint8_t> out;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const bool last = i + 1 == elements.size();
        // Pad the last element only if it does not already end on a block boundary.
        bool pad = i == 0;
        if (last && !pad) {
            const std::size_t bare = 1 + (elements[i].oid >= 15 ? 1 : 0) + lengthBytes(elements[i].data.size()).size()
                + elements[i].data.size();
            pad = (out.size() + bare) % kBlockSize != 0;
        }
        write(out, elements[i], pad);
    }
    return {out, {}};
}

} // namespace ils::devices::tagdata
