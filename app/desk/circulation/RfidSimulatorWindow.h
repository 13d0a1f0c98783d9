#pragma once

#include <QWidget>

#include <memory>
#include <string>
#include <vector>

namespace ils {
class LocalStore;
}
namespace ils::devices {
class SimulatedRfidPad;
class SimulatedScanner;
struct SimulatedTag;
} // namespace ils::devices
class QListWidget;
class QCheckBox;
class QLineEdit;
class QPushButton;

// For the demo (ils-desk --simulate-devices): a simulated RFID pad with tags for a few items of
// this desk's library (one of them a book with its CD, one a blank tag), and this small window
// to put them on the pad and take them off, pull the pad's cable, make the next security write
// fail, or read a barcode with a simulated (HID POS style) scanner. A stand-in for the
// librarian's hands; never part of a real desk.
class RfidSimulatorWindow : public QWidget
{
    Q_OBJECT

public:
    RfidSimulatorWindow(std::shared_ptr<ils::devices::SimulatedRfidPad> pad,
                        ils::LocalStore& store,
                        const std::string& library,
                        QWidget* parent = nullptr);
    ~RfidSimulatorWindow() override;

    // Adds a field whose text, on Enter, is "scanned" by this simulated scanner.
    void setScanner(std::shared_ptr<ils::devices::SimulatedScanner> scanner);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addTag(const std::string& barcode, int part, int total, const QString& label);
    void toggled();
    void retranslate();

    std::shared_ptr<ils::devices::SimulatedRfidPad> m_pad;
    std::string m_isil;
    std::vector<ils::devices::SimulatedTag> m_tags;
    QListWidget* m_list;
    QCheckBox* m_plugged;
    QPushButton* m_failWrite;
    std::shared_ptr<ils::devices::SimulatedScanner> m_scanner;
    QLineEdit* m_scanText;
};

// Gives the circulation screen in `window` the demo's simulated pad and scanner (made once per
// process, so the tags stay where they were across log-outs) and shows the window that moves them.
void attachSimulatedPad(QWidget* window, ils::LocalStore& store, const std::string& library);
