#pragma once

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ils {
class Database;
}

namespace ils::demo {

// One prepared INSERT run millions of times. ils::Query looks its statement up by text and copies
// every bound string; for bulk rows that is most of the cost, so this binds without copying.
class BulkStatement
{
public:
    BulkStatement(Database& db, std::string_view sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    BulkStatement& bind(int index, std::int64_t value);
    BulkStatement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    // The text is not copied: it must stay alive until run() returns.
    BulkStatement& bind(int index, std::string_view text);
    BulkStatement& bindNull(int index);
    void run();

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace ils::demo
