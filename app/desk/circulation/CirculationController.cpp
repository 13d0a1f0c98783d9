#include "CirculationController.h"

#include "CatalogueStore.h"
#include "DeskSession.h"
#include "DeskTerms.h"
#include "IdleCheckpoint.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "RangeStore.h"
#include "ReaderStore.h"
#include "ResidentId.h"
#include "StaffAccounts.h"

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

CirculationController::CirculationController(DeskSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_classifier(session.store.ranges(), session.store.readers(), session.store.catalogue())
    , m_checkpoint(new IdleCheckpoint(session.store.db(), this))
{
}

void CirculationController::scanNow(const QString& text)
{
    const ScanClass scanned = m_classifier.classify(text.toStdString());
    switch (scanned.kind) {
    case ScanKind::ReaderCard:
        loadReader(scanned.code);
        return;
    case ScanKind::ResidentId:
        loadReader(scanned.code, qs(ils::maskResidentId(text.trimmed().toStdString())));
        return;
    case ScanKind::Item:
        if (m_reader)
            checkout(scanned.code);
        else
            checkin(scanned.code);
        return;
    case ScanKind::UnregisteredResidentId:
    case ScanKind::NotOfNetwork:
    case ScanKind::Invalid:
    case ScanKind::TooLong:
        break;
    }
    Problem p;
    p.source = Problem::Source::Scan;
    p.scan = scanned.kind;
    // A resident ID number is never shown in full (DESIGN §4).
    p.subject =
        scanned.kind == ScanKind::UnregisteredResidentId ? qs(ils::maskResidentId(scanned.code)) : text.trimmed();
    if (scanned.kind == ScanKind::TooLong) // all of it was one scan; its start and length say enough
        p.subject = tr("%1… (%n characters)", nullptr, int(text.trimmed().size())).arg(text.trimmed().left(16));
    emit refused(p);
}

void CirculationController::loadReaderNow(const std::string& card, const QString& shownAs)
{
    if (!permits(ils::DeskAction::LookUp, Problem::Action::LoadReader, shownAs.isEmpty() ? qs(card) : shownAs))
        return;
    auto snapshot = ReaderSnapshot::load(m_session.store, card);
    if (!snapshot) {
        refuse(Problem::Action::LoadReader,
               ils::refuse(ils::Reason::ReaderUnknown, "no reader with card " + card),
               shownAs.isEmpty() ? qs(card) : shownAs);
        return;
    }
    const bool sameReader = m_reader && m_reader->reader.card == card;
    if (!sameReader && !m_pile.empty()) {
        m_pile.clear();
        emit pileChanged();
    }
    m_reader = std::move(snapshot);
    emit readerChanged();
    if (!m_reader->blocks.empty()) {
        // Shown before anything is scanned, so the librarian can tell the reader at once.
        refuse(Problem::Action::LoadReader, m_reader->blocks.front(), qs(card));
        return;
    }
    emit succeeded(tr("Reader %1: %n item(s) on loan", nullptr, static_cast<int>(m_reader->loans.size()))
                       .arg(qs(m_reader->reader.name)));
}

void CirculationController::endReader()
{
    m_reader.reset();
    m_pile.clear();
    emit readerChanged();
    emit pileChanged();
}

std::optional<PileLine::Kind> CirculationController::handleItemNow(const std::string& barcode)
{
    if (m_reader)
        return checkout(barcode) ? std::optional(PileLine::Kind::Checkout) : std::nullopt;
    return checkin(barcode) ? std::optional(PileLine::Kind::Checkin) : std::nullopt;
}

bool CirculationController::checkout(const std::string& barcode)
{
    if (!permits(ils::DeskAction::Lend, Problem::Action::Checkout, qs(barcode)))
        return false;
    const std::string card = m_reader->reader.card;
    auto result = m_session.store.circulation().checkout(card, barcode, m_session.library.toStdString());
    if (!result) {
        refuse(Problem::Action::Checkout, result.refusal(), qs(barcode));
        return false;
    }
    PileLine line;
    line.kind = PileLine::Kind::Checkout;
    line.barcode = barcode;
    line.title = result->title;
    line.due = result->loan.due;
    line.filledHold = result->filledHold;
    committed();
    addToPile(line);
    refresh();
    const QString due = qs(line.due->toIso());
    emit succeeded(line.filledHold ? tr("Lent (the reader's hold): %1, due %2").arg(qs(line.title), due)
                                   : tr("Lent: %1, due %2").arg(qs(line.title), due));
    return true;
}

bool CirculationController::checkin(const std::string& barcode)
{
    if (!permits(ils::DeskAction::Return, Problem::Action::Checkin, qs(barcode)))
        return false;
    ils::Circulation& circulation = m_session.store.circulation();
    auto result = circulation.checkin(barcode, m_session.library.toStdString());
    if (!result && result.refusal().reason == ils::Reason::LostChargeUndecided && m_askLostCharge) {
        LostChargeQuestion question;
        for (const ils::Fee& fee : circulation.lostCharges(barcode)) {
            question.paidFen += fee.paidFen;
            question.owedFen += fee.outstandingFen();
            if (question.readerName.isEmpty()) {
                const auto reader = m_session.store.readers().find(fee.reader);
                question.readerName = qs(reader ? reader->name : fee.reader);
            }
        }
        if (const auto item = m_session.store.catalogue().findItem(barcode))
            if (const auto record = m_session.store.catalogue().findRecord(item->recordId))
                question.title = qs(record->title);
        if (const auto decision = m_askLostCharge(question))
            result = circulation.checkin(barcode, m_session.library.toStdString(), {}, {*decision});
    }
    if (!result) {
        refuse(Problem::Action::Checkin, result.refusal(), qs(barcode));
        return false;
    }
    PileLine line;
    line.kind = PileLine::Kind::Checkin;
    line.barcode = barcode;
    line.title = result->title;
    line.routing = result->routing;
    line.routingLibraryName = libraryName(result->routing.library).toStdString();
    line.callNumber = result->item.callNumber;
    line.borrowerName = result->borrowerName;
    line.borrowerCard = result->loan ? result->loan->reader : std::string();
    line.fineFen = result->fineFen;
    line.overdueDays = result->overdueDays;
    line.foundLost = result->foundLost;
    m_lastCheckin = line;
    committed();
    addToPile(line);
    emit checkedIn(line);
    QString message;
    if (line.routing.action == ils::RoutingAction::ToCataloguing)
        message = tr("Checked in: %1 — not catalogued yet, give it to the cataloguers").arg(qs(line.title));
    else if (line.routing.action == ils::RoutingAction::KeepWithdrawn)
        message = tr("Checked in: %1 — withdrawn from stock, do not shelve it").arg(qs(line.title));
    else if (line.foundLost)
        message = tr("Returned: %1 — %2").arg(qs(line.title), DeskTerms::foundLost(*line.foundLost));
    else
        message = result->loan ? tr("Returned: %1").arg(qs(line.title))
                               : tr("Returned: %1 (it was not on loan)").arg(qs(line.title));
    if (line.fineFen > 0)
        message += tr(" — %n day(s) overdue, fine %1 yuan owed by %2 (card %3)", nullptr, line.overdueDays)
                       .arg(DeskTerms::yuan(line.fineFen), qs(line.borrowerName), qs(line.borrowerCard));
    emit succeeded(message, line.routing.action != ils::RoutingAction::Reshelve || line.foundLost.has_value());
    return true;
}

void CirculationController::renewNow(const QString& barcode)
{
    const std::string code = barcode.trimmed().toStdString();
    if (!permits(ils::DeskAction::Renew, Problem::Action::Renew, qs(code)))
        return;
    auto result = renewOne(code);
    if (!result) {
        refuse(Problem::Action::Renew, result.refusal(), qs(code));
        return;
    }
    refresh();
    emit succeeded(tr("Renewed: %1, now due %2").arg(qs(result->title), qs(result->due->toIso())));
}

// One message for the lot: the refusals of the loans that could not be renewed, if any, say why;
// the pile shows each loan that was.
void CirculationController::renewAllNow()
{
    if (!permits(ils::DeskAction::Renew, Problem::Action::Renew))
        return;
    if (!m_reader) {
        problem(Problem::Source::NoReader, Problem::Action::Renew);
        return;
    }
    if (m_reader->loans.empty()) {
        problem(Problem::Source::NothingToRenew, Problem::Action::Renew, {}, qs(m_reader->reader.card));
        return;
    }
    int renewed = 0;
    std::optional<Problem> first;
    int refusedCount = 0;
    const auto loans = m_reader->loans;
    for (const auto& loan : loans) {
        auto result = renewOne(loan.loan.item);
        if (result) {
            ++renewed;
        } else if (++refusedCount == 1) {
            first = Problem::engine(Problem::Action::Renew, result.refusal(), qs(loan.loan.item));
        }
    }
    refresh();
    const QString summary = tr("Renewed %1 of %2 loans").arg(renewed).arg(loans.size());
    if (!first) {
        emit succeeded(summary);
        return;
    }
    first->detail = tr("%1; %n not renewed.", nullptr, refusedCount).arg(summary);
    emit refused(*first);
}

ils::Result<PileLine> CirculationController::renewOne(const std::string& barcode)
{
    auto result = m_session.store.circulation().renew(barcode, m_session.library.toStdString());
    if (!result)
        return result.refusal();
    PileLine line;
    line.kind = PileLine::Kind::Renew;
    line.barcode = barcode;
    if (auto item = m_session.store.catalogue().findItem(barcode))
        if (auto record = m_session.store.catalogue().findRecord(item->recordId))
            line.title = record->title;
    line.due = result->loan.due;
    committed();
    addToPile(line);
    return line;
}

void CirculationController::addToPile(const PileLine& line)
{
    // Returns with no reader pile up all day: the oldest go, so the table stays quick to draw.
    constexpr std::size_t most = 200;
    if (m_pile.size() >= most) {
        m_pile.erase(m_pile.begin(), m_pile.begin() + most / 2);
        m_pile.push_back(line);
        emit pileChanged();
        return;
    }
    m_pile.push_back(line);
    emit pileAppended(line);
}

void CirculationController::refresh()
{
    if (!m_reader)
        return;
    m_reader = ReaderSnapshot::load(m_session.store, m_reader->reader.card);
    emit readerChanged();
}

void CirculationController::committed()
{
    m_checkpoint->transactionDone();
    if (m_session.requestSync)
        m_session.requestSync();
}

void CirculationController::refuse(Problem::Action action, const ils::Refusal& refusal, const QString& subject)
{
    emit refused(Problem::engine(action, refusal, subject));
}

bool CirculationController::permits(ils::DeskAction action, Problem::Action shown, const QString& subject)
{
    if (ils::deskAllows(m_session.role, action))
        return true;
    problem(Problem::Source::NotPermitted, shown, {}, subject);
    return false;
}

void CirculationController::problem(Problem::Source source,
                                    Problem::Action action,
                                    const QString& detail,
                                    const QString& subject)
{
    Problem p;
    p.source = source;
    p.action = action;
    p.detail = detail;
    p.subject = subject;
    emit refused(p);
}

QString CirculationController::libraryName(const std::string& code) const
{
    const auto library = m_session.store.libraries().find(code);
    return library ? qs(library->name) : qs(code);
}
