#include "BulkStatement.h"

#include "Database.h"

#include <sqlite3.h>

#include <string>

namespace ils::demo {

BulkStatement::BulkStatement(Database& db, std::string_view sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(
            db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK)
        db.fail("prepare " + std::string(sql));
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

BulkStatement& BulkStatement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

BulkStatement& BulkStatement::bind(int index, std::string_view text)
{
    if (sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

BulkStatement& BulkStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

void BulkStatement::run()
{
    if (sqlite3_step(m_stmt) != SQLITE_DONE) {
        const std::string message = sqlite3_errmsg(m_db.handle());
        sqlite3_reset(m_stmt);
        throw StoreError("bulk insert failed: " + message + " in: " + sqlite3_sql(m_stmt));
    }
    sqlite3_reset(m_stmt);
}

} // namespace ils::demo
