#include "ExceptionsModel.h"

#include "DeskWords.h"
#ifdef ILS_DESK_HAS_CIRCULATION
#include "RefusalText.h"
#endif

#include "CentralService.h"
#include "LibraryStore.h"
#include "LocalStore.h"

#include <QDateTime>

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

ExceptionsModel::ExceptionsModel(ils::LocalStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void ExceptionsModel::reload()
{
    beginResetModel();
    m_rows = ils::CentralService(m_store).latestExceptions(limit);
    m_libraryNames.clear();
    for (const auto& library : m_store.libraries().list())
        m_libraryNames[library.code] = qs(library.name);
    endResetModel();
}

void ExceptionsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ExceptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExceptionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExceptionsModel::detail(const ils::ExceptionEntry& entry)
{
    // Rows recorded before the central kept the specifics as data have only core's English words:
    // shown as they are, so nothing recorded is lost.
    if (!entry.facts)
        return qs(entry.detail);
#ifdef ILS_DESK_HAS_CIRCULATION
    if (const auto reason = ils::reasonFromCode(entry.code))
        return RefusalText::details(*reason, *entry.facts);
#endif
    return {};
}

QString ExceptionsModel::text(const ils::ExceptionEntry& entry, int column) const
{
    switch (column) {
    case At:
        return QDateTime::fromMSecsSinceEpoch(entry.at).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Library: {
        const auto found = m_libraryNames.find(entry.library);
        return found == m_libraryNames.end() ? qs(entry.library) : found->second;
    }
    case Operation:
        return DeskWords::operation(entry.type);
    case Reason: {
        const QString sentence = DeskWords::reason(entry.code);
        return sentence.isEmpty() ? qs(entry.code) : sentence;
    }
    case Detail:
        return detail(entry);
    case Origin:
        return QStringLiteral("%1 #%2").arg(qs(entry.nodeId)).arg(entry.seq);
    }
    return {};
}

QVariant ExceptionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& entry = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole)
        return text(entry, index.column());
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return qs(entry.code);
    return {};
}

QVariant ExceptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At:
        return tr("Recorded");
    case Library:
        return tr("Library");
    case Operation:
        return tr("Operation");
    case Reason:
        return tr("Reason");
    case Detail:
        return tr("Detail");
    case Origin:
        return tr("Node, sequence");
    }
    return {};
}
