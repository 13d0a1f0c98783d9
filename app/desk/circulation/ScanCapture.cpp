#include "ScanCapture.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

#include <algorithm>

using ils::devices::WedgeEvent;
using ils::devices::WedgeKey;

ScanCapture::ScanCapture(QWidget* scope, ils::devices::WedgeConfig config)
    : QObject(scope)
    , m_scope(scope)
    , m_decoder(std::move(config))
{
    // The decoder judges the gaps between keys by the window system's timestamps (WedgeClock maps
    // them onto m_clock; synthetic events carry 0 and get their arrival). The timer that releases
    // a burst gone quiet runs on m_clock, from the last key's arrival.
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScanCapture::timedOut);
    qApp->installEventFilter(this);
}

ScanCapture::~ScanCapture() = default;

bool ScanCapture::eventFilter(QObject* watched, QEvent* event)
{
    if (m_replaying || (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease))
        return false;
    if (!watched->isWidgetType())
        return false; // the same key reaches the widget next; it is handled there, once
    auto* receiver = static_cast<QWidget*>(watched);
    if (!inScope(receiver))
        return false;
    auto& key = static_cast<QKeyEvent&>(*event);
    return event->type() == QEvent::KeyPress ? press(receiver, key) : release(receiver, key);
}

bool ScanCapture::inScope(const QWidget* widget) const
{
    if (!m_scope->isVisible())
        return false;
    const QWidget* window = m_scope->window();
    for (const QWidget* w = widget; w; w = w->parentWidget())
        if (w == window)
            return true;
    return false;
}

std::optional<WedgeKey> ScanCapture::wedgeKeyOf(const QKeyEvent& event)
{
    if (event.isAutoRepeat())
        return std::nullopt;
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (modifiers != Qt::NoModifier)
        return std::nullopt; // Ctrl+…, Alt+…: a person's command, never a scanner
    if (event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter)
        return WedgeKey::enter();
    if (event.key() == Qt::Key_Tab)
        return WedgeKey::tab();
    const QString text = event.text();
    if (text.size() == 1 && text.at(0).isPrint())
        return WedgeKey::of(text.at(0).unicode());
    return std::nullopt;
}

bool ScanCapture::press(QWidget* receiver, QKeyEvent& event)
{
    const auto key = wedgeKeyOf(event);
    if (!key) {
        // A key no scanner sends (F-keys, arrows, Backspace): what is held goes first.
        handle(m_decoder.flush());
        armTimer();
        return false;
    }
    m_queue.push_back({receiver, std::unique_ptr<QKeyEvent>(event.clone()), true});
    m_lastArrival = now();
    m_graceGiven = false;
    const auto events = m_decoder.feed(*key, m_wedgeClock.keyTime(event.timestamp(), m_lastArrival));
    // The common case for a person's Enter or Tab: nothing held, nothing decided; the original
    // event goes on its way untouched instead of as a copy.
    if (m_queue.size() == 1 && events.size() == 1 && events.front().kind == WedgeEvent::Kind::Typing) {
        m_queue.clear();
        armTimer();
        return false;
    }
    handle(events);
    armTimer();
    return true;
}

bool ScanCapture::release(QWidget* receiver, QKeyEvent& event)
{
    std::erase_if(m_swallowReleases, [this](const PendingRelease& r) { return now() - r.since > 1000; });
    if (takeExpectedRelease(event.key()))
        return true;
    if (m_queue.empty())
        return false;
    m_queue.push_back({receiver, std::unique_ptr<QKeyEvent>(event.clone()), false});
    return true;
}

void ScanCapture::handle(const std::vector<WedgeEvent>& events)
{
    for (const WedgeEvent& e : events) {
        if (e.kind == WedgeEvent::Kind::Typing) {
            replayOnePress();
            continue;
        }
        QWidget* focus = nullptr;
        dropScan(e.keys, focus);
        emit scanned(QString::fromStdString(e.scan.text), focus);
    }
}

// The oldest held press goes to its widget, with the releases that came right after it.
void ScanCapture::replayOnePress()
{
    while (!m_queue.empty() && !m_queue.front().press) {
        Held held = std::move(m_queue.front());
        m_queue.pop_front();
        replay(held);
    }
    if (m_queue.empty())
        return;
    Held held = std::move(m_queue.front());
    m_queue.pop_front();
    replay(held);
    while (!m_queue.empty() && !m_queue.front().press) {
        Held release = std::move(m_queue.front());
        m_queue.pop_front();
        replay(release);
    }
}

void ScanCapture::dropScan(std::size_t presses, QWidget*& focus)
{
    for (std::size_t dropped = 0; !m_queue.empty() && dropped < presses;) {
        Held held = std::move(m_queue.front());
        m_queue.pop_front();
        const int key = held.event->key();
        if (held.press) {
            ++dropped;
            focus = held.receiver;
            expectRelease(key);
        } else {
            takeExpectedRelease(key);
        }
    }
    // Releases of the scan's last keys that were already queued belong to it too.
    while (!m_queue.empty() && !m_queue.front().press && takeExpectedRelease(m_queue.front().event->key()))
        m_queue.pop_front();
}

bool ScanCapture::takeExpectedRelease(int key)
{
    const auto it = std::find_if(
        m_swallowReleases.begin(), m_swallowReleases.end(), [key](const PendingRelease& r) { return r.key == key; });
    if (it == m_swallowReleases.end())
        return false;
    m_swallowReleases.erase(it);
    return true;
}

void ScanCapture::replay(Held& held)
{
    if (!held.receiver)
        return; // the widget went away while its key was held
    m_replaying = true;
    QCoreApplication::sendEvent(held.receiver, held.event.get());
    m_replaying = false;
}

void ScanCapture::timedOut()
{
    if (m_replaying) {
        m_timer.start(1); // a replayed key opened a nested event loop; come back after it
        return;
    }
    const std::int64_t gap = m_decoder.config().maxGapMs;
    // Fired late: the desk was stalled, and keys typed meanwhile may still be waiting in the
    // queue behind this timer. Give them one more gap to arrive before calling the burst typing.
    if (!m_graceGiven && now() - m_timerDue > gap) {
        m_graceGiven = true;
        m_timerDue = now() + gap;
        m_timer.start(static_cast<int>(gap));
        return;
    }
    const auto deadline = m_decoder.deadline();
    if (deadline && now() - m_lastArrival > gap)
        handle(m_decoder.advance(*deadline)); // no key for a whole gap: what is held is typing
    armTimer();
}

void ScanCapture::armTimer()
{
    if (!m_decoder.deadline()) {
        m_timer.stop();
        return;
    }
    const std::int64_t delay = std::max<std::int64_t>(0, m_lastArrival + m_decoder.config().maxGapMs + 1 - now());
    m_timerDue = now() + delay;
    m_timer.start(static_cast<int>(delay));
}
