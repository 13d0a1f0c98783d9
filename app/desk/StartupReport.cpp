#include "StartupReport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process (exec, dynamic linking and static
// initialisers included), from /proc: 10 ms resolution; -1 where /proc is missing.
double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 is starttime; the fields after the ")" that ends the program's name start at 3.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double started = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - started) * 1000;
}

QByteArray statusLine(const QByteArray& status, const char* key)
{
    for (const QByteArray& line : status.split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).simplified();
    return "?";
}

} // namespace

StartupReport::StartupReport(const QElapsedTimer& sinceMain, bool print, QString quitAfter, QObject* parent)
    : QObject(parent)
    , m_sinceMain(sinceMain)
    , m_print(print)
    , m_quitAfter(std::move(quitAfter))
{
}

void StartupReport::watch(QWidget* widget, const QString& screen)
{
    if (!m_print && m_quitAfter.isEmpty())
        return;
    m_watched[widget] = screen;
    widget->installEventFilter(this);
}

bool StartupReport::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        const auto found = m_watched.find(watched);
        if (found != m_watched.end()) {
            const QString screen = found->second;
            m_watched.erase(found);
            watched->removeEventFilter(this);
            // After this paint has reached the screen, not before.
            QTimer::singleShot(0, this, [this, screen] { painted(screen); });
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::painted(const QString& screen)
{
    if (m_print)
        std::fprintf(stderr,
                     "ils-desk: %s painted after %.1f ms from main, %.0f ms from process start\n",
                     qPrintable(screen),
                     double(m_sinceMain.nsecsElapsed()) / 1e6,
                     processAgeMs());
    if (screen == m_quitAfter) {
        m_quitting = true;
        QCoreApplication::exit(0); // every event loop, the login dialog's included
    }
}

void StartupReport::printMemory() const
{
    if (!m_print)
        return;
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray status = file.readAll();
    std::fprintf(stderr,
                 "ils-desk: peak RSS (VmHWM) %s, RSS at exit (VmRSS) %s\n",
                 statusLine(status, "VmHWM:").constData(),
                 statusLine(status, "VmRSS:").constData());
}
