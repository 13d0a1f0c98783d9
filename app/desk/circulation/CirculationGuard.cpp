// The librarian's actions, each run so that a storage failure (above all a full disk) is told in
// plain words instead of ending the program: the engine rolled its transaction back, so what was
// saved before is intact, and the same action works again once there is space.
#include "CirculationController.h"

#include "Database.h"

bool CirculationController::guarded(Problem::Action shown, const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const ils::DiskFullError& error) {
        qWarning("desk: the disk is full: %s", error.what());
        problem(Problem::Source::DiskFull, shown);
    } catch (const ils::StoreError& error) {
        qWarning("desk: the database failed: %s", error.what());
        problem(Problem::Source::StorageFailed, shown);
    }
    return false;
}

void CirculationController::scan(const QString& text)
{
    guarded(Problem::Action::Scan, [&] { scanNow(text); });
}

void CirculationController::loadReader(const std::string& card, const QString& shownAs)
{
    guarded(Problem::Action::LoadReader, [&] { loadReaderNow(card, shownAs); });
}

std::optional<PileLine::Kind> CirculationController::handleItem(const std::string& barcode)
{
    std::optional<PileLine::Kind> kind;
    guarded(m_reader ? Problem::Action::Checkout : Problem::Action::Checkin, [&] { kind = handleItemNow(barcode); });
    return kind;
}

void CirculationController::renew(const QString& barcode)
{
    guarded(Problem::Action::Renew, [&] { renewNow(barcode); });
}

void CirculationController::renewAll()
{
    guarded(Problem::Action::Renew, [&] { renewAllNow(); });
}

void CirculationController::placeHold(const QString& barcode, const QString& pickupLibrary)
{
    guarded(Problem::Action::Hold, [&] { placeHoldNow(barcode, pickupLibrary); });
}

void CirculationController::pay(const QString& yuan)
{
    guarded(Problem::Action::Pay, [&] { payNow(yuan); });
}

void CirculationController::waive(std::int64_t feeId, const QString& yuan, const QString& reason)
{
    guarded(Problem::Action::Waive, [&] { waiveNow(feeId, yuan, reason); });
}

std::optional<std::string>
CirculationController::registerReader(const QString& name, const QString& type, const QString& idNumber)
{
    std::optional<std::string> card;
    guarded(Problem::Action::Register, [&] { card = registerReaderNow(name, type, idNumber); });
    return card;
}
