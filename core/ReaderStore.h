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
    std::optional<Reader> findByIdNumber(std::string_view idNumber) const;
    std::vector<Reader> list(int limit = 1000, int offset = 0) const;
    void setStatus(std::string_view card, ReaderStatus status, std::string_view reason);
    bool exists(std::string_view card) const;
    std::int64_t count() const;

private:
    Database& m_db;
};

} // namespace ils
