// Everything a peer sends goes through the frame decoder and the message decoder first. Fed
// any bytes, split into chunks anywhere, they must never crash; a refusal must say why; and a
// message they accept must encode again to something that decodes to the same bytes.
//
// Input layout: the first byte seeds how the rest is cut into chunks (as a socket would
// deliver it); the rest is the byte stream.
#include "wire/FrameCodec.h"
#include "wire/Messages.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void checkMessage(std::string_view body)
{
    const auto decoded = ils::protocol::decode(body);
    if (!decoded) {
        if (decoded.error.empty())
            std::abort(); // a refusal must say what is wrong
        return;
    }
    const std::string once = ils::protocol::encode(*decoded.message);
    const auto again = ils::protocol::decode(once);
    if (!again || ils::protocol::encode(*again.message) != once)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    std::uint32_t state = data[0] * 2654435761u + 1;
    std::string_view stream(reinterpret_cast<const char*>(data + 1), size - 1);

    ils::protocol::FrameDecoder decoder;
    while (!stream.empty()) {
        state = state * 1664525u + 1013904223u;
        const std::size_t chunk = 1 + (state >> 16) % 64;
        const auto error = decoder.feed(stream.substr(0, chunk));
        stream.remove_prefix(std::min(chunk, stream.size()));
        while (auto body = decoder.next())
            checkMessage(*body);
        if (error) {
            if (error->message.empty())
                std::abort();
            return 0;
        }
    }
    const auto end = decoder.finish();
    if (end && end->message.empty())
        std::abort();
    return 0;
}
