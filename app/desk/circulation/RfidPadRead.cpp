#include "RfidPadRead.h"

#include <algorithm>

using namespace ils::devices;

namespace {

// Readers limit how many blocks one command may read; 16 is well within the limits readers document.
constexpr int blocksPerRead = 16;

std::optional<RfidPadTag> readTag(RfidReader& reader, const RfidTag& seen, const RfidTagMemoryCache& cache)
{
    RfidPadTag tag;
    tag.uid = seen.uid;
    auto info = reader.systemInfo(seen.uid);
    if (!info) {
        if (info.error().kind == DeviceErrorKind::NoTag)
            return std::nullopt; // moved off the pad since the inventory
        tag.problem = info.error().message;
        return tag;
    }
    tag.afi = info.value().afi;
    if (const auto known = cache.find(seen.uid); known != cache.end()) {
        tag.data = known->second.data;
        return tag;
    }
    Bytes memory;
    for (int first = 0; first < info.value().blockCount; first += blocksPerRead) {
        auto blocks = reader.readBlocks(seen.uid, first, std::min(blocksPerRead, info.value().blockCount - first));
        if (!blocks) {
            if (blocks.error().kind == DeviceErrorKind::NoTag)
                return std::nullopt;
            tag.problem = blocks.error().message;
            return tag;
        }
        memory.insert(memory.end(), blocks.value().begin(), blocks.value().end());
    }
    auto decoded = decodeTag(memory, modelForDsfid(info.value().dsfid));
    if (decoded)
        tag.data = std::move(decoded.value());
    else
        tag.problem = decoded.error().message;
    return tag;
}

} // namespace

bool RfidPadItem::complete() const
{
    return missing().empty();
}

std::vector<int> RfidPadItem::missing() const
{
    std::vector<int> out;
    for (int k = 1; k <= total; ++k)
        if (!std::binary_search(parts.begin(), parts.end(), k))
            out.push_back(k);
    return out;
}

RfidPadRead readPad(RfidReader& reader, RfidTagMemoryCache& cache)
{
    RfidPadRead read;
    auto seen = reader.inventory();
    if (!seen) {
        read.error = seen.error();
        return read;
    }
    RfidTagMemoryCache stillThere;
    for (const auto& tag : seen.value()) {
        if (auto one = readTag(reader, tag, cache)) {
            if (one->data) // a tag that could not be read is tried again next time
                stillThere.emplace(one->uid, *one);
            read.tags.push_back(std::move(*one));
        }
    }
    cache = std::move(stillThere);
    return read;
}

std::vector<RfidPadItem> groupByItem(const std::vector<RfidPadTag>& tags)
{
    std::vector<RfidPadItem> items;
    for (const auto& tag : tags) {
        if (!tag.data || tag.data->primaryItemId.empty() || isPatronCard(*tag.data))
            continue;
        const std::string& barcode = tag.data->primaryItemId;
        auto it = std::find_if(items.begin(), items.end(), [&](const RfidPadItem& i) { return i.barcode == barcode; });
        if (it == items.end()) {
            items.push_back({barcode, 1, {}, {}});
            it = items.end() - 1;
        }
        const TagSet set = tag.data->set.value_or(TagSet {});
        // Parts disagreeing on N: the largest wins, so a part is never taken for the whole.
        it->total = std::max({it->total, set.total, set.part});
        if (!std::binary_search(it->parts.begin(), it->parts.end(), set.part))
            it->parts.insert(std::upper_bound(it->parts.begin(), it->parts.end(), set.part), set.part);
        it->uids.push_back(tag.uid);
    }
    return items;
}

std::vector<std::string> readerCards(const std::vector<RfidPadTag>& tags)
{
    std::vector<std::string> cards;
    for (const auto& tag : tags) {
        if (!tag.data || tag.data->primaryItemId.empty() || !isPatronCard(*tag.data))
            continue;
        if (std::find(cards.begin(), cards.end(), tag.data->primaryItemId) == cards.end())
            cards.push_back(tag.data->primaryItemId);
    }
    return cards;
}
