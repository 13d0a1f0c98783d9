#include "barcode/hidpos/HidReportDescriptor.h"

#include <string>
#include <vector>

namespace ils::devices {

namespace {

constexpr std::uint8_t kLongItem = 0xFE;
constexpr int kTypeMain = 0, kTypeGlobal = 1, kTypeLocal = 2;
constexpr int kMainCollection = 0xA;
constexpr int kGlobalUsagePage = 0x0, kGlobalPush = 0xA, kGlobalPop = 0xB;
constexpr int kLocalUsage = 0x0;
constexpr std::uint32_t kCollectionApplication = 0x01;

} // namespace

DeviceResult<std::optional<std::uint16_t>> hidApplicationUsagePage(const std::uint8_t* bytes, std::size_t size)
{
    std::uint16_t usagePage = 0;
    std::vector<std::uint16_t> pushed;
    // From a 32-bit Usage since the last main item (0: none; page 0 is undefined anyway).
    std::uint16_t extendedPage = 0;
    std::size_t at = 0;
    while (at < size) {
        const std::uint8_t prefix = bytes[at];
        if (prefix == kLongItem) {
            if (at + 2 >= size)
                return DeviceError {DeviceErrorKind::Protocol,
                                    "HID report descriptor: long item at byte " + std::to_string(at) + " is cut short"};
            at += 3 + bytes[at + 1];
            continue;
        }
        const std::size_t length = (prefix & 0x03) == 3 ? 4 : (prefix & 0x03);
        if (at + 1 + length > size)
            return DeviceError {DeviceErrorKind::Protocol,
                                "HID report descriptor: item at byte " + std::to_string(at) + " needs "
                                    + std::to_string(length) + " data bytes, " + std::to_string(size - at - 1)
                                    + " left"};
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < length; ++i)
            value |= std::uint32_t(bytes[at + 1 + i]) << (8 * i);
        const int type = (prefix >> 2) & 0x03;
        const int tag = prefix >> 4;
        if (type == kTypeGlobal && tag == kGlobalUsagePage) {
            usagePage = static_cast<std::uint16_t>(value);
        } else if (type == kTypeGlobal && tag == kGlobalPush) {
            pushed.push_back(usagePage);
        } else if (type == kTypeGlobal && tag == kGlobalPop && !pushed.empty()) {
            usagePage = pushed.back();
            pushed.pop_back();
        } else if (type == kTypeLocal && tag == kLocalUsage && length == 4) {
            extendedPage = static_cast<std::uint16_t>(value >> 16);
        } else if (type == kTypeMain) {
            if (tag == kMainCollection && value == kCollectionApplication)
                return std::optional<std::uint16_t>(extendedPage ? extendedPage : usagePage);
            extendedPage = 0;
        }
        at += 1 + length;
    }
    return std::optional<std::uint16_t>();
}

} // namespace ils::devices
