#include "Feedback.h"

#include <QTemporaryDir>

#ifdef ILS_HAVE_MULTIMEDIA
#include "ToneWav.h"

#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace {

std::vector<Tone> tonesOf(Feedback::Cue cue)
{
    switch (cue) {
    case Feedback::Cue::Success:
        return {{1568, 90}};
    case Feedback::Cue::Refusal:
        return {{220, 160}, {0, 60}, {220, 220}};
    case Feedback::Cue::Action:
        return {{660, 110}, {880, 110}, {1320, 160}};
    }
    return {};
}

} // namespace
#endif

Feedback::Feedback(QObject* parent)
    : QObject(parent)
{
}

Feedback::~Feedback() = default;

bool Feedback::audible() const
{
    const_cast<Feedback*>(this)->prepare();
    return m_audible;
}

void Feedback::play(Cue cue)
{
    prepare();
#ifdef ILS_HAVE_MULTIMEDIA
    if (QSoundEffect* effect = m_effects[static_cast<std::size_t>(cue)]) {
        effect->stop(); // a new scan cuts the previous sound short instead of queueing behind it
        effect->play();
    }
#endif
    emit played(cue);
}

// Lazily, so that a desk that never makes a sound never opens the audio system.
void Feedback::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
#ifdef ILS_HAVE_MULTIMEDIA
    if (qEnvironmentVariableIsSet("ILS_DESK_SILENT") || QMediaDevices::audioOutputs().isEmpty())
        return;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return;
    for (Cue cue : {Cue::Success, Cue::Refusal, Cue::Action}) {
        const QString path = m_dir->filePath(QStringLiteral("cue-%1.wav").arg(static_cast<int>(cue)));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(toneWav(tonesOf(cue))) < 0)
            return;
        file.close();
        auto* effect = new QSoundEffect(this);
        effect->setSource(QUrl::fromLocalFile(path));
        effect->setVolume(0.8f);
        m_effects[static_cast<std::size_t>(cue)] = effect;
    }
    m_audible = true;
#endif
}
