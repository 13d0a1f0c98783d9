#pragma once

#include "Reader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils {

class Database;

class ReaderStore
{
public:
    explicit ReaderStore(Database& db)
        : m_db(db)
    {
    }

    void insert(const Reader& reader, Timestamp now);
    std::optional<Reader> find(std::string_view card) const;
    // Finds by the keyed hash (core/ReaderPrivacy.h): works at a branch that has no clear numbers.
    std::optional<Reader> findByIdNumber(std::string_view idNumber) const;
    std::vector<Reader> list(int limit = 1000, int offset = 0) const;
    void setStatus(std::string_view card, ReaderStatus status, std::string_view reason);
    bool exists(std::string_view card) const;
    std::int64_t count() const;

private:
    // The keyed hash of a number, or nothing while this database has no key; makeKey lets the
    // central (or a standalone library) make the county's key on first use.
    std::optional<std::string> hashOf(std::string_view idNumber, bool makeKey) const;

    Database& m_db;
};

} // namespace ils
