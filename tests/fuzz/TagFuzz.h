#pragma once

// Shared by the two tag-data fuzzers: any bytes, decoded as the given model and by detection, must
// never crash; a refusal must say what and where; and a tag that decodes must encode again, to
// bytes that decode to the same data.
#include "tagdata/TagData.h"

#include <cstdint>
#include <cstdlib>
#include <span>

namespace ils::fuzz {

inline void checkTag(std::span<const std::uint8_t> bytes, devices::TagModel model)
{
    using namespace ils::devices;
    const auto detected = decodeTag(bytes);
    if (!detected && detected.error().message.empty())
        std::abort();
    const auto decoded = decodeTag(bytes, model);
    if (!decoded) {
        const auto error = tagDecodeError(bytes, model);
        if (!error || error->what.empty() || error->offset > bytes.size())
            std::abort();
        return;
    }
    const auto encoded = encodeTag(decoded.value(), model);
    if (!encoded)
        std::abort(); // whatever was read must be writable
    const auto again = decodeTag(encoded.value(), model);
    if (!again || !(again.value() == decoded.value()))
        std::abort();
}

} // namespace ils::fuzz
