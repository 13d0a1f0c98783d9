#pragma once

#include "LocalStore.h"
#include "StaffAccounts.h"
#include "Time.h"

#include <QTemporaryDir>

#include <memory>
#include <string>

// A real county database on a real file for the desk's GUI tests: the demo county of 砚山县
// (small), one circulation account hashed with Argon2id, and a clock the test moves.
class DeskFixture
{
public:
    static constexpr const char* username = "wangli";
    static constexpr const char* password = "correct horse";
    static constexpr const char* library = "532622-01";

    DeskFixture();

    ils::LocalStore& store() { return *m_store; }
    ils::ManualClock& clock() { return m_clock; }
    std::string path() const { return m_dir.filePath(QStringLiteral("node.db")).toStdString(); }
    QString dir() const { return m_dir.path(); }
    // Closes the test's own connection, for a program that opens the file itself.
    void close() { m_store.reset(); }
    // Adds an exceptions-report entry, as replication from the central would.
    void addException(const std::string& type, const std::string& code, const std::string& detail);

private:
    QTemporaryDir m_dir;
    ils::ManualClock m_clock;
    std::unique_ptr<ils::LocalStore> m_store;
};
