// ISO 28560-2 tag memory as a reader returns it: see TagFuzz.h for what must hold.
#include "TagFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ils::fuzz::checkTag(std::span(data, size), ils::devices::TagModel::Iso28560_2);
    return 0;
}
