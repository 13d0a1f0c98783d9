#include "ToneWav.h"

#include <QtEndian>

#include <cmath>
#include <numbers>

namespace {

void putLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void putLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

QByteArray samples(const std::vector<Tone>& tones, int sampleRate)
{
    QByteArray pcm;
    const int fade = sampleRate / 200; // 5 ms ramps: a tone that starts at full volume clicks
    for (const Tone& tone : tones) {
        const int count = sampleRate * tone.ms / 1000;
        for (int i = 0; i < count; ++i) {
            double value = 0;
            if (tone.hz > 0) {
                const double envelope = std::min({1.0, double(i) / fade, double(count - i) / fade});
                value = 0.5 * envelope * std::sin(2 * std::numbers::pi * tone.hz * i / sampleRate);
            }
            putLe16(pcm, static_cast<quint16>(static_cast<qint16>(value * 32767)));
        }
    }
    return pcm;
}

} // namespace

QByteArray toneWav(const std::vector<Tone>& tones, int sampleRate)
{
    const QByteArray pcm = samples(tones, sampleRate);
    QByteArray wav;
    wav.append("RIFF");
    putLe32(wav, static_cast<quint32>(36 + pcm.size()));
    wav.append("WAVEfmt ");
    putLe32(wav, 16); // size of the fmt chunk
    putLe16(wav, 1); // PCM
    putLe16(wav, 1); // mono
    putLe32(wav, static_cast<quint32>(sampleRate));
    putLe32(wav, static_cast<quint32>(sampleRate * 2)); // bytes per second
    putLe16(wav, 2); // bytes per frame
    putLe16(wav, 16); // bits per sample
    wav.append("data");
    putLe32(wav, static_cast<quint32>(pcm.size()));
    wav.append(pcm);
    return wav;
}
