#include "barcode/serial/SerialLineSplitter.h"

#include "barcode/AimIdentifier.h"

namespace ils::devices {

SerialLineSplitter::SerialLineSplitter(Suffix suffix, bool aimPrefix)
    : m_suffix(suffix)
    , m_aimPrefix(aimPrefix)
{
}

std::vector<Scan> SerialLineSplitter::feed(std::string_view bytes)
{
    // CR and CR LF scanners both end a line at LF or CR; the other character of the pair is the
    // suffix's own and never part of a barcode, so it is dropped rather than kept as data.
    const char end = m_suffix == Suffix::Cr ? '\r' : '\n';
    const char other = m_suffix == Suffix::Cr ? '\n' : '\r';
    std::vector<Scan> scans;
    for (char c : bytes) {
        if (c == other)
            continue;
        if (c != end) {
            if (m_line.size() < kMaxLine)
                m_line.push_back(c);
            else
                m_overlong = true;
            continue;
        }
        if (m_overlong)
            ++m_dropped;
        else if (!m_line.empty())
            scans.push_back(toScan(std::move(m_line)));
        m_line.clear();
        m_overlong = false;
    }
    return scans;
}

Scan SerialLineSplitter::toScan(std::string line) const
{
    if (m_aimPrefix && startsWithAimIdentifier(line)) {
        const Symbology symbology = symbologyFromAim(std::string_view(line).substr(0, 3));
        return Scan {line.substr(3), symbology};
    }
    return Scan {std::move(line), Symbology::Unknown};
}

} // namespace ils::devices
