#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace ils {

// Storage failures throw inside storage; services turn them into results at their edge.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The disk (or the file's size limit) is full, or the operating system refused a write: the
// statement or transaction that met it is rolled back, what was committed before is intact, and
// the same connection works again once there is space. Told apart so that people are told
// plainly (the desk, ilsctl, the central's log) instead of being shown an SQL message.
class DiskFullError : public StoreError
{
public:
    using StoreError::StoreError;
};

// Whether an SQLite (extended) result code means the disk is full or a write failed.
bool isDiskFullCode(int extendedCode);

class Database;

// A prepared statement owned by the Database's cache; reset on construction of a Query.
class Statement
{
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

// One use of a cached statement: bind, step, read columns; resets itself when done.
class Query
{
public:
    Query(Database& db, std::string_view sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(int index, std::int64_t value);
    Query& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Query& bind(int index, std::string_view value);
    Query& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Query& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Query& bind(int index, const std::optional<std::string>& value);
    Query& bindNull(int index);

    // Returns true while a row is available.
    bool step();
    // Runs a statement that returns no rows.
    void run();

    bool isNull(int column) const;
    std::int64_t getInt(int column) const;
    std::string getText(int column) const;
    std::optional<std::string> getOptionalText(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt;
};

enum class Durability
{
    Full, // fsync on every commit: a desk transaction survives a power cut
    Normal, // survives a process crash; for bulk generation and benchmarks
};

class Database
{
public:
    explicit Database(const std::string& path, Durability durability = Durability::Full);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    sqlite3_stmt* cached(std::string_view sql);
    [[noreturn]] void fail(const std::string& what) const;
    // Throws DiskFullError or StoreError, as the connection's last error says.
    [[noreturn]] void raise(const std::string& message) const;

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// RAII transaction. Immediate takes the write lock up front, which is what every change of
// circulation state needs; an exception before commit() rolls back. Inside another transaction
// it becomes a savepoint, so operations compose (the central applies a batch of them at once).
class Transaction
{
public:
    enum class Mode
    {
        Deferred,
        Immediate
    };
    explicit Transaction(Database& db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    std::string m_savepoint; // empty for an outermost transaction
    bool m_done = false;
};

} // namespace ils
