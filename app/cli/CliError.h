#pragma once

#include <QJsonObject>
#include <QString>

#include <exception>

namespace ilsctl {

enum ExitCode : int
{
    Success = 0,
    StoreFailure = 1, // ils::StoreError: cannot open, locked, corrupt
    BadInput = 2, // a usage error or a refusal by the rules
    NotFound = 3, // the reader, item, hold, fee or code asked about does not exist
    SyncFailure = 4, // the central could not be reached, or it ended the session (enrol, sync)
};

// Ends a command with an exit status and a message. Thrown from anywhere in a command; main
// prints it once, in text or JSON, so no code path can forget to report an error.
class CliError : public std::exception
{
public:
    CliError(int exitCode, QString code, QString message, QJsonObject extra = {})
        : m_exitCode(exitCode)
        , m_code(std::move(code))
        , m_message(std::move(message))
        , m_extra(std::move(extra))
    {
    }

    const char* what() const noexcept override { return "ilsctl command failed"; }
    int exitCode() const { return m_exitCode; }
    const QString& code() const { return m_code; } // "usage", "not_found" or an engine reason code
    const QString& message() const { return m_message; }
    const QJsonObject& extra() const { return m_extra; } // more fields for the --json error object

private:
    int m_exitCode;
    QString m_code;
    QString m_message;
    QJsonObject m_extra;
};

inline CliError usageError(const QString& message)
{
    return CliError(BadInput, QStringLiteral("usage"), message);
}

inline CliError notFoundError(const QString& message)
{
    return CliError(NotFound, QStringLiteral("not_found"), message);
}

} // namespace ilsctl
