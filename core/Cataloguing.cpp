#include "Cataloguing.h"

#include "CatalogueStore.h"
#include "Database.h"
#include "LocalStore.h"
#include "Settings.h"

#include <algorithm>

namespace ils {

namespace {

std::string* fieldOf(Record& record, const std::string& field)
{
    if (field == "title")
        return &record.title;
    if (field == "author")
        return &record.author;
    if (field == "publisher")
        return &record.publisher;
    if (field == "year")
        return &record.year;
    if (field == "isbn")
        return &record.isbn;
    if (field == "clc")
        return &record.clc;
    return nullptr;
}

} // namespace

const std::vector<std::string>& Cataloguing::editableFields()
{
    static const std::vector<std::string> fields = {"title", "author", "publisher", "year", "isbn", "clc"};
    return fields;
}

Result<RecordEditReceipt> Cataloguing::editRecord(std::int64_t recordId,
                                                  const std::map<std::string, std::string>& changes,
                                                  const Occasion& occasion)
{
    Database& db = m_store.db();
    Transaction tx(db);
    auto record = m_store.catalogue().findRecord(recordId);
    if (!record)
        return refuse(Reason::InvalidInput, "no record with id " + std::to_string(recordId));
    if (changes.empty())
        return refuse(Reason::InvalidInput, "nothing to change");
    const Timestamp editedAt = occasion.at.value_or(m_store.clock().now());
    const int editor = occasion.facts ? static_cast<int>(occasion.facts->number("node_number").value_or(0))
                                      : m_store.settings().nodeNumber();
    RecordEditReceipt receipt;
    JsonWriter payload;
    payload.add("record_id", recordId).add("edited_at", editedAt).add("node_number", editor);
    for (const auto& [field, value] : changes) {
        std::string* current = fieldOf(*record, field);
        if (!current)
            return refuse(Reason::InvalidInput, "'" + field + "' is not an editable field of a record");
        if (field == "title" && value.empty())
            return refuse(Reason::InvalidInput, "a record needs a title");
        Query version(db, "SELECT edited_at, node_number FROM record_versions WHERE record_id = ? AND field = ?");
        version.bind(1, recordId).bind(2, field);
        const bool hasVersion = version.step();
        const auto kept = hasVersion ? std::pair(version.getInt(0), static_cast<int>(version.getInt(1)))
                                     : std::pair(std::int64_t(0), 0);
        if (occasion.facts) {
            const auto base = occasion.facts->text("base." + field).value_or(*current);
            if (hasVersion && kept > std::pair(editedAt, editor)) {
                receipt.exceptions.push_back(refuse(Reason::ConcurrentEdit,
                                                    "record " + std::to_string(recordId) + " " + field + ": '" + value
                                                        + "' from node " + std::to_string(editor)
                                                        + " is older than the kept '" + *current + "'",
                                                    {{fact::record, std::to_string(recordId)},
                                                     {fact::field, field},
                                                     {fact::value, value},
                                                     {fact::otherValue, *current}}));
                continue;
            }
            if (base != *current && value != *current)
                receipt.exceptions.push_back(refuse(Reason::ConcurrentEdit,
                                                    "record " + std::to_string(recordId) + " " + field + ": '"
                                                        + *current + "', edited elsewhere, replaced by '" + value
                                                        + "' from node " + std::to_string(editor),
                                                    {{fact::record, std::to_string(recordId)},
                                                     {fact::field, field},
                                                     {fact::value, value},
                                                     {fact::otherValue, *current}}));
        } else {
            payload.add("set." + field, value).add("base." + field, *current);
        }
        *current = value;
        Query upsert(db,
                     "INSERT INTO record_versions(record_id, field, edited_at, node_number) VALUES(?, ?, ?, ?) "
                     "ON CONFLICT(record_id, field) DO UPDATE SET edited_at = excluded.edited_at, "
                     "node_number = excluded.node_number");
        upsert.bind(1, recordId).bind(2, field).bind(3, editedAt).bind(4, editor).run();
    }
    Query update(db,
                 "UPDATE records SET title = ?, author = ?, publisher = ?, year = ?, isbn = ?, clc = ? WHERE id = ?");
    update.bind(1, record->title)
        .bind(2, record->author)
        .bind(3, record->publisher)
        .bind(4, record->year)
        .bind(5, record->isbn)
        .bind(6, record->clc)
        .bind(7, recordId)
        .run();
    if (!occasion.factMode())
        m_store.record("record.edit", payload.str());
    tx.commit();
    receipt.record = *record;
    return receipt;
}

} // namespace ils
