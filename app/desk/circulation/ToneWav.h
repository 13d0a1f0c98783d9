#pragma once

#include <QByteArray>

#include <vector>

// A short sound built from tones, as the bytes of a WAV file (16-bit mono PCM), so the desk ships
// no sound files and each cue is easy to tell apart by ear.
struct Tone
{
    int hz = 0; // 0: silence
    int ms = 0;
};

QByteArray toneWav(const std::vector<Tone>& tones, int sampleRate = 22050);
