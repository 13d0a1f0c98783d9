// What a FEIG reader sends goes through decodeResponse and the ISO host answer parsers. Fed any
// bytes they must never crash; a refusal must say why; a standard frame they accept encodes again
// to the same bytes; parsed answers hold what their fields say (8-byte UIDs, whole blocks).
#include "rfid/feig/FeigProtocol.h"

#include <cstdint>
#include <cstdlib>

using namespace ils::devices;
namespace fp = ils::devices::feig;

namespace {

template<class T>
void mustExplain(const DeviceResult<T>& result)
{
    if (!result.ok() && result.error().message.empty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto response = fp::decodeResponse(data, size);
    mustExplain(response);
    if (!response)
        return 0;
    const fp::Response& r = response.value();
    if (data[0] != 0x02) {
        Bytes body {r.status};
        body.insert(body.end(), r.data.begin(), r.data.end());
        const Bytes again = fp::encodeRequest(r.comAdr, r.command, body);
        if (again != Bytes(data, data + size))
            std::abort();
    }
    auto inventory = fp::parseInventory(r);
    mustExplain(inventory);
    if (inventory)
        for (const RfidTag& tag : inventory.value().tags)
            if (tag.uid.size() != 8)
                std::abort();
    auto info = fp::parseSystemInfo(r);
    mustExplain(info);
    if (info && (info.value().uid.size() != 8 || info.value().blockSize < 1 || info.value().blockSize > 32))
        std::abort();
    const int count = r.data.empty() ? 1 : r.data[0];
    auto blocks = fp::parseReadBlocks(r, count);
    mustExplain(blocks);
    // Zero blocks asked and zero sent is a valid (empty) answer.
    if (blocks && (count == 0 ? !blocks.value().empty() : blocks.value().size() % static_cast<std::size_t>(count) != 0))
        std::abort();
    mustExplain(fp::checkStatus(r, "fuzz"));
    return 0;
}
