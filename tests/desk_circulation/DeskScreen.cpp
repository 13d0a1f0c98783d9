#include "DeskScreen.h"

#include "Database.h"
#include "LocalStore.h"
#include "Settings.h"

#include <QTest>

namespace {

// A test process on a loaded CI machine can be held up for tens of milliseconds between two
// synthetic keys, which a 30 ms gap would take for a person's typing. 60 ms still tells a scanner
// (a key every 10 ms here) from a person (every 240 ms); the decoder's own timing, at the default,
// is tested with exact timestamps in tests/devices/tst_wedge.
CirculationView* makeView(DeskCounty& county)
{
    county.store().settings().set("local.scanner_gap_ms", std::int64_t(60));
    return new CirculationView(county.session());
}

} // namespace

DeskScreen::DeskScreen()
    : m_view(makeView(m_county))
{
    m_view->setSlipOutput(m_slips.path(), false);
    m_view->resize(1280, 800);
}

bool DeskScreen::show()
{
    m_view->show();
    m_view->activateWindow();
    return QTest::qWaitForWindowActive(m_view.get());
}

std::int64_t DeskScreen::count(const std::string& sql, const std::string& parameter)
{
    ils::Query q(store().db(), sql);
    q.bind(1, parameter);
    return q.step() ? q.getInt(0) : -1;
}

void scanLikeAScanner(QWidget* widget, const QString& code)
{
    QTest::keyClicks(widget, code);
    QTest::keyClick(widget, Qt::Key_Return);
}

void typeLikeAPerson(QWidget* widget, const QString& text)
{
    QTest::keyClicks(widget, text, Qt::NoModifier, 120);
}
