#pragma once

#include "CirculationController.h"
#include "SlipPrinter.h"

#include <QWidget>

#include <functional>
#include <memory>

struct DeskSession;
namespace ils::devices {
class RfidReader;
struct Scan;
} // namespace ils::devices
class Feedback;
class MessageBar;
class PileTable;
class QLabel;
class QLineEdit;
class ReaderPanel;
class RfidPadController;
class RfidPadPanel;
class RoutingBanner;
class ScanCapture;

// The circulation screen: one large scan field, the message line, the reader panel, the pile
// and the routing banner, with F-keys for everything else. Thin: it passes what the librarian
// does to the CirculationController and draws what comes back.
//
// Keys (while focus is anywhere in the screen): F2 (or Esc) scan field, F3 renew the selected
// loan, F4 renew all, F5 hold, F6 payment, F7 waiver, F8 new reader, F12 reader done, Ctrl+P
// print the slip, Ctrl+Shift+P print the card label. F1 and F9-F11 are the shell's
// (app/desk/DeskKeys.h). A scan is recognised wherever the focus is (ScanCapture).
class CirculationView : public QWidget
{
    Q_OBJECT

public:
    explicit CirculationView(DeskSession& session, QWidget* parent = nullptr);
    ~CirculationView() override;

    CirculationController& controller() { return *m_controller; }
    Feedback& feedback() { return *m_feedback; }
    // Where slips and labels go: the default printer, else PDF files in `pdfDirectory`
    // (always there when `usePrinter` is false).
    void setSlipOutput(const QString& pdfDirectory, bool usePrinter);
    const SlipPrinter& slipPrinter() const { return *m_printer; }
    // Lends or returns what is put on this RFID pad, and shows it in the pad panel. pollMs: how
    // often the pad is read (negative: local.rfid_poll_ms, default 400; 0: only on request).
    void attachRfidPad(std::shared_ptr<ils::devices::RfidReader> pad, int pollMs = -1);
    RfidPadController* rfidPad() { return m_rfidPad; } // nullptr until a pad is attached
    // Where a scanner driver (USB HID POS, serial, the simulator) hands its scans: callable from
    // any thread; each scan reaches this screen on the GUI thread as a keyboard-wedge scan would.
    std::function<void(const ils::devices::Scan&)> scanReceiver();

public slots:
    void focusScanField();
    void renewSelected();
    void renewAll();
    void openHoldDialog();
    void openPaymentDialog();
    void openWaiverDialog();
    void openNewReaderDialog();
    void printSlip();
    void printCardLabel();
    void endReader();
    void showLastScan(const QString& text); // elided to its fixed width; the whole scan in the tooltip

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void buildLayout();
    void buildShortcuts();
    void connectController();
    std::optional<ils::LostChargeDecision> askLostCharge(const CirculationController::LostChargeQuestion& question);
    void submitScanField();
    void scanned(const QString& text, QWidget* focus);
    void report(const SlipPrinter::Outcome& outcome, const QString& before = {});
    void readerRegistered(const QString& card);
    void openDialog(class QDialog* dialog);

    DeskSession& m_session;
    CirculationController* m_controller;
    Feedback* m_feedback;
    ScanCapture* m_capture;
    std::unique_ptr<SlipPrinter> m_printer;
    QLineEdit* m_scanField;
    QLabel* m_scanLabel;
    QLabel* m_lastScan;
    MessageBar* m_message;
    ReaderPanel* m_reader;
    PileTable* m_pile;
    RoutingBanner* m_banner;
    QLabel* m_keys;
    RfidPadPanel* m_rfidPanel;
    RfidPadController* m_rfidPad = nullptr;
};
