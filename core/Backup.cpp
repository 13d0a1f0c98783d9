#include "Backup.h"

#include "Database.h"
#include "Sha256.h"
#include "Time.h"

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ils {

namespace fs = std::filesystem;

namespace {

// How far a restored central's change numbers jump: more changes than any central writes between
// a backup and its restore, so no number a node consumed from the replaced database comes again.
constexpr std::int64_t kRestoreCnGap = std::int64_t(1) << 40;

// A plain connection without Database's pragmas: the files handled here are copies, checked and
// changed before anyone else opens them.
class RawDb
{
public:
    RawDb(const std::string& path, int flags)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
            const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
            sqlite3_close(m_db);
            m_db = nullptr;
            throw StoreError("cannot open " + path + ": " + message);
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    void exec(const std::string& sql)
    {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error ? error : sqlite3_errmsg(m_db);
            sqlite3_free(error);
            throw StoreError(message);
        }
    }
    // The first column of the first row, as text; nullopt when there is no row or it is NULL.
    std::optional<std::string> text(const std::string& sql)
    {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
            throw StoreError(sqlite3_errmsg(m_db));
        std::optional<std::string> out;
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
            out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw StoreError(sqlite3_errmsg(m_db));
        return out;
    }
    std::int64_t integer(const std::string& sql)
    {
        const auto value = text(sql);
        return value ? std::stoll(*value) : 0;
    }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

std::string quoted(const std::string& text)
{
    char* q = sqlite3_mprintf("%Q", text.c_str());
    std::string out = q;
    sqlite3_free(q);
    return out;
}

void fsyncPath(const std::string& path, bool directory)
{
    const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        throw StoreError("cannot open " + path + " to flush it: " + std::strerror(errno));
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        throw StoreError("cannot flush " + path + " to disk: " + std::strerror(error));
}

std::string folderOf(const std::string& path)
{
    const fs::path parent = fs::absolute(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

void removeQuietly(const std::string& path)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        fs::remove(path + suffix, ignored);
}

// Makes `path` a single self-contained file (no -wal) and checks it; returns the first problem.
std::optional<std::string> settleAndCheck(RawDb& db)
{
    std::optional<std::string> verdict;
    try {
        db.exec("PRAGMA journal_mode=DELETE");
        verdict = db.text("PRAGMA integrity_check");
    } catch (const StoreError& e) {
        return e.what(); // "file is not a database"
    }
    if (verdict && *verdict == "ok")
        return std::nullopt;
    return verdict.value_or("no answer");
}

std::int64_t cnSequence(RawDb& db)
{
    return std::max(db.integer("SELECT coalesce(max(cn), 0) FROM changes"),
                    db.integer("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'changes'"));
}

std::string compactUtc(std::int64_t now)
{
    std::string stamp = formatUtc(fromSeconds(toSeconds(now))); // 2026-11-23T08:00:00Z: whole seconds in names
    stamp.erase(std::remove_if(stamp.begin(), stamp.end(), [](char c) { return c == '-' || c == ':'; }), stamp.end());
    return stamp;
}

struct ReplacedNodes
{
    std::int64_t cnSequence = 0;
    std::vector<std::string> carried;
};

// Node registrations and enrolments made after the backup live only in the replaced file: without
// them a node enrolled since could not log in, and its number could be handed out again.
ReplacedNodes carryOverNodes(RawDb& restored, const std::string& replacedPath)
{
    ReplacedNodes out;
    RawDb old(replacedPath, SQLITE_OPEN_READWRITE);
    out.cnSequence = cnSequence(old);
    sqlite3_stmt* stmt = nullptr;
    const char* select = "SELECT id, number, library, name, status, token_hash, token_expires, secret_hash, "
                         "created_at, enrolled_at FROM nodes ORDER BY number";
    if (sqlite3_prepare_v2(old.handle(), select, -1, &stmt, nullptr) != SQLITE_OK)
        throw StoreError(sqlite3_errmsg(old.handle()));
    const auto value = [&](int column) {
        return sqlite3_column_type(stmt, column) == SQLITE_NULL
            ? std::string("NULL")
            : quoted(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)));
    };
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const std::string id = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        const bool known = restored.text("SELECT 1 FROM nodes WHERE id = " + quoted(id)).has_value();
        if (known) {
            // The restored row keeps its last_seq, which matches its `applied` rows.
            restored.exec("UPDATE nodes SET name = " + value(3) + ", status = " + value(4) + ", token_hash = "
                          + value(5) + ", token_expires = " + value(6) + ", secret_hash = " + value(7)
                          + ", enrolled_at = " + value(9) + " WHERE id = " + quoted(id));
            continue;
        }
        restored.exec("INSERT OR IGNORE INTO nodes(id, number, library, name, status, token_hash, token_expires, "
                      "secret_hash, created_at, enrolled_at, last_seq, backlog) VALUES("
                      + value(0) + ", " + value(1) + ", " + value(2) + ", " + value(3) + ", " + value(4) + ", "
                      + value(5) + ", " + value(6) + ", " + value(7) + ", " + value(8) + ", " + value(9) + ", 0, 0)");
        if (sqlite3_changes(restored.handle()) > 0)
            out.carried.push_back(id);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        throw StoreError(sqlite3_errmsg(old.handle()));
    return out;
}

} // namespace

