// The circulation screen's side of the devices that are not a keyboard: the RFID pad (the
// controller between the pad and the circulation service, its panel, its messages on the
// message line) and scanners that hand over whole scans.
#include "CirculationView.h"

#include "DeskSession.h"
#include "Feedback.h"
#include "LocalStore.h"
#include "MessageBar.h"
#include "RfidPadController.h"
#include "RfidPadPanel.h"
#include "Settings.h"
#include "barcode/Scan.h"

#include <QApplication>
#include <QPointer>

#include <algorithm>

void CirculationView::attachRfidPad(std::shared_ptr<ils::devices::RfidReader> pad, int pollMs)
{
    delete m_rfidPad;
    const ils::Settings& settings = m_session.store.settings();
    m_rfidPad = new RfidPadController(*m_controller, std::move(pad), RfidSecurity::fromSettings(settings), this);
    if (pollMs < 0)
        pollMs = static_cast<int>(std::clamp<std::int64_t>(settings.getInt("local.rfid_poll_ms", 400), 100, 5000));
    m_rfidPanel->setController(m_rfidPad);
    // The loan or return is already on the message line; this asks for something more.
    connect(m_rfidPad, &RfidPadController::attention, this, [this](const QString& headline) {
        m_message->showSuccess(headline, true);
        m_feedback->play(Feedback::Cue::Refusal);
    });
    connect(m_rfidPad, &RfidPadController::securityRepaired, this, [this](const QString& message) {
        m_message->showSuccess(message, false);
        m_feedback->play(Feedback::Cue::Success);
    });
    m_rfidPad->setPollInterval(pollMs);
    m_rfidPad->readNow();
}

std::function<void(const ils::devices::Scan&)> CirculationView::scanReceiver()
{
    // The driver's thread may outlive this screen (a log-out rebuilds it): the pointer says
    // whether it is still there when the queued call runs.
    QPointer<CirculationView> view(this);
    return [view](const ils::devices::Scan& scan) {
        const QString text = QString::fromStdString(scan.text).trimmed();
        QMetaObject::invokeMethod(
            qApp,
            [view, text] {
                if (view && !text.isEmpty())
                    view->scanned(text, QApplication::focusWidget());
            },
            Qt::QueuedConnection);
    };
}
