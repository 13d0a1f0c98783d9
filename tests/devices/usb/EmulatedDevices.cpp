#include "EmulatedDevices.h"

#include "rfid/feig/FeigProtocol.h"

#include <algorithm>

namespace ils::test {

const Bytes& hidPosDescriptor()
{
    // Usage Page (Bar Code Scanner), Usage (Bar Code Scanner), Collection (Application), Usage
    // (Scanned Data Report), Collection (Logical), Report ID 2, 63 bytes of input, End Collection ×2.
    static const Bytes descriptor {0x05, 0x8C, 0x09, 0x02, 0xA1, 0x01, 0x09, 0x12, 0xA1, 0x02, 0x85, 0x02, 0x15, 0x00,
                                   0x26, 0xFF, 0x00, 0x75, 0x08, 0x95, 0x3F, 0x09, 0xFE, 0x81, 0x02, 0xC0, 0xC0};
    return descriptor;
}

EmulatedUsbSpec scannerSpec()
{
    EmulatedUsbSpec spec;
    spec.hidReportDescriptor = hidPosDescriptor();
    spec.vendorId = kScannerVendor;
    spec.productId = kScannerProduct;
    spec.address = 2;
    spec.interfaceClass = 0x03;
    spec.inEndpoint = 0x81;
    spec.inInterrupt = true;
    return spec;
}

EmulatedUsbSpec feigSpec()
{
    EmulatedUsbSpec spec;
    spec.vendorId = kFeigVendor;
    spec.productId = kFeigProduct;
    spec.address = 3;
    spec.interfaceClass = 0xFF;
    spec.inEndpoint = 0x81;
    spec.inInterrupt = false;
    spec.outEndpoint = 0x02;
    return spec;
}

Bytes hidReport(const std::string& aim, const std::string& data, bool continued)
{
    Bytes report(64, 0);
    report[0] = 0x02;
    report[1] = static_cast<std::uint8_t>(data.size());
    for (std::size_t i = 0; i < aim.size() && i < 3; ++i)
        report[2 + i] = static_cast<std::uint8_t>(aim[i]);
    for (std::size_t i = 0; i < data.size() && 5 + i < 63; ++i)
        report[5 + i] = static_cast<std::uint8_t>(data[i]);
    report[63] = continued ? 0x01 : 0x00;
    return report;
}

Bytes feigFrame(Bytes body)
{
    body.insert(body.begin(), static_cast<std::uint8_t>(body.size() + 3));
    const std::uint16_t crc = ils::devices::feig::crc16(body.data(), body.size());
    body.push_back(static_cast<std::uint8_t>(crc & 0xFF));
    body.push_back(static_cast<std::uint8_t>(crc >> 8));
    return body;
}

void scriptFeig(EmulatedUsbDevice& device, std::map<Bytes, Bytes> script)
{
    device.onOut = [script = std::move(script)](const Bytes& out) {
        auto it = script.find(out);
        return it == script.end() ? Bytes() : it->second;
    };
}

void EmulatedFeigPad::serve(EmulatedUsbDevice& device)
{
    device.onOut = [this](const Bytes& out) { return answer(out); };
}

void EmulatedFeigPad::place(const ils::devices::SimulatedTag& tag)
{
    std::lock_guard lock(m_mutex);
    m_tags.push_back(tag);
}

void EmulatedFeigPad::clear()
{
    std::lock_guard lock(m_mutex);
    m_tags.clear();
}

std::uint8_t EmulatedFeigPad::afi(const Bytes& uid) const
{
    std::lock_guard lock(m_mutex);
    for (const auto& tag : m_tags)
        if (tag.uid == uid)
            return tag.afi;
    return 0;
}

Bytes EmulatedFeigPad::answer(const Bytes& request)
{
    // LENGTH, COM-ADR, command, [ISO command, mode, UID (8, MSB first), arguments…], CRC16.
    if (request.size() < 5)
        return {};
    std::lock_guard lock(m_mutex);
    const std::uint8_t command = request[2];
    const auto reversed = [](Bytes bytes) {
        std::reverse(bytes.begin(), bytes.end());
        return bytes;
    };
    if (command == 0xB1)
        return feigFrame({0x00, 0xB1, 0x00}); // EAS set or reset
    if (command != 0xB0)
        return {};
    const std::uint8_t iso = request[3];
    if (iso == 0x01) {
        if (m_tags.empty())
            return feigFrame({0x00, 0xB0, 0x01});
        Bytes body {0x00, 0xB0, 0x00, static_cast<std::uint8_t>(m_tags.size())};
        for (const auto& tag : m_tags) {
            body.push_back(0x03); // ISO 15693
            body.push_back(tag.dsfid);
            const Bytes wire = reversed(tag.uid);
            body.insert(body.end(), wire.begin(), wire.end());
        }
        return feigFrame(body);
    }
    if (request.size() < 13)
        return {};
    const Bytes uid = reversed(Bytes(request.begin() + 5, request.begin() + 13));
    auto tag = std::find_if(m_tags.begin(), m_tags.end(), [&](const auto& t) { return t.uid == uid; });
    if (tag == m_tags.end())
        return feigFrame({0x00, 0xB0, 0x01}); // no tag answered
    switch (iso) {
    case 0x2B: {
        Bytes body {0x00, 0xB0, 0x00, tag->dsfid};
        const Bytes wire = reversed(tag->uid);
        body.insert(body.end(), wire.begin(), wire.end());
        body.push_back(tag->afi);
        body.push_back(static_cast<std::uint8_t>(tag->blockSize - 1));
        body.push_back(static_cast<std::uint8_t>(tag->blockCount() - 1));
        body.push_back(0x01);
        return feigFrame(body);
    }
    case 0x23: {
        const int first = request[13];
        const int count = request[14];
        if (first + count > tag->blockCount())
            return feigFrame({0x00, 0xB0, 0x95, 0x10}); // ISO 15693: block not available
        Bytes body {0x00, 0xB0, 0x00, static_cast<std::uint8_t>(count), static_cast<std::uint8_t>(tag->blockSize)};
        for (int block = first; block < first + count; ++block) {
            body.push_back(0x00); // security status
            const auto start = tag->memory.begin() + block * tag->blockSize;
            const Bytes wire = reversed(Bytes(start, start + tag->blockSize));
            body.insert(body.end(), wire.begin(), wire.end());
        }
        return feigFrame(body);
    }
    case 0x27:
        tag->afi = request[13];
        return feigFrame({0x00, 0xB0, 0x00});
    default:
        return feigFrame({0x00, 0xB0, 0x00}); // writes and locks: acknowledged
    }
}

} // namespace ils::test