BackupResult backupDatabase(const std::string& sourcePath, const std::string& targetPath)
{
    if (!fs::exists(sourcePath))
        throw StoreError("no database at " + sourcePath);
    if (fs::exists(targetPath) && fs::is_directory(targetPath))
        throw StoreError(targetPath + " is a folder; give the backup's file name");
    if (fs::exists(targetPath) && fs::equivalent(sourcePath, targetPath))
        throw StoreError(targetPath + " is the database itself; write the backup to another file");
    const std::string temp = targetPath + ".part-" + randomHex(4);
    // VACUUM INTO accepts an empty file: creating it first gives it its permissions, 0600.
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        throw StoreError("cannot create " + temp + ": " + std::strerror(errno));
    ::close(fd);
    try {
        BackupResult result;
        {
            RawDb source(sourcePath, SQLITE_OPEN_READWRITE);
            sqlite3_stmt* stmt = nullptr;
            if (sqlite3_prepare_v2(source.handle(), "VACUUM INTO ?", -1, &stmt, nullptr) != SQLITE_OK)
                throw StoreError(sqlite3_errmsg(source.handle()));
            sqlite3_bind_text(stmt, 1, temp.c_str(), -1, SQLITE_TRANSIENT);
            const int rc = sqlite3_step(stmt);
            sqlite3_finalize(stmt);
            if (rc != SQLITE_DONE)
                throw StoreError("cannot copy " + sourcePath + ": " + sqlite3_errmsg(source.handle()));
        }
        {
            RawDb copy(temp, SQLITE_OPEN_READWRITE);
            if (const auto problem = settleAndCheck(copy))
                throw StoreError("the copy of " + sourcePath + " fails integrity_check: " + *problem);
            if (copy.text("SELECT 1 FROM sqlite_master WHERE name = 'changes'"))
                result.headCn = copy.integer("SELECT coalesce(max(cn), 0) FROM changes");
        }
        fsyncPath(temp, false);
        fs::rename(temp, targetPath);
        fsyncPath(folderOf(targetPath), true);
        result.path = targetPath;
        result.bytes = fs::file_size(targetPath);
        return result;
    } catch (const fs::filesystem_error& e) {
        removeQuietly(temp);
        throw StoreError(std::string("cannot write the backup ") + targetPath + ": " + e.what());
    } catch (...) {
        removeQuietly(temp);
        throw;
    }
}

