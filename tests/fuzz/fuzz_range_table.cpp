// Range tables are files an administrator imports: any bytes give ranges or problems, never a
// crash, and every problem names its line.
#include "RangeStore.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto table = ils::parseRangeTable(text);
    for (const auto& problem : table.problems) {
        if (problem.problem.empty() || problem.describe().empty())
            std::abort();
    }
    for (const auto& range : table.ranges) {
        if (range.first.size() != range.last.size() || range.first > range.last)
            std::abort(); // accepted ranges must satisfy the per-line rules
    }
    return 0;
}
