#pragma once

#include "rfid/RfidReader.h"
#include "usb/UsbDeviceInfo.h"

#include <memory>

namespace ils::devices {

class UsbContext;

// A FEIG ID ISC.MR102-USB (OBID classic HF, ISO 15693) library reader driven through libusb with
// FEIG's ISO host commands (rfid/feig/FeigProtocol.h). Each call opens the reader when needed, so
// after an unplug the next call after re-plugging works again; meanwhile calls return NotConnected.
class FeigUsbReader final : public RfidReader
{
public:
    struct Options
    {
        UsbMatch match {0x0AB1, std::nullopt, std::nullopt}; // FEIG ELECTRONIC's USB vendor ID
        std::uint8_t comAdr = 0xFF; // the reader answers 255 whatever its bus address
        int timeoutMs = 1000;
    };

    FeigUsbReader(UsbContext& context, Options options);
    explicit FeigUsbReader(UsbContext& context);
    ~FeigUsbReader() override;

    std::string description() const override;
    DeviceResult<std::vector<RfidTag>> inventory() override;
    DeviceResult<RfidTagInfo> systemInfo(const Bytes& uid) override;
    DeviceResult<Bytes> readBlocks(const Bytes& uid, int firstBlock, int count) override;
    DeviceResult<Done> writeBlocks(const Bytes& uid, int firstBlock, const Bytes& data) override;
    DeviceResult<Done> writeAfi(const Bytes& uid, std::uint8_t afi) override;
    DeviceResult<Done> setEas(const Bytes& uid, bool enabled) override;
    DeviceResult<Done> lockBlocks(const Bytes& uid, int firstBlock, int count) override;

    bool connected() const;
    // A hot-plug monitor saw the reader leave: drop the handle now, not at the next failed call.
    void deviceLeft();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ils::devices
