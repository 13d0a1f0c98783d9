#pragma once

#include "Catalogue.h"
#include "Time.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils {

class Database;

// Bibliographic records and the items (copies) that hold them.
class CatalogueStore
{
public:
    explicit CatalogueStore(Database& db)
        : m_db(db)
    {
    }

    std::int64_t addRecord(const Record& record);
    std::optional<Record> findRecord(std::int64_t id) const;
    std::optional<Record> findRecordByIsbn(std::string_view isbn) const;

    void insertItem(const Item& item, Timestamp now);
    std::optional<Item> findItem(std::string_view barcode) const;
    bool itemExists(std::string_view barcode) const;
    std::vector<Item> itemsOfRecord(std::int64_t recordId) const;
    void updateItemState(std::string_view barcode,
                         ItemStatus status,
                         std::string_view currentLibrary,
                         const std::optional<std::string>& transitTo);

private:
    Database& m_db;
};

} // namespace ils
