#pragma once

#include "CirculationView.h"
#include "DeskCounty.h"

#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>
#include <string>

class QWidget;

// The circulation screen on a test county, shown (offscreen) and active, slips to PDF.
class DeskScreen
{
public:
    DeskScreen();

    DeskCounty& county() { return m_county; }
    ils::LocalStore& store() { return m_county.store(); }
    CirculationView& view() { return *m_view; }
    // Shows the screen and waits until it is the active window; false if it never became one.
    bool show();

    template<typename T = QWidget>
    T* find(const char* name) const
    {
        return m_view->findChild<T*>(QLatin1String(name));
    }
    // Counts rows: `sql` with one text parameter.
    std::int64_t count(const std::string& sql, const std::string& parameter);

private:
    DeskCounty m_county;
    QTemporaryDir m_slips;
    std::unique_ptr<CirculationView> m_view;
};

// As a keyboard-wedge scanner's keys reach the desk: in one burst (USB reports 1-8 ms apart, queued
// by the window system), then Enter. Not with a sleep between keys: on a loaded 2-core CI machine
// one sleep can stretch past the decoder's 30 ms gap and split the scan, as a stall would at a real
// desk (tst_wedge covers the gaps themselves, with exact times).
void scanLikeAScanner(QWidget* widget, const QString& code);
// As a person types: a key every 120 ms; no Enter.
void typeLikeAPerson(QWidget* widget, const QString& text);
