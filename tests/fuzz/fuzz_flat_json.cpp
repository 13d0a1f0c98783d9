// Outbox payloads travel to the central: the flat JSON parser must never crash, and what it
// accepts must survive a round trip through the writer.
#include "Json.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = ils::parseFlatJson(text);
    if (!parsed.value) {
        if (parsed.error.empty())
            std::abort(); // a refusal must say what is wrong
        return 0;
    }
    ils::JsonWriter writer;
    for (const auto& [key, value] : parsed.value->strings)
        writer.add(key, value);
    for (const auto& [key, value] : parsed.value->numbers)
        writer.add(key, value);
    for (const auto& [key, value] : parsed.value->booleans)
        writer.add(key, value);
    const auto again = ils::parseFlatJson(writer.str());
    if (!again.value || again.value->strings != parsed.value->strings || again.value->numbers != parsed.value->numbers)
        std::abort();
    return 0;
}
