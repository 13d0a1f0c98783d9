#include "CirculationView.h"

#include "CirculationController.h"
#include "DeskSession.h"
#include "DeskTerms.h"
#include "Feedback.h"
#include "MessageBar.h"
#include "PileTable.h"
#include "PlainText.h"
#include "ReaderPanel.h"
#include "RfidPadPanel.h"
#include "RoutingBanner.h"
#include "ScanCapture.h"
#include "ScannerSettings.h"

#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString defaultSlipDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/slips");
}

} // namespace

CirculationView::CirculationView(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_controller(new CirculationController(session, this))
    , m_feedback(new Feedback(this))
    , m_capture(new ScanCapture(this, scannerSettings(session)))
    , m_printer(std::make_unique<SlipPrinter>(defaultSlipDirectory()))
    , m_scanField(new QLineEdit(this))
    , m_scanLabel(new QLabel(this))
    , m_lastScan(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_reader(new ReaderPanel(this))
    , m_pile(new PileTable(this))
    , m_banner(new RoutingBanner(this))
    , m_keys(new QLabel(this))
    , m_rfidPanel(new RfidPadPanel(this))
{
    setObjectName(QStringLiteral("circulationView"));
    buildLayout();
    buildShortcuts();
    connectController();
    connect(m_scanField, &QLineEdit::returnPressed, this, &CirculationView::submitScanField);
    connect(m_capture, &ScanCapture::scanned, this, &CirculationView::scanned);
    setFocusProxy(m_scanField);
}

CirculationView::~CirculationView() = default;

void CirculationView::setSlipOutput(const QString& pdfDirectory, bool usePrinter)
{
    m_printer = std::make_unique<SlipPrinter>(pdfDirectory, usePrinter);
}

void CirculationView::buildLayout()
{
    m_scanField->setObjectName(QStringLiteral("scanField"));
    QFont big = m_scanField->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    m_scanField->setFont(big);
    m_lastScan->setObjectName(QStringLiteral("lastScan"));
    PlainText::keep(m_lastScan); // what a scanner or a tag sent
    // A fixed width, so that a long scan shown beside the field does not narrow the field.
    m_lastScan->setFixedWidth(m_lastScan->fontMetrics().horizontalAdvance(QStringLiteral("000000000000000000000")));
    m_keys->setObjectName(QStringLiteral("keyHints"));
    QFont keysFont = m_keys->font();
    keysFont.setBold(true);
    m_keys->setFont(keysFont);

    auto* scanRow = new QHBoxLayout;
    m_scanLabel->setBuddy(m_scanField);
    m_scanLabel->setFont(big);
    scanRow->addWidget(m_scanLabel);
    scanRow->addWidget(m_scanField, 1);
    scanRow->addWidget(m_lastScan);

    auto* right = new QVBoxLayout;
    right->addWidget(m_pile, 3);
    right->addWidget(m_banner, 2);
    right->addWidget(m_rfidPanel, 2); // hidden until a pad is attached
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_reader, 4);
    middle->addLayout(right, 5);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(scanRow);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addWidget(m_keys);
    retranslate();
}

// The shell switches the language at run time (its language menu): every text set here is set again.
void CirculationView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CirculationView::retranslate()
{
    m_scanLabel->setText(tr("&Scan:"));
    m_scanField->setPlaceholderText(tr("Scan a reader card, an ID number or an item barcode"));
    m_keys->setText(tr("F2 Scan  F3 Renew selected  F4 Renew all  F5 Hold  F6 Pay  F7 Waive  F8 New reader  "
                       "F12 Reader done  Ctrl+P Print slip  Ctrl+Shift+P Print card label"));
    m_message->retranslate();
    m_banner->retranslate();
    m_reader->retranslate(m_controller->reader());
    m_pile->retranslate(m_controller->pile());
}

void CirculationView::buildShortcuts()
{
    // F1 and F9-F11 belong to the shell (app/desk/DeskKeys.h); printing is on Ctrl+P.
    const std::pair<QKeySequence, void (CirculationView::*)()> keys[] = {
        {QKeySequence(Qt::Key_F2), &CirculationView::focusScanField},
        {QKeySequence(Qt::Key_Escape), &CirculationView::focusScanField},
        {QKeySequence(Qt::Key_F3), &CirculationView::renewSelected},
        {QKeySequence(Qt::Key_F4), &CirculationView::renewAll},
        {QKeySequence(Qt::Key_F5), &CirculationView::openHoldDialog},
        {QKeySequence(Qt::Key_F6), &CirculationView::openPaymentDialog},
        {QKeySequence(Qt::Key_F7), &CirculationView::openWaiverDialog},
        {QKeySequence(Qt::Key_F8), &CirculationView::openNewReaderDialog},
        {QKeySequence(Qt::Key_F12), &CirculationView::endReader},
        {QKeySequence(Qt::CTRL | Qt::Key_P), &CirculationView::printSlip},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &CirculationView::printCardLabel},
    };
    for (const auto& [key, slot] : keys) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        // Only while this screen has the focus: other screens of the desk keep their F-keys.
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
}

