#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <map>

class QWidget;

// Measurement hooks for the start-up benchmark (docs/PERFORMANCE.md, "Desk"): with
// ILS_DESK_REPORT=1 prints to stderr when each watched screen is first painted, counted from
// main() and from the start of the process, and the peak RSS at exit; with ILS_DESK_QUIT it
// ends the program once that screen has been painted. Silent and inert otherwise.
class StartupReport : public QObject
{
    Q_OBJECT

public:
    StartupReport(const QElapsedTimer& sinceMain, bool print, QString quitAfter, QObject* parent = nullptr);

    void watch(QWidget* widget, const QString& screen);
    bool quitting() const { return m_quitting; }
    // VmHWM and VmRSS of /proc/self/status, when printing.
    void printMemory() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void painted(const QString& screen);

    QElapsedTimer m_sinceMain;
    bool m_print;
    QString m_quitAfter;
    bool m_quitting = false;
    std::map<QObject*, QString> m_watched;
};
