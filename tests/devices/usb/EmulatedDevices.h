#pragma once

// Test support: the two devices the desk uses, as EmulatedUsbBus specs, and what they send (HID
// POS reports, FEIG frames), shared by the driver tests and the desk's device tests.

#include "EmulatedUsbDevice.h"

#include "simulator/SimulatedTag.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace ils::test {

inline constexpr std::uint16_t kScannerVendor = 0x05E0;
inline constexpr std::uint16_t kScannerProduct = 0x1300;
inline constexpr std::uint16_t kFeigVendor = 0x0AB1;
inline constexpr std::uint16_t kFeigProduct = 0x0102;

// A HID POS report descriptor (usage page 0x8C, Scanned Data Report with report ID 2).
const Bytes& hidPosDescriptor();
// A HID POS scanner at bus 1 address 2 (interrupt IN 0x81).
EmulatedUsbSpec scannerSpec();
// A FEIG ID ISC.MR102-USB at bus 1 address 3 (vendor-specific class, bulk IN 0x81 / OUT 0x02).
EmulatedUsbSpec feigSpec();
// A 64-byte HID POS Scanned Data Report, laid out byte by byte as the scanner sends it.
Bytes hidReport(const std::string& aim, const std::string& data, bool continued = false);
// A FEIG standard frame around `body` (COM-ADR, CONTROL-BYTE, …): LENGTH first, CRC16 LSB first.
Bytes feigFrame(Bytes body);
// Answers each OUT frame found in `script` with its answer; anything else gets no answer.
void scriptFeig(EmulatedUsbDevice& device, std::map<Bytes, Bytes> script);

// A FEIG reader answering from the tags placed on it, for the ISO host commands the desk's pad
// uses: inventory, Get System Information, Read Multiple Blocks, Write AFI (kept), writes, locks
// and EAS (acknowledged). Frames as in the ID ISC.MR102 manual: UIDs and block data MSB first.
// Tags are placed and removed from the test's thread while umockdev's thread asks.
class EmulatedFeigPad
{
public:
    // Answers `device`'s OUT frames from now on; the pad must outlive the device's use.
    void serve(EmulatedUsbDevice& device);
    void place(const ils::devices::SimulatedTag& tag);
    void clear();
    std::uint8_t afi(const Bytes& uid) const;

private:
    Bytes answer(const Bytes& request);

    mutable std::mutex m_mutex;
    std::vector<ils::devices::SimulatedTag> m_tags;
};

} // namespace ils::test
