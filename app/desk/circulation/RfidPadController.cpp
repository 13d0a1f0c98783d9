#include "RfidPadController.h"

#include "CatalogueStore.h"
#include "CirculationController.h"
#include "DeskSession.h"
#include "LocalStore.h"
#include "simulator/SimulatedTag.h"

#include <QThread>
#include <QTimer>
#include <QtDebug>

#include <algorithm>
#include <utility>

using namespace ils::devices;

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

RfidPadController::RfidPadController(CirculationController& circulation,
                                     std::shared_ptr<RfidReader> pad,
                                     RfidSecurity security,
                                     QObject* parent)
    : QObject(parent)
    , m_circulation(circulation)
    , m_pad(std::move(pad))
    , m_security(security)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_poll(new QTimer(this))
    , m_memory(std::make_shared<RfidTagMemoryCache>())
{
    m_thread->setObjectName(QStringLiteral("rfid-pad"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    connect(m_poll, &QTimer::timeout, this, &RfidPadController::readNow);
}

RfidPadController::~RfidPadController()
{
    // Jobs still queued are dropped; the one running finishes first (a pad call ends in a timeout).
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void RfidPadController::setPollInterval(int ms)
{
    if (ms > 0)
        m_poll->start(ms);
    else
        m_poll->stop();
}

QString RfidPadController::description() const
{
    return qs(m_pad->description());
}

void RfidPadController::post(std::function<void(RfidReader&)> job)
{
    ++m_outstanding;
    QMetaObject::invokeMethod(
        m_worker, [pad = m_pad, job = std::move(job)] { job(*pad); }, Qt::QueuedConnection);
}

void RfidPadController::readNow()
{
    if (m_reading) {
        // The read under way may have started before what was just put on the pad.
        m_readAgain = true;
        return;
    }
    m_reading = true;
    post([this, memory = m_memory](RfidReader& pad) {
        RfidPadRead read = readPad(pad, *memory);
        QMetaObject::invokeMethod(
            this,
            [this, read = std::move(read)] {
                m_reading = false;
                padRead(read);
                if (std::exchange(m_readAgain, false))
                    readNow();
                finished();
            },
            Qt::QueuedConnection);
    });
}

void RfidPadController::finished()
{
    --m_outstanding;
}

void RfidPadController::padRead(const RfidPadRead& read)
{
    if (read.error) {
        padFailed(*read.error);
        return;
    }
    if (!m_connected) {
        m_connected = true;
        emit connectionChanged(true);
    }
    // The card first, so a card put down with a pile lends the pile to its reader.
    takeCard(readerCards(read.tags));
    const auto items = groupByItem(read.tags);
    std::vector<std::string> onPad;
    for (const auto& item : items)
        onPad.push_back(item.barcode);

    // Refused items are tried again once they have been lifted off and put back; when another
    // reader comes, what is no longer on the pad is forgotten.
    const auto& reader = m_circulation.reader();
    const std::string card = reader ? reader->reader.card : std::string();
    const bool newReader = card != m_card;
    m_card = card;
    std::erase_if(m_handled, [&](const auto& entry) {
        const auto& [barcode, handled] = entry;
        if (contains(onPad, barcode) || handled.securityFailed || handled.writing)
            return false;
        return newReader || handled.state == RfidPadLine::State::Refused;
    });
    std::erase_if(m_reportedMissing, [&](const auto& entry) { return !contains(onPad, entry.first); });

    std::vector<RfidPadLine> lines;
    for (const auto& item : items) {
        RfidPadLine line;
        line.barcode = qs(item.barcode);
        line.title = titleOf(item.barcode);
        line.total = item.total;
        if (!item.complete()) {
            line.missing = item.missing();
            reportIncomplete(item, line.title);
            lines.push_back(std::move(line));
            continue;
        }
        m_reportedMissing.erase(item.barcode);
        if (m_cardRefused && eligible(item.barcode)) {
            // Not for whoever is loaded: the card beside it says whose they are.
            line.state = RfidPadLine::State::Held;
            lines.push_back(std::move(line));
            continue;
        }
        if (eligible(item.barcode))
            handleItem(item);
        else if (Handled& handled = m_handled[item.barcode]; handled.securityFailed && !handled.writing)
            secure(item); // back on the pad: try again
        const Handled& handled = m_handled[item.barcode];
        line.state = handled.state;
        line.securityFailed = handled.securityFailed;
        lines.push_back(std::move(line));
    }
    for (const auto& tag : read.tags) {
        if (tag.data && !tag.data->primaryItemId.empty())
            continue;
        RfidPadLine line;
        line.state = RfidPadLine::State::Unreadable;
        line.barcode = qs(uidText(tag.uid));
        // The device's reason is English, for whoever reads the log; the panel says it in words.
        if (!tag.problem.empty() && !m_unreadable.contains(line.barcode))
            qInfo().noquote() << "RFID tag" << line.barcode << "unreadable:" << qs(tag.problem);
        m_unreadable.insert(line.barcode);
        lines.push_back(std::move(line));
    }
    m_onPad = std::move(onPad);
    m_lines = std::move(lines);
    emit linesChanged();
}

void RfidPadController::padFailed(const DeviceError& error)
{
    m_lines.clear();
    emit linesChanged();
    if (!m_connected)
        return; // said already: the pad is polled, and the log would fill with the same line
    qWarning().noquote() << "RFID pad:" << qs(error.message);
    m_connected = false;
    emit connectionChanged(false);
    emit attention(tr("The RFID pad does not answer"),
                   tr("Check that its cable is plugged in. Until it answers, scan the items' barcodes."));
}

void RfidPadController::takeCard(const std::vector<std::string>& cards)
{
    // A card lying on the pad counts once, as one scan would; lifted and put back, it counts again.
    // With several cards the first one read is taken.
    const std::string card = cards.empty() ? std::string() : cards.front();
    if (card == m_cardOnPad)
        return;
    m_cardOnPad = card;
    m_cardRefused = false;
    if (card.empty())
        return;
    if (const auto& reader = m_circulation.reader(); reader && reader->reader.card == card)
        return; // scanned already
    // The circulation screen shows the reader, or the refusal, as for a scanned card.
    m_circulation.loadReader(card);
    const auto& loaded = m_circulation.reader();
    m_cardRefused = !loaded || loaded->reader.card != card;
}

bool RfidPadController::eligible(const std::string& barcode) const
{
    const auto it = m_handled.find(barcode);
    if (it == m_handled.end())
        return true;
    // Put on the pad before the reader's card was scanned: returned then, lent now.
    return it->second.card.empty() && !m_card.empty() && it->second.state != RfidPadLine::State::Refused;
}

void RfidPadController::handleItem(const RfidPadItem& item)
{
    Handled handled;
    handled.card = m_card;
    // The circulation screen shows the outcome (and any refusal) as for a scanned barcode.
    const auto kind = m_circulation.handleItem(item.barcode);
    if (!kind) {
        handled.state = RfidPadLine::State::Refused;
        m_handled[item.barcode] = handled;
        return;
    }
    handled.state = *kind == PileLine::Kind::Checkout ? RfidPadLine::State::Lent : RfidPadLine::State::Returned;
    handled.secured = *kind != PileLine::Kind::Checkout;
    m_handled[item.barcode] = handled;
    secure(item);
}

void RfidPadController::secure(const RfidPadItem& item)
{
    Handled& handled = m_handled[item.barcode];
    handled.writing = true;
    post([this, barcode = item.barcode, uids = item.uids, secured = handled.secured](RfidReader& pad) {
        auto error = m_security.write(pad, uids, secured);
        QMetaObject::invokeMethod(
            this,
            [this, barcode, error = std::move(error)] {
                this->secured(barcode, error);
                finished();
            },
            Qt::QueuedConnection);
    });
}

void RfidPadController::secured(const std::string& barcode, const std::optional<DeviceError>& error)
{
    Handled& handled = m_handled[barcode];
    handled.writing = false;
    const QString title = titleOf(barcode);
    const bool lent = handled.state == RfidPadLine::State::Lent;
    if (error) {
        qWarning().noquote() << "RFID security bit of" << qs(barcode) << ":" << qs(error->message);
        if (!handled.securityFailed) {
            handled.securityFailed = true;
            if (lent)
                emit attention(
                    tr("%1 is lent, but its security bit could not be cleared: the gate will alarm").arg(title),
                    tr("The loan is recorded. Put the item back on the pad to try again, or desensitise "
                       "it by hand."));
            else
                emit attention(tr("%1 is returned, but its security bit could not be set").arg(title),
                               tr("The return is recorded. Put the item back on the pad to try again, or sensitise "
                                  "it by hand."));
        }
    } else if (handled.securityFailed) {
        handled.securityFailed = false;
        emit securityRepaired(lent ? tr("Security bit of %1 cleared: it can leave the library").arg(title)
                                   : tr("Security bit of %1 set").arg(title));
    }
    for (auto& line : m_lines)
        if (line.barcode == qs(barcode) && line.state != RfidPadLine::State::Unreadable)
            line.securityFailed = handled.securityFailed;
    emit linesChanged();
}

void RfidPadController::reportIncomplete(const RfidPadItem& item, const QString& title)
{
    const std::vector<int> missing = item.missing();
    auto& reported = m_reportedMissing[item.barcode];
    if (reported == missing)
        return; // said already; the panel keeps showing it
    reported = missing;
    QStringList parts;
    for (int k : missing)
        parts << QString::number(k);
    const QString headline = missing.size() == 1
        ? tr("%1 is missing part %2 (of %3)").arg(title, parts.front()).arg(item.total)
        : tr("%1 is missing parts %2 (of %3)").arg(title, parts.join(tr(", ", "between part numbers"))).arg(item.total);
    emit attention(headline,
                   tr("Put every part on the pad: a set is lent or returned only when all its parts are there."));
}

QString RfidPadController::titleOf(const std::string& barcode) const
{
    auto& catalogue = m_circulation.session().store.catalogue();
    if (auto item = catalogue.findItem(barcode))
        if (auto record = catalogue.findRecord(item->recordId))
            return tr("“%1”").arg(qs(record->title));
    return qs(barcode);
}