RestoreResult restoreDatabase(const std::string& backupPath, const std::string& targetPath, std::int64_t now)
{
    if (!fs::is_regular_file(backupPath))
        throw StoreError("no backup at " + backupPath);
    if (fs::exists(targetPath) && fs::equivalent(backupPath, targetPath))
        throw StoreError(backupPath + " is the database itself; nothing to restore");
    CentralLock lock(targetPath); // held until the new file is in place: no central starts meanwhile
    RestoreResult result;
    const std::string temp = targetPath + ".restore-part-" + randomHex(4);
    try {
        fs::copy_file(backupPath, temp, fs::copy_options::overwrite_existing);
        fs::permissions(temp, fs::perms::owner_read | fs::perms::owner_write);
        {
            RawDb copy(temp, SQLITE_OPEN_READWRITE);
            if (const auto problem = settleAndCheck(copy))
                throw StoreError("the backup " + backupPath + " fails integrity_check: " + *problem
                                 + "; nothing was replaced");
            if (!copy.text("SELECT 1 FROM sqlite_master WHERE name = 'settings'")
                || copy.text("SELECT value FROM settings WHERE key = 'local.role'").value_or("") != "central")
                throw StoreError("the backup " + backupPath
                                 + " is not a central's database (a node's replica or a plain database); "
                                   "nothing was replaced");
            result.headCn = copy.integer("SELECT coalesce(max(cn), 0) FROM changes");
            std::int64_t sequence = cnSequence(copy);
            copy.exec("BEGIN IMMEDIATE");
            if (fs::exists(targetPath)) {
                try {
                    auto replaced = carryOverNodes(copy, targetPath);
                    sequence = std::max(sequence, replaced.cnSequence);
                    result.nodesCarriedOver = std::move(replaced.carried);
                } catch (const StoreError&) {
                    // A damaged database is the usual reason for a restore: go on without it.
                    copy.exec("ROLLBACK");
                    copy.exec("BEGIN IMMEDIATE");
                    result.nodesCarriedOver.clear();
                }
            }
            result.nextCn = sequence + kRestoreCnGap + 1;
            copy.exec("DELETE FROM sqlite_sequence WHERE name = 'changes'");
            copy.exec("INSERT INTO sqlite_sequence(name, seq) VALUES('changes', " + std::to_string(result.nextCn - 1)
                      + ")");
            result.epoch = randomHex(8);
            for (const auto& [key, value] : {std::pair<std::string, std::string> {"local.epoch", result.epoch},
                                             {"local.restored_at", formatUtc(now)},
                                             {"local.restored_from", fs::absolute(backupPath).string()}})
                copy.exec("INSERT OR REPLACE INTO settings(key, value) VALUES(" + quoted(key) + ", " + quoted(value)
                          + ")");
            copy.exec("COMMIT");
        }
        fsyncPath(temp, false);
        if (fs::exists(targetPath)) {
            result.keptAside = targetPath + ".replaced-" + compactUtc(now);
            fs::rename(targetPath, result.keptAside);
            for (const char* suffix : {"-wal", "-shm"})
                if (fs::exists(targetPath + suffix))
                    fs::rename(targetPath + suffix, result.keptAside + suffix);
        }
        fs::rename(temp, targetPath);
        fsyncPath(folderOf(targetPath), true);
        return result;
    } catch (const fs::filesystem_error& e) {
        removeQuietly(temp);
        throw StoreError(std::string("cannot restore ") + targetPath + ": " + e.what());
    } catch (...) {
        removeQuietly(temp);
        throw;
    }
}

CentralLock::CentralLock(const std::string& databasePath)
{
    const std::string path = databasePath + ".lock";
    m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        throw StoreError("cannot open the lock file " + path + ": " + std::strerror(errno));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
        throw StoreError("the database " + databasePath + " is held by a running ils-central (lock file " + path
                         + "); stop it first");
    }
}

CentralLock::~CentralLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::string backupFileName(const std::string& prefix, std::int64_t now)
{
    return prefix + "-" + compactUtc(now) + ".db";
}

std::vector<std::string> pruneBackups(const std::string& folder, const std::string& prefix, int keep)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.starts_with(prefix + "-") && name.ends_with(".db"))
            names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    std::vector<std::string> deleted;
    for (std::size_t i = 0; i + static_cast<std::size_t>(std::max(keep, 1)) < names.size(); ++i) {
        const std::string path = (fs::path(folder) / names[i]).string();
        std::error_code error;
        if (fs::remove(path, error))
            deleted.push_back(path);
    }
    return deleted;
}

} // namespace ils
