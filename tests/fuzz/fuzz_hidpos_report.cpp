// What a USB HID POS scanner sends goes through parseHidPosReport and HidPosScanAssembler (and
// its report descriptor through hidApplicationUsagePage). Fed any
// bytes, cut into reports anywhere, they must never crash; a refusal must say why; a parsed report
// never claims more data than its report holds; an assembled scan never exceeds the limit.
//
// Input layout: each report is one length byte (taken modulo 65) followed by that many bytes.
#include "barcode/hidpos/HidPosReport.h"
#include "barcode/hidpos/HidReportDescriptor.h"

#include <cstdint>
#include <cstdlib>

using namespace ils::devices;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // The whole input is also a report descriptor, the other thing the scanner hands us.
    auto page = hidApplicationUsagePage(data, size);
    if (!page && page.error().message.empty())
        std::abort();

    HidPosScanAssembler assembler;
    std::size_t at = 0;
    while (at < size) {
        const std::size_t length = std::min<std::size_t>(data[at] % 65, size - at - 1);
        const std::uint8_t* report = data + at + 1;
        at += 1 + length;
        auto parsed = parseHidPosReport(report, length);
        if (!parsed) {
            if (parsed.error().message.empty())
                std::abort();
            continue;
        }
        if (!parsed.value())
            continue;
        if (parsed.value()->data.size() + kHidPosReportOverhead > length)
            std::abort();
        auto scan = assembler.feed(*parsed.value());
        if (!scan) {
            if (scan.error().message.empty())
                std::abort();
        } else if (scan.value() && scan.value()->text.size() > HidPosScanAssembler::kMaxScanBytes) {
            std::abort();
        }
    }
    return 0;
}
