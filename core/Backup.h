#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ils {

// Backups of the central's database (docs/SYNC.md, "Backup and restore"). A backup is a plain
// SQLite file (not compressed: it opens with any SQLite tool, and restore can check it in place);
// compress or encrypt it on its way off the machine.

struct BackupResult
{
    std::string path;
    std::uint64_t bytes = 0;
    std::int64_t headCn = 0; // the change number the copy ends at
};

// Writes a consistent copy of the database at `sourcePath` to `targetPath`, while other
// connections (ils-central's writer) go on writing: VACUUM INTO reads one snapshot of the
// database inside a read transaction, which in WAL mode blocks no writer. The copy is written to
// a temporary name beside the target with permissions 0600, checked (integrity_check), flushed to
// disk, then renamed over the target. Throws StoreError.
BackupResult backupDatabase(const std::string& sourcePath, const std::string& targetPath);

struct RestoreResult
{
    std::string keptAside; // where the replaced database went; empty when there was none
    std::int64_t headCn = 0; // of the backup
    std::int64_t nextCn = 0; // the first change number the restored central hands out
    std::string epoch; // the restored central's new epoch
    std::vector<std::string> nodesCarriedOver; // registrations newer than the backup, kept
};

// Replaces the central's database at `targetPath` with the backup at `backupPath`. Refuses while
// an ils-central holds the database (CentralLock), a backup that fails integrity_check, and a file
// that is not a central's database. The replaced file (with its -wal and -shm) is kept aside as
// `targetPath.replaced-YYYYMMDDTHHMMSSZ`. The restored database gets a new epoch and continues its
// change numbers far above anything the old one can have handed out, so nodes notice the restore
// and no change number is reused; node registrations the backup lacks are carried over from the
// replaced file when it can still be read. Throws StoreError.
RestoreResult restoreDatabase(const std::string& backupPath, const std::string& targetPath, std::int64_t now);

// An advisory lock (flock) on `databasePath` + ".lock", held by ils-central for its lifetime so
// that `ilsctl restore` can refuse to replace a database under a running central.
class CentralLock
{
public:
    // Throws StoreError naming the lock file when another process holds it.
    explicit CentralLock(const std::string& databasePath);
    ~CentralLock();
    CentralLock(const CentralLock&) = delete;
    CentralLock& operator=(const CentralLock&) = delete;

private:
    int m_fd = -1;
};

// A scheduled backup's file name: PREFIX-YYYYMMDDTHHMMSSZ.db, so that names sort by time.
std::string backupFileName(const std::string& prefix, std::int64_t now);
// Deletes the oldest PREFIX-*.db files in `folder` beyond the newest `keep`; returns the deleted.
std::vector<std::string> pruneBackups(const std::string& folder, const std::string& prefix, int keep);

} // namespace ils
