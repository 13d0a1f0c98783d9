// Registration: new readers and items with codes from the library's ranges; reader status.
#include "CirculationDetail.h"

#include "CatalogueStore.h"
#include "Ids.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "RangeStore.h"
#include "ReaderStore.h"
#include "ResidentId.h"
#include "Settings.h"

namespace ils {

using namespace detail;

Result<Reader> Circulation::registerReader(const NewReader& request)
{
    Database& db = m_store.db();
    Transaction tx(db);
    if (!m_store.libraries().find(request.library))
        return refuse(Reason::LibraryUnknown, "library " + request.library + " does not exist");
    if (request.name.empty())
        return refuse(Reason::InvalidInput, "the reader's name is empty", {{fact::field, "name"}});
    if (request.depositFen < 0)
        return refuse(Reason::AmountInvalid, "a deposit cannot be negative");
    Reader reader;
    if (request.idNumber) {
        if (auto problem = residentIdProblem(*request.idNumber))
            return refuse(Reason::InvalidInput, "resident ID number: " + *problem, {{fact::field, "id_number"}});
        reader.idNumber = normalizeResidentId(*request.idNumber);
        reader.idMasked = maskResidentId(*reader.idNumber);
        if (auto existing = m_store.readers().findByIdNumber(*reader.idNumber))
            return refuse(Reason::InvalidInput,
                          "this resident ID number already has card " + existing->card,
                          {{fact::field, "id_number"}, {fact::card, existing->card}});
    }
    auto card = m_store.ranges().allocate(CodeKind::Reader, request.library);
    if (!card)
        return card.refusal();
    reader.card = card.value();
    reader.name = request.name;
    reader.type = request.type.empty() ? "adult" : request.type;
    reader.homeLibrary = request.library;
    reader.depositFen = request.depositFen;
    reader.expiry = m_store.today().plusDays(m_store.settings().cardValidityDays());
    m_store.readers().insert(reader, m_store.clock().now());
    JsonWriter payload;
    payload.add("card", reader.card)
        .add("name", reader.name)
        .add("type", reader.type)
        .add("library", reader.homeLibrary)
        .add("expiry", reader.expiry.toIso())
        .add("deposit_fen", reader.depositFen);
    if (reader.idNumber)
        payload.add("id_number", *reader.idNumber);
    m_store.record("reader.add", payload.str());
    tx.commit();
    return reader;
}

Result<Reader> Circulation::setReaderStatus(std::string_view card,
                                            ReaderStatus status,
                                            std::string_view reason,
                                            const Occasion& occasion)
{
    Transaction tx(m_store.db());
    auto reader = m_store.readers().find(card);
    if (!reader)
        return refuse(Reason::ReaderUnknown, "no reader with card " + std::string(card));
    m_store.readers().setStatus(card, status, reason);
    reader->status = status;
    reader->blockReason = std::string(reason);
    if (!occasion.factMode())
        m_store.record(
            "reader.status",
            JsonWriter().add("card", reader->card).add("status", toString(status)).add("reason", reason).str());
    tx.commit();
    return *reader;
}

Result<Item> Circulation::addItem(const NewItem& request)
{
    Database& db = m_store.db();
    Transaction tx(db);
    if (!m_store.libraries().find(request.library))
        return refuse(Reason::LibraryUnknown, "library " + request.library + " does not exist");
    std::optional<Record> record;
    if (request.recordId != 0) {
        record = m_store.catalogue().findRecord(request.recordId);
        if (!record)
            return refuse(Reason::InvalidInput, "no record with id " + std::to_string(request.recordId));
    } else if (!request.record.isbn.empty()) {
        record = m_store.catalogue().findRecordByIsbn(request.record.isbn);
    }
    if (!record) {
        if (request.record.title.empty())
            return refuse(Reason::InvalidInput, "a new record needs a title");
        record = request.record;
        record->id = nextId(db, "records", m_store.settings().nodeNumber());
        m_store.catalogue().addRecord(*record);
    }
    auto barcode = m_store.ranges().allocate(CodeKind::Item, request.library);
    if (!barcode)
        return barcode.refusal();
    Item item;
    item.barcode = barcode.value();
    item.recordId = record->id;
    item.ownerLibrary = request.library;
    item.currentLibrary = request.library;
    item.callNumber = request.callNumber;
    item.type = request.type.empty() ? "book" : request.type;
    item.status = ItemStatus::Available;
    m_store.catalogue().insertItem(item, m_store.clock().now());
    m_store.record("item.add",
                   JsonWriter()
                       .add("barcode", item.barcode)
                       .add("library", item.ownerLibrary)
                       .add("type", item.type)
                       .add("call_number", item.callNumber)
                       .add("record_id", record->id)
                       .add("title", record->title)
                       .add("author", record->author)
                       .add("publisher", record->publisher)
                       .add("year", record->year)
                       .add("isbn", record->isbn)
                       .add("clc", record->clc)
                       .str());
    tx.commit();
    return item;
}

} // namespace ils
