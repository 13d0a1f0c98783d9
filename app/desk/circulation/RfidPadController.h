#pragma once

#include "RfidPadRead.h"
#include "RfidSecurity.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

class CirculationController;
class QThread;
class QTimer;

// One line of the pad panel: an item (or an unreadable tag) on the pad and what became of it.
struct RfidPadLine
{
    enum class State
    {
        Incomplete, // parts of a set are missing: not lent or returned until they are there
        Lent,
        Returned,
        Refused, // the circulation screen said why
        Unreadable, // a tag without library data
        Held, // not handled: the reader card lying with it was refused
    };
    State state = State::Incomplete;
    QString barcode; // Unreadable: the tag's UID
    QString title;
    int total = 1;
    std::vector<int> missing;
    bool securityFailed = false; // the security bit is not as the loan or return needs it
};

// The desk's RFID pad: reads what lies on it, loads the reader whose card (a tag of type of usage
// 8x) lies there, as if the card had been scanned, then lends (a reader is loaded) or returns
// (none is) each complete item as if its barcode had been scanned, then writes the security bit: "not
// secured" after a loan, "secured" after a return. A set is handled only when all its parts are
// on the pad. Every call to the pad runs on one device thread, in the order asked, so the screen
// never waits for the pad and the outcome does not depend on timing.
//
// Each item is handled once while it stays on the pad; when another reader is loaded, the items
// still lying there stay as they were (they belong to the last reader), except those returned
// with no reader loaded, which are then lent. A security bit that could not be written is tried
// again each time the item is read, until it takes: the loan or return itself is already
// committed and is never undone.
class RfidPadController : public QObject
{
    Q_OBJECT

public:
    RfidPadController(CirculationController& circulation,
                      std::shared_ptr<ils::devices::RfidReader> pad,
                      RfidSecurity security,
                      QObject* parent = nullptr);
    ~RfidPadController() override;

    // How often the pad is read; 0: only when readNow() is called (tests).
    void setPollInterval(int ms);
    void readNow();
    bool busy() const { return m_outstanding > 0; } // a read or write is under way
    bool connected() const { return m_connected; }
    QString description() const;
    const std::vector<RfidPadLine>& lines() const { return m_lines; }

signals:
    void linesChanged();
    void connectionChanged(bool connected);
    // Something the librarian must act on: a set with a part missing, a security bit not written,
    // the pad gone. `todo` says what to do.
    void attention(const QString& headline, const QString& todo);
    // The security bit of an item that had failed is now right.
    void securityRepaired(const QString& message);

private:
    struct Handled
    {
        std::string card; // the reader it was lent to; empty: returned
        RfidPadLine::State state = RfidPadLine::State::Refused;
        bool secured = true; // what the security bit must say
        bool securityFailed = false;
        bool writing = false;
    };

    void post(std::function<void(ils::devices::RfidReader&)> job);
    void padRead(const RfidPadRead& read);
    void padFailed(const ils::devices::DeviceError& error);
    void takeCard(const std::vector<std::string>& cards);
    void handleItem(const RfidPadItem& item);
    bool eligible(const std::string& barcode) const;
    void secure(const RfidPadItem& item);
    void secured(const std::string& barcode, const std::optional<ils::devices::DeviceError>& error);
    void reportIncomplete(const RfidPadItem& item, const QString& title);
    void readerChanged();
    void finished();
    QString titleOf(const std::string& barcode) const;

    CirculationController& m_circulation;
    std::shared_ptr<ils::devices::RfidReader> m_pad;
    const RfidSecurity m_security;
    QThread* m_thread;
    QObject* m_worker; // lives in m_thread: jobs are queued to it
    QTimer* m_poll;
    // Touched only by the reads, which run one at a time on the device thread.
    std::shared_ptr<RfidTagMemoryCache> m_memory;
    int m_outstanding = 0;
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_connected = true;
    std::string m_card; // the reader loaded when the pad was last read
    std::string m_cardOnPad; // the reader card lying on the pad at the last read
    bool m_cardRefused = false; // its reader could not be loaded: the items with it wait
    std::map<std::string, Handled> m_handled;
    QSet<QString> m_unreadable; // tags whose reason is in the log already: once, not at every poll
    std::map<std::string, std::vector<int>> m_reportedMissing;
    std::vector<std::string> m_onPad; // barcodes on the pad at the last read
    std::vector<RfidPadLine> m_lines;
};
