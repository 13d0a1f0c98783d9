#pragma once

#include "barcode/KeyboardWedgeDecoder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QKeyEvent;
class QWidget;

// Catches keyboard-wedge scans wherever the focus is in the window of `scope` (and in the
// dialogs it opens), so a scan never lands as digits in a payment field or a table.
//
// Installed on the application. Every key that may belong to a scan is held back (at most
// maxGapMs, 30 ms by default, which a person does not notice) and fed to a KeyboardWedgeDecoder
// with the time the window system stamped on it (WedgeClock), so that a stall of the desk in the
// middle of a scan does not split it. When the decoder says "typing", the held key events are replayed to
// the widget they were meant for, in their original order with their releases; when it says
// "scan", they are dropped, with the releases still to come, and scanned() is emitted. Holding
// back is sturdier than undoing: no widget ever sees half a scan, whatever it does with keys.
class ScanCapture : public QObject
{
    Q_OBJECT

public:
    explicit ScanCapture(QWidget* scope, ils::devices::WedgeConfig config = {});
    ~ScanCapture() override;

signals:
    // `focus` is the widget the scanner typed into. A scan longer than the wedge limit comes
    // whole, as one scan (the desk refuses it as too long).
    void scanned(const QString& text, QWidget* focus);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Held
    {
        QPointer<QWidget> receiver;
        std::unique_ptr<QKeyEvent> event;
        bool press = true;
    };

    bool inScope(const QWidget* widget) const;
    static std::optional<ils::devices::WedgeKey> wedgeKeyOf(const QKeyEvent& event);
    bool press(QWidget* receiver, QKeyEvent& event);
    bool release(QWidget* receiver, QKeyEvent& event);
    void handle(const std::vector<ils::devices::WedgeEvent>& events);
    void replayOnePress();
    void dropScan(std::size_t presses, QWidget*& focus);
    void replay(Held& held);
    void expectRelease(int key) { m_swallowReleases.push_back({key, now()}); }
    bool takeExpectedRelease(int key);
    void timedOut();
    void armTimer();
    std::int64_t now() const { return m_clock.elapsed(); }

    QWidget* m_scope;
    ils::devices::KeyboardWedgeDecoder m_decoder;
    ils::devices::WedgeClock m_wedgeClock;
    std::int64_t m_lastArrival = 0; // when the last key fed to the decoder reached us
    std::int64_t m_timerDue = 0;
    bool m_graceGiven = false;
    std::deque<Held> m_queue;
    struct PendingRelease
    {
        int key = 0;
        std::int64_t since = 0;
    };
    // Keys of a scan whose releases have not come yet; forgotten after a second, in case one
    // went to another window.
    std::vector<PendingRelease> m_swallowReleases;
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_replaying = false;
};
