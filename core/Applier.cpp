#include "Applier.h"

#include "CatalogueStore.h"
#include "Cataloguing.h"
#include "Circulation.h"
#include "Database.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "RangeStore.h"
#include "ReaderStore.h"

#include <charconv>
#include <functional>

namespace ils {

namespace {

struct Verdict
{
    std::optional<Refusal> rejection;
    std::vector<Refusal> exceptions;
    std::string library; // the acting library, for the report
};

template<typename T>
Verdict verdictOf(Result<T> result, std::string library)
{
    Verdict verdict;
    verdict.library = std::move(library);
    if (!result)
        verdict.rejection = result.refusal();
    else
        verdict.exceptions = std::move(result.value().exceptions);
    return verdict;
}

Verdict rejected(Refusal refusal, std::string library = {})
{
    Verdict verdict;
    verdict.rejection = std::move(refusal);
    verdict.library = std::move(library);
    return verdict;
}

Verdict rejected(Reason reason, std::string detail, std::string library = {})
{
    return rejected(refuse(reason, std::move(detail)), std::move(library));
}

// The moment an operation happened at its node, from its payload.
Timestamp eventTime(const FlatJson& facts, const PushedEntry& entry)
{
    for (const char* key : {"out_at", "returned_at", "renewed_at", "placed_at", "paid_at", "edited_at"})
        if (auto at = facts.number(key))
            return *at;
    return entry.createdAt;
}

void writeTombstone(Database& db, const char* table, std::int64_t id)
{
    Query exists(db, std::string("SELECT 1 FROM ") + table + " WHERE id = ?");
    exists.bind(1, id);
    if (exists.step())
        return;
    Query q(db, "INSERT INTO changes(tbl, key, row) VALUES(?, json_object('id', ?), NULL)");
    q.bind(1, table).bind(2, id).run();
}

// A rejected operation changed rows at its node that the central did not: send the node the
// central's version of each row it touched, and tombstones for the rows only it created.
void repairNode(Database& db, const FlatJson& facts)
{
    if (auto barcode = facts.text("barcode")) {
        Query q(db, "UPDATE items SET status = status WHERE barcode = ?");
        q.bind(1, *barcode).run();
        Query loans(db, "UPDATE loans SET item = item WHERE item = ? AND returned_at IS NULL");
        loans.bind(1, *barcode).run();
    }
    if (auto card = facts.text("card")) {
        Query q(db, "UPDATE readers SET status = status WHERE card = ?");
        q.bind(1, *card).run();
    }
    const std::pair<const char*, const char*> created[] = {{"loan_id", "loans"},
                                                           {"hold_id", "holds"},
                                                           {"fee_id", "fees"},
                                                           {"event_id", "fee_events"},
                                                           {"item_event_id", "item_events"},
                                                           {"record_id", "records"}};
    for (const auto& [key, table] : created)
        if (auto id = facts.number(key))
            writeTombstone(db, table, *id);
    if (auto split = facts.text("split")) {
        // "fee:amount:event;…": the events are rows the node created.
        std::string_view rest = *split;
        while (!rest.empty()) {
            const auto end = rest.find(';');
            const auto piece = rest.substr(0, end);
            const auto colon = piece.rfind(':');
            std::int64_t event = 0;
            if (colon != std::string_view::npos)
                std::from_chars(piece.data() + colon + 1, piece.data() + piece.size(), event);
            if (event > 0)
                writeTombstone(db, "fee_events", event);
            if (end == std::string_view::npos)
                break;
            rest.remove_prefix(end + 1);
        }
    }
}

} // namespace

ApplyOutcome Applier::apply(const NodeInfo& node, const PushedEntry& entry)
{
    Database& db = m_store.db();
    ApplyOutcome outcome;
    outcome.seq = entry.seq;
    const auto parsed = parseFlatJson(entry.payload);
    Verdict verdict;
    if (!parsed.value) {
        verdict = rejected(Reason::MalformedPayload, "payload of " + entry.type + ": " + parsed.error);
    } else {
        const FlatJson& facts = *parsed.value;
        const Occasion occasion {eventTime(facts, entry), &facts};
        const auto text = [&](const char* key) { return facts.text(key).value_or(""); };
        const auto mine = [&](const std::string& library) {
            return !library.empty() && m_store.libraries().isSelfOrAncestor(node.library, library);
        };
        const auto codeIsMine = [&](const std::string& code) {
            const auto owner = m_store.ranges().resolve(code);
            return owner && mine(owner->range.library);
        };
        Circulation& circulation = m_store.circulation();
        const std::string& type = entry.type;
        const std::string at = text("at");
        if ((type == "checkout" || type == "checkin" || type == "renew" || type == "hold.expire") && !mine(at)) {
            verdict = rejected(Reason::NotAuthorised,
                               "node " + node.nodeId + " of " + node.library + " cannot act for library " + at,
                               at);
        } else if (type == "checkout") {
            verdict = verdictOf(circulation.checkout(text("card"), text("barcode"), at, occasion), at);
        } else if (type == "checkin") {
            verdict = verdictOf(circulation.checkin(text("barcode"), at, occasion), at);
        } else if (type == "renew") {
            verdict = verdictOf(circulation.renew(text("barcode"), at, occasion), at);
        } else if (type == "hold.place") {
            verdict = verdictOf(circulation.placeHold(text("card"), text("barcode"), text("pickup"), occasion),
                                text("pickup"));
        } else if (type == "hold.cancel") {
            auto result = circulation.cancelHold(facts.number("hold_id").value_or(0), occasion);
            verdict = result ? Verdict {} : rejected(result.refusal());
        } else if (type == "hold.expire") {
            auto result = circulation.expireHold(facts.number("hold_id").value_or(0), occasion);
            verdict = result ? Verdict {{}, {}, at} : rejected(result.refusal(), at);
        } else if (type == "fee.pay") {
            verdict = verdictOf(circulation.pay(text("card"), facts.number("amount_fen").value_or(0), occasion), {});
        } else if (type == "fee.waive") {
            verdict = verdictOf(circulation.waive(facts.number("fee_id").value_or(0),
                                                  facts.number("amount_fen").value_or(0),
                                                  text("reason"),
                                                  occasion),
                                {});
        } else if (type == "reader.status") {
            const auto status = readerStatusFromString(text("status"));
            if (!status) {
                verdict = rejected(Reason::MalformedPayload, "unknown reader status '" + text("status") + "'");
            } else {
                auto result = circulation.setReaderStatus(text("card"), *status, text("reason"), occasion);
                verdict = result ? Verdict {} : rejected(result.refusal());
            }
        } else if (type == "reader.add") {
            const std::string card = text("card");
            const std::string library = text("library");
            if (!mine(library) || !codeIsMine(card)) {
                verdict = rejected(Reason::NotAuthorised,
                                   "node " + node.nodeId + " cannot register card " + card + " for library " + library,
                                   library);
            } else if (m_store.readers().exists(card)) {
                verdict = rejected(Reason::InvalidInput, "card " + card + " is already registered", library);
            } else {
                Reader reader;
                reader.card = card;
                reader.name = text("name");
                reader.type = text("type");
                reader.homeLibrary = library;
                reader.expiry = Date::fromIso(text("expiry")).value_or(Date());
                reader.depositFen = facts.number("deposit_fen").value_or(0);
                reader.idNumber = facts.text("id_number");
                verdict.library = library;
                if (reader.idNumber && m_store.readers().findByIdNumber(*reader.idNumber)) {
                    verdict.exceptions.push_back(refuse(Reason::InvalidInput,
                                                        "resident ID number of card " + card
                                                            + " is already registered with another card; not stored"));
                    reader.idNumber.reset();
                }
                m_store.readers().insert(reader, entry.createdAt);
                m_store.ranges().observe(CodeKind::Reader, card);
            }
        } else if (type == "item.add") {
            const std::string barcode = text("barcode");
            const std::string library = text("library");
            if (!mine(library) || !codeIsMine(barcode)) {
                verdict = rejected(Reason::NotAuthorised,
                                   "node " + node.nodeId + " cannot add item " + barcode + " for library " + library,
                                   library);
            } else if (m_store.catalogue().itemExists(barcode)) {
                verdict = rejected(Reason::InvalidInput, "barcode " + barcode + " is already in use", library);
            } else {
                Record record;
                record.id = facts.number("record_id").value_or(0);
                if (record.id == 0 || !m_store.catalogue().findRecord(record.id)) {
                    record.title = text("title");
                    record.author = text("author");
                    record.publisher = text("publisher");
                    record.year = text("year");
                    record.isbn = text("isbn");
                    record.clc = text("clc");
                    record.id = m_store.catalogue().addRecord(record);
                }
                Item item;
                item.barcode = barcode;
                item.recordId = record.id;
                item.ownerLibrary = library;
                item.currentLibrary = library;
                item.callNumber = text("call_number");
                item.type = text("type");
                m_store.catalogue().insertItem(item, entry.createdAt);
                m_store.ranges().observe(CodeKind::Item, barcode);
                verdict.library = library;
            }
        } else if (type == "record.edit") {
            std::map<std::string, std::string> changes;
            for (const auto& field : Cataloguing::editableFields())
                if (auto value = facts.text("set." + field))
                    changes[field] = *value;
            verdict = verdictOf(
                Cataloguing(m_store).editRecord(facts.number("record_id").value_or(0), changes, occasion), {});
        } else if (type.starts_with("library.") || type.starts_with("range.") || type.starts_with("rule.")
                   || type.starts_with("settings.") || type.starts_with("staff.")) {
            verdict = rejected(Reason::NotAuthorised, type + " is decided at the central only");
        } else {
            verdict = rejected(Reason::UnknownOperation, "operation '" + type + "' is not known to this central");
        }
        if (verdict.rejection)
            repairNode(db, facts);
    }

    std::vector<Refusal> report = verdict.exceptions;
    if (verdict.rejection) {
        outcome.status = ApplyStatus::Rejected;
        report.insert(report.begin(), *verdict.rejection);
    } else if (!verdict.exceptions.empty()) {
        outcome.status = ApplyStatus::AppliedWithException;
    }
    for (const auto& refusal : report) {
        Query q(db,
                "INSERT INTO exceptions(at, node_id, seq, type, code, detail, library, facts) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, m_store.clock().now())
            .bind(2, node.nodeId)
            .bind(3, entry.seq)
            .bind(4, entry.type)
            .bind(5, reasonCode(refusal.reason))
            .bind(6, refusal.detail)
            .bind(7, verdict.library)
            .bind(8, factsJson(refusal.facts))
            .run();
    }
    if (!report.empty()) {
        outcome.reasonCode = std::string(reasonCode(report.front().reason));
        outcome.detail = report.front().detail;
    }
    return outcome;
}

} // namespace ils
