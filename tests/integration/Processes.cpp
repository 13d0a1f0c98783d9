#include "Processes.h"
#include "ReplicatedRows.h"
#include "TestCertificate.h"

#include "ChangeFeed.h"
#include "Database.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <stdexcept>

namespace integration {

namespace {

QProcessEnvironment ilsctlEnvironment(const QMap<QString, QString>& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"ILS_DB", "ILS_NOW", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(name);
    env.insert("LANG", "C");
    env.insert("ILS_OPERATOR", "tester");
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

QString tail(const QString& text, int lines)
{
    const QStringList all = text.split('\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join('\n');
}

} // namespace

QJsonObject Run::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QString Run::errorCode() const
{
    return json().value("error").toObject().value("code").toString();
}

QString Run::describe() const
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(exitCode).arg(out, err);
}

std::unique_ptr<QProcess> startIlsctl(const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(ilsctlEnvironment({}));
    process->start(ILSCTL_PATH, arguments);
    return process;
}

Run finish(QProcess& process, int timeoutMs)
{
    Run run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run ilsctl(const QStringList& arguments, const QMap<QString, QString>& environment)
{
    QProcess process;
    process.setProcessEnvironment(ilsctlEnvironment(environment));
    process.start(ILSCTL_PATH, arguments);
    return finish(process);
}

Run ilsctlWithInput(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(ilsctlEnvironment({}));
    process.start(ILSCTL_PATH, arguments);
    process.write(input);
    process.closeWriteChannel();
    return finish(process);
}

QString makeCertificate(const QString& dir)
{
    const TestCertificate made = makeTestCertificate(dir, QStringLiteral("127.0.0.1"));
    if (!made.ok())
        return {};
    const QString& cert = made.certFile;
    QProcess fingerprint;
    fingerprint.start("openssl", {"x509", "-noout", "-fingerprint", "-sha256", "-in", cert});
    if (!fingerprint.waitForFinished(30000) || fingerprint.exitCode() != 0)
        return {};
    // "sha256 Fingerprint=AB:CD:…" (the case of the label differs between OpenSSL versions).
    const QString line = QString::fromUtf8(fingerprint.readAllStandardOutput()).trimmed();
    const auto equals = line.indexOf('=');
    return equals < 0 ? QString() : line.mid(equals + 1);
}

Central::Central(QString db, QString cert, QString key, QString logFile)
    : m_db(std::move(db))
    , m_cert(std::move(cert))
    , m_key(std::move(key))
    , m_logFile(logFile.isEmpty() ? m_db + ".central.log" : std::move(logFile))
{
}

qint64 Central::pid() const
{
    return m_process ? m_process->processId() : 0;
}

Central::~Central()
{
    if (running())
        kill();
}

bool Central::start(quint16 port)
{
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(m_logFile, QIODevice::Append);
    m_process->start(
        ILS_CENTRAL_PATH,
        QStringList {
            "--db", m_db, "--listen", QStringLiteral("127.0.0.1:%1").arg(port), "--cert", m_cert, "--key", m_key}
            + m_extraArguments);
    if (!m_process->waitForStarted(10000))
        return false;
    // The daemon prints one line on stdout once it is bound: "listening on 127.0.0.1:PORT".
    static const QRegularExpression listening("listening on \\S+:(\\d+)");
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            return false;
        m_process->waitForReadyRead(200);
    }
    return false;
}

bool Central::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

int Central::stop()
{
    if (!running())
        return -1;
    m_process->terminate();
    if (!m_process->waitForFinished(30000))
        return -1;
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void Central::kill()
{
    if (!running())
        return;
    m_process->kill();
    m_process->waitForFinished(30000);
}

QString Central::log() const
{
    QFile file(m_logFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return tail(QString::fromUtf8(file.readAll()), 40);
}

std::vector<std::string> queryRows(const QString& dbPath, const std::string& sql)
{
    // ils::Database creates a missing file; a test must never look at a fresh empty database.
    if (!QFileInfo::exists(dbPath))
        throw std::runtime_error("no database at " + dbPath.toStdString());
    ils::Database db(dbPath.toStdString());
    std::vector<std::string> rows;
    ils::Query q(db, sql);
    while (q.step())
        rows.push_back(q.isNull(0) ? "NULL" : q.getText(0));
    return rows;
}

Rows replicatedRows(const QString& dbPath)
{
    if (!QFileInfo::exists(dbPath))
        throw std::runtime_error("no database at " + dbPath.toStdString());
    ils::Database db(dbPath.toStdString());
    return ::replicatedRows(db);
}

QString firstDifference(const Rows& expected, const Rows& actual)
{
    for (const auto& [table, rows] : expected) {
        const auto found = actual.find(table);
        if (found == actual.end())
            return QStringLiteral("table %1 is missing").arg(QString::fromStdString(table));
        const auto& other = found->second;
        for (std::size_t i = 0; i < std::max(rows.size(), other.size()); ++i) {
            const std::string want = i < rows.size() ? rows[i] : "(no row)";
            const std::string got = i < other.size() ? other[i] : "(no row)";
            if (want != got)
                return QStringLiteral("%1, row %2 (of %3 and %4):\n  expected %5\n  actual   %6")
                    .arg(QString::fromStdString(table))
                    .arg(i + 1)
                    .arg(rows.size())
                    .arg(other.size())
                    .arg(QString::fromStdString(want), QString::fromStdString(got));
        }
    }
    return {};
}

} // namespace integration
