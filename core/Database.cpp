#include "Database.h"

#include "PrivateFiles.h"

#include <sqlite3.h>

namespace ils {

Statement::Statement(sqlite3* db, std::string_view sql)
{
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        throw StoreError(std::string("cannot prepare statement: ") + sqlite3_errmsg(db) + " in: " + std::string(sql));
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Query::Query(Database& db, std::string_view sql)
    : m_db(db)
    , m_stmt(db.cached(sql))
{
}

Query::~Query()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Query& Query::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

Query& Query::bind(int index, std::string_view value)
{
    if (sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

Query& Query::bind(int index, const std::optional<std::string>& value)
{
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Query& Query::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

bool Query::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail("step");
}

void Query::run()
{
    while (step()) { }
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Query::getInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string Query::getText(int column) const
{
    const auto* text = sqlite3_column_text(m_stmt, column);
    if (!text)
        return {};
    return std::string(reinterpret_cast<const char*>(text),
                       static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::optional<std::string> Query::getOptionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return getText(column);
}

Database::Database(const std::string& path, Durability durability)
    : m_path(path)
{
    // SQLite gives the -wal and -shm files the main file's mode, so a 0600 database keeps all
    // three private; one an older version left readable to others is made private here.
    const bool onDisk = !path.empty() && !path.starts_with(':') && !path.starts_with("file:");
    if (onDisk) {
        try {
            createPrivateFile(path);
        } catch (const StoreError&) {
            // SQLite's own error below names the problem (no such folder, no permission).
        }
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            restrictToOwner(path + suffix);
    }
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError("cannot open database " + path + ": " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another process (the sync client, ilsctl) may hold the write lock briefly.
    sqlite3_busy_timeout(m_db, 5000);
    try {
        exec("PRAGMA journal_mode=WAL");
        exec(durability == Durability::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
        exec("PRAGMA foreign_keys=ON");
        exec("PRAGMA temp_store=MEMORY");
    } catch (const StoreError&) {
        // A file that is not a database: the destructor will not run, so close here.
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close(m_db);
}

void Database::exec(std::string_view sql)
{
    std::string text(sql);
    char* error = nullptr;
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        raise("SQL failed: " + message + " in: " + text.substr(0, 200));
    }
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

sqlite3_stmt* Database::cached(std::string_view sql)
{
    auto key = std::string(sql);
    auto found = m_cache.find(key);
    if (found == m_cache.end())
        found = m_cache.emplace(key, std::make_unique<Statement>(m_db, sql)).first;
    return found->second->handle();
}

void Database::fail(const std::string& what) const
{
    raise(what + " failed: " + sqlite3_errmsg(m_db) + " (code " + std::to_string(sqlite3_extended_errcode(m_db)) + ")");
}

void Database::raise(const std::string& message) const
{
    if (isDiskFullCode(sqlite3_extended_errcode(m_db)))
        throw DiskFullError(message);
    throw StoreError(message);
}

bool isDiskFullCode(int extendedCode)
{
    switch (extendedCode) {
    case SQLITE_FULL: // no space for the WAL, the database or a temporary file; or max_page_count
    case SQLITE_IOERR_WRITE:
    case SQLITE_IOERR_FSYNC:
    case SQLITE_IOERR_SHMSIZE: // the WAL index could not grow
    case SQLITE_IOERR_TRUNCATE:
        return true;
    default:
        return false;
    }
}

Transaction::Transaction(Database& db, Mode mode)
    : m_db(db)
{
    if (sqlite3_get_autocommit(m_db.handle()) == 0) {
        thread_local std::uint64_t counter = 0; // names need only differ within one nesting
        m_savepoint = "nested_" + std::to_string(++counter);
        m_db.exec("SAVEPOINT " + m_savepoint);
        return;
    }
    m_db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        if (m_savepoint.empty()) {
            m_db.exec("ROLLBACK");
        } else {
            m_db.exec("ROLLBACK TO " + m_savepoint);
            m_db.exec("RELEASE " + m_savepoint);
        }
    } catch (...) {
        // Rolling back a transaction SQLite already rolled back is harmless.
    }
}

void Transaction::commit()
{
    m_db.exec(m_savepoint.empty() ? std::string("COMMIT") : "RELEASE " + m_savepoint);
    m_done = true;
}

} // namespace ils
