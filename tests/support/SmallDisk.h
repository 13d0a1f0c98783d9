#pragma once

#include <QString>
#include <QTemporaryDir>

namespace ils {
class Database;
}

// A disk that fills up, for the full-disk tests. Where the test may mount (root, as in the CI
// container) it is a real 2 MiB tmpfs, filled with a ballast file and freed by deleting it:
// SQLite then meets ENOSPC writing its WAL, as at a desk whose disk is full. Where it may not,
// the same tests run against a size-limited file instead (`limit`: PRAGMA max_page_count on the
// connection; for a child process, RLIMIT_FSIZE), so that no test passes without filling up.
class SmallDisk
{
public:
    SmallDisk();
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return m_mounted; }
    QString how() const; // for the test log: which kind of full disk this is
    QString filePath(const QString& name) const;

    // Fills the disk: after this, growing any file on it fails. On the fallback, `db` is the
    // connection whose database stops growing at its present size.
    void fill(ils::Database& db);
    // Gives the space back (deletes the ballast, or lifts the page limit of `db`).
    void free(ils::Database& db);

private:
    QTemporaryDir m_base;
    QString m_root;
    bool m_mounted = false;
};
