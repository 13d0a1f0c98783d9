#pragma once

#include <QObject>

#include <array>
#include <memory>

class QSoundEffect;
class QTemporaryDir;

// A distinct sound for each outcome, so a librarian looking at the pile, not the screen, hears
// what happened: a short high beep for done, a low double buzz for refused, a rising three-note
// call when a returned item needs handling (hold shelf, transit). Never blocks and never fails:
// with no audio device (CI, a desk without speakers) it stays silent but still reports.
class Feedback : public QObject
{
    Q_OBJECT

public:
    enum class Cue
    {
        Success,
        Refusal,
        Action,
    };
    Q_ENUM(Cue)

    explicit Feedback(QObject* parent = nullptr);
    ~Feedback() override;

    void play(Cue cue);
    bool audible() const; // whether sounds reach a device

signals:
    void played(Feedback::Cue cue);

private:
    void prepare();

    bool m_prepared = false;
    bool m_audible = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::array<QSoundEffect*, 3> m_effects {};
};
