// CirculationView: the F-key actions and their dialogs.
#include "CirculationView.h"

#include "CirculationController.h"
#include "DeskSession.h"
#include "Feedback.h"
#include "HoldDialog.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "MessageBar.h"
#include "NewReaderDialog.h"
#include "PaymentDialog.h"
#include "ReaderPanel.h"
#include "RuleStore.h"
#include "StaffAccounts.h"
#include "WaiverDialog.h"

#include <QTableWidget>

#include <algorithm>

namespace {

// The reader types the county's rules name, adult first: what a new reader can be.
std::vector<std::string> readerTypes(ils::LocalStore& store)
{
    std::vector<std::string> types {"adult"};
    for (const ils::RuleRow& row : store.rules().list())
        if (row.readerType != "*" && std::find(types.begin(), types.end(), row.readerType) == types.end())
            types.push_back(row.readerType);
    return types;
}

} // namespace

void CirculationView::renewSelected()
{
    QTableWidget* loans = m_reader->loansTable();
    const QString barcode = m_reader->selectedLoan();
    if (loans->hasFocus() && !barcode.isEmpty()) {
        m_controller->renew(barcode);
        return;
    }
    if (!m_controller->reader() || loans->rowCount() == 0) {
        m_controller->renewAll(); // says why there is nothing to renew
        return;
    }
    loans->setFocus(Qt::ShortcutFocusReason);
    if (loans->currentRow() < 0)
        loans->selectRow(0);
    m_message->showHint(tr("Choose the loan with the arrow keys, then press F3 again to renew it."));
}

void CirculationView::renewAll()
{
    m_controller->renewAll();
}

void CirculationView::openHoldDialog()
{
    if (!m_controller->permits(ils::DeskAction::Hold, Problem::Action::Hold))
        return;
    if (!m_controller->reader()) {
        m_controller->placeHold({}); // says a reader is needed first
        return;
    }
    auto* dialog = new HoldDialog(m_session.store.libraries().list(), m_session.library, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_controller->placeHold(dialog->barcode(), dialog->pickup());
    });
    openDialog(dialog);
}

void CirculationView::openPaymentDialog()
{
    if (!m_controller->permits(ils::DeskAction::TakePayment, Problem::Action::Pay))
        return;
    const auto& reader = m_controller->reader();
    if (!reader) {
        m_controller->pay({});
        return;
    }
    auto* dialog = new PaymentDialog(QString::fromStdString(reader->reader.name), reader->owedFen, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_controller->pay(dialog->amount()); });
    openDialog(dialog);
}

void CirculationView::openWaiverDialog()
{
    if (!m_controller->permits(ils::DeskAction::Waive, Problem::Action::Waive))
        return;
    const auto& reader = m_controller->reader();
    if (!reader) {
        m_controller->waive(0, {}, {});
        return;
    }
    auto* dialog = new WaiverDialog(reader->fees, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_controller->waive(dialog->feeId(), dialog->amount(), dialog->reason());
    });
    openDialog(dialog);
}

void CirculationView::openNewReaderDialog()
{
    if (!m_controller->permits(ils::DeskAction::Register, Problem::Action::Register))
        return;
    auto* dialog = new NewReaderDialog(readerTypes(m_session.store), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        (void)m_controller->registerReader(dialog->name(), dialog->type(), dialog->idNumber());
    });
    openDialog(dialog);
}

void CirculationView::printSlip()
{
    // With a reader: their receipt of what was lent and renewed. Without: the last return's slip.
    const DueSlip due = m_controller->dueSlip();
    if (m_controller->reader() && !due.lines.empty()) {
        report(m_printer->print(due));
        return;
    }
    if (const auto routing = m_controller->routingSlip()) {
        report(m_printer->print(*routing));
        return;
    }
    m_message->showHint(tr("Nothing to print yet: lend or return an item first."));
}

void CirculationView::printCardLabel()
{
    const auto label = m_controller->cardLabel();
    if (!label) {
        m_message->showHint(tr("Scan the reader's card first, then press Ctrl+Shift+P to print its label."));
        return;
    }
    report(m_printer->print(*label));
}

void CirculationView::report(const SlipPrinter::Outcome& outcome, const QString& before)
{
    if (outcome.kind == SlipPrinter::Outcome::Kind::Failed) {
        Problem problem;
        problem.source = Problem::Source::PrintFailed;
        problem.action = Problem::Action::Print;
        problem.detail = m_printer->pdfDirectory();
        m_message->showProblem(problem);
        m_feedback->play(Feedback::Cue::Refusal);
        return;
    }
    const QString where = outcome.kind == SlipPrinter::Outcome::Kind::Printed
        ? tr("Printed.")
        : tr("No printer: saved as PDF %1").arg(outcome.path);
    m_message->showSuccess(before.isEmpty() ? where : before + QLatin1Char(' ') + where, false);
}

void CirculationView::readerRegistered(const QString& card)
{
    if (const auto label = m_controller->cardLabel())
        report(m_printer->print(*label),
               tr("New reader, card %1: give the reader the card with this label.").arg(card));
}
