#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace ilsctl {

class CliError;

// Text columns lined up for a terminal, where a Chinese character takes two cells.
class Table
{
public:
    explicit Table(QStringList headers = {})
        : m_headers(std::move(headers))
    {
    }
    void add(QStringList row) { m_rows.push_back(std::move(row)); }
    bool empty() const { return m_rows.empty(); }
    QStringList lines() const;

private:
    QStringList m_headers;
    std::vector<QStringList> m_rows;
};

// Where a command's answer goes: stdout as text, or as one JSON object with --json. Errors go
// to stderr as text in both modes, and with --json also to stdout as {"error": {...}}.
class Output
{
public:
    explicit Output(bool json)
        : m_json(json)
    {
    }

    bool json() const { return m_json; }
    void result(const QJsonObject& object, const QStringList& lines) const;
    void warn(const QString& line) const; // stderr, whatever the mode
    int fail(const CliError& error) const; // returns the exit status to end with
    void plain(const QString& text) const; // stdout as is: help and version

private:
    bool m_json;
};

} // namespace ilsctl