void CirculationView::connectController()
{
    connect(m_controller, &CirculationController::readerChanged, this, [this] {
        m_reader->setSnapshot(m_controller->reader());
    });
    connect(m_controller, &CirculationController::pileChanged, this, [this] {
        m_pile->setPile(m_controller->pile());
        if (m_controller->pile().empty())
            m_banner->clear();
    });
    connect(m_controller, &CirculationController::pileAppended, m_pile, &PileTable::append);
    connect(m_controller, &CirculationController::checkedIn, m_banner, &RoutingBanner::showRouting);
    connect(m_controller, &CirculationController::succeeded, this, [this](const QString& message, bool needsAction) {
        m_message->showSuccess(message, needsAction);
        m_feedback->play(needsAction ? Feedback::Cue::Action : Feedback::Cue::Success);
    });
    connect(m_controller, &CirculationController::refused, this, [this](const Problem& problem) {
        m_message->showProblem(problem);
        m_feedback->play(Feedback::Cue::Refusal);
    });
    connect(m_controller, &CirculationController::readerRegistered, this, &CirculationView::readerRegistered);
    m_controller->setLostChargeAsker(
        [this](const CirculationController::LostChargeQuestion& question) { return askLostCharge(question); });
}

std::optional<ils::LostChargeDecision>
CirculationView::askLostCharge(const CirculationController::LostChargeQuestion& question)
{
    QMessageBox box(QMessageBox::Question,
                    tr("Lost item found"),
                    tr("%1 was registered as lost and has now been found.\n%2 paid %3 yuan for it and owes %4 "
                       "yuan more.\nRefund the lost-item charge?")
                        .arg(question.title,
                             question.readerName,
                             DeskTerms::yuan(question.paidFen),
                             DeskTerms::yuan(question.owedFen)),
                    QMessageBox::NoButton,
                    this);
    box.setTextFormat(Qt::PlainText); // the title and the reader's name are replicated text
    QPushButton* refund = box.addButton(tr("Refund"), QMessageBox::YesRole);
    QPushButton* keep = box.addButton(tr("Keep the charge"), QMessageBox::NoRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == refund)
        return ils::LostChargeDecision::Refund;
    if (box.clickedButton() == keep)
        return ils::LostChargeDecision::Keep;
    return std::nullopt;
}

void CirculationView::focusScanField()
{
    m_scanField->setFocus(Qt::ShortcutFocusReason);
    m_scanField->selectAll();
}

void CirculationView::submitScanField()
{
    const QString text = m_scanField->text().trimmed();
    m_scanField->clear();
    if (text.isEmpty())
        return; // Enter on an empty field: nothing was asked
    showLastScan(text);
    m_controller->scan(text);
}

void CirculationView::scanned(const QString& text, QWidget* focus)
{
    // A field that asks for a barcode (the hold dialog's) takes the scan as its value.
    if (auto* field = qobject_cast<QLineEdit*>(focus); field && field->property("acceptsScans").toBool()) {
        field->setText(text);
        return;
    }
    showLastScan(text);
    m_controller->scan(text);
}

void CirculationView::showLastScan(const QString& text)
{
    m_lastScan->setText(m_lastScan->fontMetrics().elidedText(text, Qt::ElideMiddle, m_lastScan->width()));
    m_lastScan->setToolTip(PlainText::toolTip(text));
}

void CirculationView::endReader()
{
    m_controller->endReader();
    m_message->clear();
    focusScanField();
}

void CirculationView::openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        // Back to the screen, ready for the next scan, even where the window system does not
        // hand the activation back by itself.
        activateWindow();
        focusScanField();
    });
    dialog->open();
}
