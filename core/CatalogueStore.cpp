#include "CatalogueStore.h"

#include "Database.h"

namespace ils {

namespace {

constexpr const char* itemColumns =
    "barcode, record_id, owner_library, current_library, call_number, type, status, transit_to";

Item readItem(const Query& q)
{
    Item item;
    item.barcode = q.getText(0);
    item.recordId = q.getInt(1);
    item.ownerLibrary = q.getText(2);
    item.currentLibrary = q.getText(3);
    item.callNumber = q.getText(4);
    item.type = q.getText(5);
    item.status = itemStatusFromString(q.getText(6)).value_or(ItemStatus::Processing);
    item.transitTo = q.getOptionalText(7);
    return item;
}

Record readRecord(const Query& q)
{
    Record r;
    r.id = q.getInt(0);
    r.title = q.getText(1);
    r.author = q.getText(2);
    r.publisher = q.getText(3);
    r.year = q.getText(4);
    r.isbn = q.getText(5);
    r.clc = q.getText(6);
    return r;
}

} // namespace

std::int64_t CatalogueStore::addRecord(const Record& r)
{
    // An id of 0 lets SQLite choose (bulk data of the central); everything else brings its own.
    Query q(m_db, "INSERT INTO records(id, title, author, publisher, year, isbn, clc) VALUES(?, ?, ?, ?, ?, ?, ?)");
    if (r.id != 0)
        q.bind(1, r.id);
    else
        q.bindNull(1);
    q.bind(2, r.title).bind(3, r.author).bind(4, r.publisher).bind(5, r.year).bind(6, r.isbn).bind(7, r.clc).run();
    return m_db.lastInsertId();
}

std::optional<Record> CatalogueStore::findRecord(std::int64_t id) const
{
    Query q(m_db, "SELECT id, title, author, publisher, year, isbn, clc FROM records WHERE id = ?");
    q.bind(1, id);
    if (q.step())
        return readRecord(q);
    return std::nullopt;
}

std::optional<Record> CatalogueStore::findRecordByIsbn(std::string_view isbn) const
{
    Query q(m_db,
            "SELECT id, title, author, publisher, year, isbn, clc FROM records WHERE isbn = ? AND isbn <> '' "
            "ORDER BY id LIMIT 1");
    q.bind(1, isbn);
    if (q.step())
        return readRecord(q);
    return std::nullopt;
}

void CatalogueStore::insertItem(const Item& item, Timestamp now)
{
    Query q(m_db,
            "INSERT INTO items(barcode, record_id, owner_library, current_library, call_number, type, status, "
            "transit_to, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, item.barcode)
        .bind(2, item.recordId)
        .bind(3, item.ownerLibrary)
        .bind(4, item.currentLibrary)
        .bind(5, item.callNumber)
        .bind(6, item.type)
        .bind(7, toString(item.status))
        .bind(8, item.transitTo)
        .bind(9, now)
        .run();
}

std::optional<Item> CatalogueStore::findItem(std::string_view barcode) const
{
    Query q(m_db, std::string("SELECT ") + itemColumns + " FROM items WHERE barcode = ?");
    q.bind(1, barcode);
    if (q.step())
        return readItem(q);
    return std::nullopt;
}

bool CatalogueStore::itemExists(std::string_view barcode) const
{
    Query q(m_db, "SELECT 1 FROM items WHERE barcode = ?");
    q.bind(1, barcode);
    return q.step();
}

std::vector<Item> CatalogueStore::itemsOfRecord(std::int64_t recordId) const
{
    std::vector<Item> out;
    Query q(m_db, std::string("SELECT ") + itemColumns + " FROM items WHERE record_id = ? ORDER BY barcode");
    q.bind(1, recordId);
    while (q.step())
        out.push_back(readItem(q));
    return out;
}

void CatalogueStore::updateItemState(std::string_view barcode,
                                     ItemStatus status,
                                     std::string_view currentLibrary,
                                     const std::optional<std::string>& transitTo)
{
    Query q(m_db, "UPDATE items SET status = ?, current_library = ?, transit_to = ? WHERE barcode = ?");
    q.bind(1, toString(status)).bind(2, currentLibrary).bind(3, transitTo).bind(4, barcode).run();
}

} // namespace ils
