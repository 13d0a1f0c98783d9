// CirculationController: what goes on the slips and labels, in words.
#include "CirculationController.h"

#include "DeskSession.h"
#include "DeskTerms.h"
#include "LocalStore.h"
#include "Settings.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

QString CirculationController::nowText() const
{
    const int offsetSeconds = m_session.store.settings().utcOffsetMinutes() * 60;
    const auto now = QDateTime::fromMSecsSinceEpoch(m_session.store.clock().now(), QTimeZone(offsetSeconds));
    return now.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

DueSlip CirculationController::dueSlip() const
{
    DueSlip slip;
    slip.libraryName = m_session.libraryName;
    slip.printedAt = nowText();
    if (m_reader) {
        slip.readerName = qs(m_reader->reader.name);
        slip.card = qs(m_reader->reader.card);
    }
    for (const PileLine& line : m_pile)
        if (line.due)
            slip.lines.push_back({qs(line.barcode), qs(line.title), qs(line.due->toIso())});
    return slip;
}

std::optional<RoutingSlip> CirculationController::routingSlip() const
{
    if (!m_lastCheckin)
        return std::nullopt;
    const PileLine& line = *m_lastCheckin;
    RoutingSlip slip;
    slip.libraryName = m_session.libraryName;
    slip.instruction = DeskTerms::routing(line.routing, qs(line.routingLibraryName)).headline;
    slip.barcode = qs(line.barcode);
    slip.title = qs(line.title);
    slip.holdCard = qs(line.routing.holdReader);
    slip.readyUntil = line.routing.readyUntil ? qs(line.routing.readyUntil->toIso()) : QString();
    slip.printedAt = nowText();
    return slip;
}

std::optional<CardLabel> CirculationController::cardLabel() const
{
    if (!m_reader)
        return std::nullopt;
    return CardLabel {qs(m_reader->reader.card), qs(m_reader->reader.name), qs(m_reader->homeLibraryName)};
}
