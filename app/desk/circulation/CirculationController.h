#pragma once

#include "PileLine.h"
#include "Problem.h"
#include "ReaderSnapshot.h"
#include "ScanClassifier.h"
#include "Slips.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

struct DeskSession;
class IdleCheckpoint;
namespace ils {
enum class DeskAction;
}

// The desk's circulation service: what the librarian asked for, in the engine's terms, and what
// to show afterwards. No widgets: the view draws what the signals say, and tests drive it
// directly. Holds the current reader and the pile of items handled in that reader's session.
class CirculationController : public QObject
{
    Q_OBJECT

public:
    explicit CirculationController(DeskSession& session, QObject* parent = nullptr);

    DeskSession& session() { return m_session; }
    const std::optional<ReaderSnapshot>& reader() const { return m_reader; }
    const std::vector<PileLine>& pile() const { return m_pile; }
    const std::optional<PileLine>& lastCheckin() const { return m_lastCheckin; }

    // One field takes everything: a reader's card or resident ID loads the reader (ending the
    // previous reader's session); an item is lent to the loaded reader, or returned when none is.
    void scan(const QString& text);
    void loadReader(const std::string& card, const QString& shownAs = {});
    void endReader(); // the reader leaves: clears the reader and the pile
    // An item read from an RFID tag, as if its barcode were scanned: lent to the loaded reader, or
    // returned when none is. Which of the two, or nothing when refused (emitted as for a scan).
    std::optional<PileLine::Kind> handleItem(const std::string& barcode);
    void renew(const QString& barcode);
    void renewAll();
    void placeHold(const QString& barcode, const QString& pickupLibrary = {});
    void pay(const QString& yuan);
    void waive(std::int64_t feeId, const QString& yuan, const QString& reason);
    // Registers a reader of this desk's library with the next card number of its range and
    // loads them; the new card, or nothing when refused.
    std::optional<std::string> registerReader(const QString& name, const QString& type, const QString& idNumber);

    // Whether the person's role allows `action` here (ils::deskAllows); if not, says so as a
    // refusal of `shown` and answers false. The view asks before opening a dialog.
    bool permits(ils::DeskAction action, Problem::Action shown, const QString& subject = {});

    // Asks the librarian whether to refund the charge of a lost copy that came back, when the
    // county says "ask": Refund, Keep, or nothing to leave the copy unreturned. The view asks
    // in a dialog; tests answer directly.
    struct LostChargeQuestion
    {
        QString title;
        QString readerName;
        std::int64_t paidFen = 0; // what would be handed back
        std::int64_t owedFen = 0; // what would no longer be owed
    };
    using LostChargeAsker = std::function<std::optional<ils::LostChargeDecision>(const LostChargeQuestion&)>;
    void setLostChargeAsker(LostChargeAsker asker) { m_askLostCharge = std::move(asker); }

    DueSlip dueSlip() const;
    std::optional<RoutingSlip> routingSlip() const;
    std::optional<CardLabel> cardLabel() const;
    QString libraryName(const std::string& code) const;

signals:
    void readerChanged();
    void pileChanged(); // replaced as a whole (emptied, or its oldest lines dropped)
    void pileAppended(const PileLine& line);
    // A transaction is done; the message says what. `needsAction`: a returned item must go
    // somewhere other than the shelf here (hold shelf, transit box).
    void succeeded(const QString& message, bool needsAction = false);
    void checkedIn(const PileLine& line); // with the routing the banner shows
    void refused(const Problem& problem);
    void readerRegistered(const QString& card);

private:
    // The actions above, unguarded; the public ones run them through guarded()
    // (CirculationGuard.cpp), which turns a storage failure such as a full disk into a Problem.
    void scanNow(const QString& text);
    void loadReaderNow(const std::string& card, const QString& shownAs);
    std::optional<PileLine::Kind> handleItemNow(const std::string& barcode);
    void renewNow(const QString& barcode);
    void renewAllNow();
    void placeHoldNow(const QString& barcode, const QString& pickupLibrary);
    void payNow(const QString& yuan);
    void waiveNow(std::int64_t feeId, const QString& yuan, const QString& reason);
    std::optional<std::string> registerReaderNow(const QString& name, const QString& type, const QString& idNumber);
    // Runs `action`; false when the database could not do it (emitted as a Problem: disk full,
    // or another storage failure). The engine's transaction was rolled back: nothing half-done.
    bool guarded(Problem::Action shown, const std::function<void()>& action);

    bool checkout(const std::string& barcode);
    bool checkin(const std::string& barcode);
    ils::Result<PileLine> renewOne(const std::string& barcode); // adds it to the pile
    void addToPile(const PileLine& line);
    void refresh();
    void committed(); // after every successful transaction
    void refuse(Problem::Action action, const ils::Refusal& refusal, const QString& subject);
    void
    problem(Problem::Source source, Problem::Action action, const QString& detail = {}, const QString& subject = {});
    QString nowText() const;

    DeskSession& m_session;
    ScanClassifier m_classifier;
    IdleCheckpoint* m_checkpoint;
    std::optional<ReaderSnapshot> m_reader;
    std::vector<PileLine> m_pile;
    std::optional<PileLine> m_lastCheckin;
    LostChargeAsker m_askLostCharge;
};
