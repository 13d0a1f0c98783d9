#pragma once

// What the integration tests need to run the real programs on 127.0.0.1: ilsctl as an
// administrator runs it, ils-central as a daemon, a throw-away certificate, and a row-by-row
// view of the replicated tables of a database file.
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace integration {

struct Run
{
    int exitCode = -1; // -1: did not finish
    QString out;
    QString err;

    QJsonObject json() const;
    QString errorCode() const; // "code" of the --json error object
    QString describe() const; // exit code and both streams, for failure messages
};

// ilsctl in the C locale, without ILS_DB or ILS_NOW from the caller's environment: the real
// clock, as at a desk.
Run ilsctl(const QStringList& arguments, const QMap<QString, QString>& environment = {});
// ilsctl with `input` on its stdin (a pipe, not a terminal): secrets such as --token-stdin.
Run ilsctlWithInput(const QStringList& arguments, const QByteArray& input);
// Starts ilsctl and returns at once, for a run to be interrupted (the caller waits).
std::unique_ptr<QProcess> startIlsctl(const QStringList& arguments);
Run finish(QProcess& process, int timeoutMs = 120000);

// Writes a self-signed P-256 certificate and key into `dir` (cert.pem, key.pem) with openssl
// and returns its SHA-256 fingerprint as openssl prints it ("AB:CD:…"); empty on failure.
QString makeCertificate(const QString& dir);

// ils-central on one database. The log (stderr) goes to a file next to the database, so a
// long run can never block on a full pipe; log() reads it back for failure messages.
class Central
{
public:
    // The log goes to `logFile`, or next to the database when it is empty.
    Central(QString db, QString cert, QString key, QString logFile = {});
    ~Central(); // kills a central still running
    Central(const Central&) = delete;
    Central& operator=(const Central&) = delete;

    // Starts and waits for "listening on HOST:PORT"; 0 picks a free port. False when it did
    // not come up (log() says why).
    bool start(quint16 port = 0);
    // More command-line arguments for the next start() (e.g. scheduled backups).
    void setExtraArguments(QStringList arguments) { m_extraArguments = std::move(arguments); }
    quint16 port() const { return m_port; }
    qint64 pid() const; // 0 when not running
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    bool running() const;
    // SIGTERM, as systemd stops it: returns the exit code (0 for a clean shutdown), -1 when it
    // did not stop.
    int stop();
    // SIGKILL: no shutdown code runs, a transaction in progress is cut off.
    void kill();
    QString log() const;

private:
    QString m_db;
    QString m_cert;
    QString m_key;
    QString m_logFile;
    quint16 m_port = 0;
    QStringList m_extraArguments;
    std::unique_ptr<QProcess> m_process;
};

// Every replicated table (core/ChangeFeed.h) as text rows in key order, settings without the
// node-local "local." keys: two databases hold the same replicated state when these are equal.
using Rows = std::map<std::string, std::vector<std::string>>;
Rows replicatedRows(const QString& dbPath);
// The first column of each row of one query over a database (NULL as "NULL").
std::vector<std::string> queryRows(const QString& dbPath, const std::string& sql);
// Empty when equal; otherwise the first table and row that differ.
QString firstDifference(const Rows& expected, const Rows& actual);

} // namespace integration

// Fails the test with the program's exit code and output unless it exited 0. The expression is
// evaluated once: it usually runs a command, and QVERIFY2 may evaluate its message even on success.
#define QVERIFY_RUN(expression)                                                                                        \
    do {                                                                                                               \
        const integration::Run verified = (expression);                                                                \
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));                                             \
    } while (false)
