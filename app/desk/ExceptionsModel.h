#pragma once

// Qt's headers first: moc cannot parse <compare> (through core's Time.h) before they have
// defined the standard library's macros.
#include <QAbstractTableModel>

#include "SyncTypes.h"

#include <map>
#include <string>
#include <vector>

namespace ils {
class LocalStore;
}

// The exceptions report as a table, newest first: what the central recorded against the rules
// while applying transactions done offline (docs/SYNC.md). Read-only; reload() reads it again.
class ExceptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        At,
        Library,
        Operation,
        Reason,
        Origin,
        Detail, // last: the long one, stretched to the table's edge
        ColumnCount
    };
    static constexpr int limit = 2000; // the desk shows the newest; ilsctl exceptions pages through all

    explicit ExceptionsModel(ils::LocalStore& store, QObject* parent = nullptr);

    void reload();
    // After a language change: the headers and the words in the cells.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ils::ExceptionEntry& entry, int column) const;
    static QString detail(const ils::ExceptionEntry& entry); // the specifics in this desk's language

    ils::LocalStore& m_store;
    std::vector<ils::ExceptionEntry> m_rows;
    std::map<std::string, QString> m_libraryNames;
};
