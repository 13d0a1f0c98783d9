// CirculationController: holds, fees and new readers — everything at the desk that is not a scan.
#include "CirculationController.h"

#include "DeskSession.h"
#include "DeskTerms.h"
#include "LocalStore.h"
#include "Money.h"
#include "ResidentId.h"
#include "StaffAccounts.h"

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

void CirculationController::placeHoldNow(const QString& barcode, const QString& pickupLibrary)
{
    if (!permits(ils::DeskAction::Hold, Problem::Action::Hold, barcode.trimmed()))
        return;
    if (!m_reader) {
        problem(Problem::Source::NoReader, Problem::Action::Hold, {}, barcode);
        return;
    }
    const QString pickup = pickupLibrary.isEmpty() ? m_session.library : pickupLibrary;
    auto result = m_session.store.circulation().placeHold(
        m_reader->reader.card, barcode.trimmed().toStdString(), pickup.toStdString());
    if (!result) {
        refuse(Problem::Action::Hold, result.refusal(), barcode.trimmed());
        return;
    }
    committed();
    refresh();
    emit succeeded(tr("Hold placed on %1: number %2 in the queue, to collect at %3")
                       .arg(qs(result->title))
                       .arg(result->queuePosition)
                       .arg(libraryName(pickup.toStdString())));
}

void CirculationController::payNow(const QString& yuan)
{
    if (!permits(ils::DeskAction::TakePayment, Problem::Action::Pay))
        return;
    if (!m_reader) {
        problem(Problem::Source::NoReader, Problem::Action::Pay);
        return;
    }
    const auto fen = ils::parseYuan(yuan.toStdString());
    if (!fen) {
        refuse(Problem::Action::Pay, fen.refusal(), qs(m_reader->reader.card)); // its detail says what and where
        return;
    }
    auto result = m_session.store.circulation().pay(m_reader->reader.card, fen.value());
    if (!result) {
        refuse(Problem::Action::Pay, result.refusal(), qs(m_reader->reader.card));
        return;
    }
    committed();
    refresh();
    emit succeeded(tr("Paid %1 yuan; still owed %2 yuan")
                       .arg(DeskTerms::yuan(result->appliedFen), DeskTerms::yuan(m_reader->owedFen)));
}

void CirculationController::waiveNow(std::int64_t feeId, const QString& yuan, const QString& reason)
{
    if (!permits(ils::DeskAction::Waive, Problem::Action::Waive))
        return;
    if (!m_reader) {
        problem(Problem::Source::NoReader, Problem::Action::Waive);
        return;
    }
    const auto fen = ils::parseYuan(yuan.toStdString());
    if (!fen) {
        refuse(Problem::Action::Waive, fen.refusal(), qs(m_reader->reader.card)); // its detail says what and where
        return;
    }
    auto result = m_session.store.circulation().waive(feeId, fen.value(), reason.trimmed().toStdString());
    if (!result) {
        refuse(Problem::Action::Waive, result.refusal(), qs(m_reader->reader.card));
        return;
    }
    committed();
    refresh();
    emit succeeded(tr("Waived %1 yuan").arg(DeskTerms::yuan(result->appliedFen)));
}

std::optional<std::string>
CirculationController::registerReaderNow(const QString& name, const QString& type, const QString& idNumber)
{
    if (!permits(ils::DeskAction::Register, Problem::Action::Register, name.trimmed()))
        return std::nullopt;
    ils::NewReader request;
    request.library = m_session.library.toStdString();
    request.name = name.trimmed().toStdString();
    request.type = type.isEmpty() ? "adult" : type.toStdString();
    if (!idNumber.trimmed().isEmpty())
        request.idNumber = idNumber.trimmed().toStdString();
    auto result = m_session.store.circulation().registerReader(request);
    if (!result) {
        // The engine's detail may quote the ID number; the subject shows it masked.
        const QString subject = request.idNumber ? qs(ils::maskResidentId(*request.idNumber)) : name.trimmed();
        refuse(Problem::Action::Register, result.refusal(), subject);
        return std::nullopt;
    }
    committed();
    const std::string card = result->card;
    loadReader(card);
    emit succeeded(tr("New reader %1, card %2").arg(qs(result->name), qs(card)));
    emit readerRegistered(qs(card)); // last: the view prints the label and says so
    return card;
}
