#include "ReaderPanel.h"

#include "DeskTerms.h"
#include "PlainText.h"
#include "RefusalText.h"
#include "ResidentId.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QTableWidget* table(QWidget* parent, const char* name)
{
    auto* t = new QTableWidget(0, 4, parent);
    t->setObjectName(QLatin1String(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setTabKeyNavigation(false); // Tab moves on to the next part of the desk, not the next cell
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive); // see setColumnWidths()
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells, const QColor& colour = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setToolTip(PlainText::toolTip(cells[column])); // the whole text, should the column cut it short
        if (colour.isValid())
            item->setForeground(colour);
        t->setItem(row, column, item);
    }
}

} // namespace

ReaderPanel::ReaderPanel(QWidget* parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_blocks(new QLabel(this))
    , m_loans(table(this, "loansTable"))
    , m_holds(table(this, "holdsTable"))
    , m_fees(table(this, "feesTable"))
    , m_headings {new QLabel(this), new QLabel(this), new QLabel(this)}
{
    setObjectName(QStringLiteral("readerPanel"));
    setColumnWidths();
    m_name->setObjectName(QStringLiteral("readerName"));
    m_facts->setObjectName(QStringLiteral("readerFacts"));
    m_blocks->setObjectName(QStringLiteral("readerBlocks"));
    for (QLabel* label : {m_name, m_facts, m_blocks})
        PlainText::keep(label);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_name->setFont(big);
    m_facts->setWordWrap(true);
    m_blocks->setWordWrap(true);
    m_blocks->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addWidget(m_blocks);
    const int stretches[] = {3, 1, 1};
    QTableWidget* tables[] = {m_loans, m_holds, m_fees};
    for (int i = 0; i < 3; ++i) {
        layout->addWidget(m_headings[i]);
        layout->addWidget(tables[i], stretches[i]);
    }
    retranslate(std::nullopt);
}

// Fixed widths, not ResizeToContents, which measures every cell on every change. Codes, dates and
// amounts get what they need; the titles and notes take what is left.
void ReaderPanel::setColumnWidths()
{
    const QFontMetrics metrics(font());
    const int code = metrics.horizontalAdvance(QStringLiteral("0000000000000000")) + 16;
    const int date = metrics.horizontalAdvance(QStringLiteral("0000-00-00")) + 16;
    const int word = metrics.horizontalAdvance(QStringLiteral("00000000")) + 16;
    m_loans->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_loans->setColumnWidth(0, code);
    m_loans->setColumnWidth(2, date * 2); // "(overdue)" may follow the date
    m_loans->setColumnWidth(3, word);
    m_holds->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column : {1, 2, 3})
        m_holds->setColumnWidth(column, column == 3 ? date : word * 2);
    m_fees->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_fees->setColumnWidth(0, word * 2);
    m_fees->setColumnWidth(1, code);
    m_fees->setColumnWidth(2, word);
}

// A column of fixed width is at least as wide as its heading, in every language ("Owed (yuan)").
void ReaderPanel::fitHeaders(QTableWidget* table)
{
    QHeaderView* header = table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    for (int column = 0; column < table->columnCount(); ++column) {
        const auto* item = table->horizontalHeaderItem(column);
        if (!item || header->sectionResizeMode(column) == QHeaderView::Stretch)
            continue;
        const int needed = metrics.horizontalAdvance(item->text()) + 2 * metrics.averageCharWidth() + 16;
        if (table->columnWidth(column) < needed)
            table->setColumnWidth(column, needed);
    }
}

void ReaderPanel::retranslate(const std::optional<ReaderSnapshot>& snapshot)
{
    m_loans->setHorizontalHeaderLabels({tr("Barcode"), tr("Title"), tr("Due"), tr("Renewed")});
    m_holds->setHorizontalHeaderLabels({tr("Title"), tr("Status"), tr("Pick up at"), tr("Collect by")});
    m_fees->setHorizontalHeaderLabels({tr("Fee"), tr("Item"), tr("Owed (yuan)"), tr("Note")});
    setColumnWidths(); // from scratch: the other language's headings may have widened them
    fitHeaders(m_loans);
    fitHeaders(m_holds);
    fitHeaders(m_fees);
    m_headings[0]->setText(tr("Loans"));
    m_headings[1]->setText(tr("Holds"));
    m_headings[2]->setText(tr("Fees"));
    setSnapshot(snapshot);
}

void ReaderPanel::setSnapshot(const std::optional<ReaderSnapshot>& snapshot)
{
    if (!snapshot) {
        m_name->setText(tr("No reader"));
        m_facts->setText(tr("Scan a reader card or an ID number to lend; scan an item alone to return it."));
        m_blocks->clear();
        for (QTableWidget* t : {m_loans, m_holds, m_fees})
            t->setRowCount(0);
        return;
    }
    showReader(*snapshot);
    showLoans(*snapshot);
    showHolds(*snapshot);
    showFees(*snapshot);
    showBlocks(*snapshot);
}

QString ReaderPanel::selectedLoan() const
{
    const int row = m_loans->currentRow();
    if (row < 0 || !m_loans->item(row, 0))
        return {};
    return m_loans->item(row, 0)->text();
}

void ReaderPanel::showReader(const ReaderSnapshot& s)
{
    const ils::Reader& r = s.reader;
    m_name->setText(qs(r.name));
    QStringList facts {tr("Card %1").arg(qs(r.card)),
                       DeskTerms::readerType(r.type),
                       DeskTerms::readerStatus(r.status),
                       tr("valid until %1").arg(qs(r.expiry.toIso())),
                       DeskTerms::keepTogether(tr("home library %1").arg(qs(s.homeLibraryName)), qs(s.homeLibraryName)),
                       tr("owes %1 yuan").arg(DeskTerms::yuan(s.owedFen))};
    if (!r.idMasked.empty())
        facts << tr("ID %1").arg(qs(r.idMasked));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
}

void ReaderPanel::showLoans(const ReaderSnapshot& s)
{
    m_loans->setRowCount(static_cast<int>(s.loans.size()));
    for (int row = 0; row < m_loans->rowCount(); ++row) {
        const auto& line = s.loans[static_cast<std::size_t>(row)];
        const QString due =
            line.overdue ? tr("%1 (overdue)").arg(qs(line.loan.due.toIso())) : qs(line.loan.due.toIso());
        setRow(m_loans,
               row,
               {qs(line.loan.item), qs(line.title), due, QString::number(line.loan.renewals)},
               line.overdue ? QColor(0xB0, 0, 0) : QColor());
    }
}

void ReaderPanel::showHolds(const ReaderSnapshot& s)
{
    m_holds->setRowCount(static_cast<int>(s.holds.size()));
    for (int row = 0; row < m_holds->rowCount(); ++row) {
        const auto& line = s.holds[static_cast<std::size_t>(row)];
        setRow(m_holds,
               row,
               {qs(line.title),
                DeskTerms::holdStatus(line.hold.status),
                qs(line.pickupName),
                line.hold.readyUntil ? qs(line.hold.readyUntil->toIso()) : QString()});
    }
}

void ReaderPanel::showFees(const ReaderSnapshot& s)
{
    m_fees->setRowCount(static_cast<int>(s.fees.size()));
    for (int row = 0; row < m_fees->rowCount(); ++row) {
        const ils::Fee& fee = s.fees[static_cast<std::size_t>(row)];
        setRow(m_fees,
               row,
               {DeskTerms::feeKind(fee.kind),
                qs(fee.item.value_or("")),
                DeskTerms::yuan(fee.outstandingFen()),
                qs(fee.note)});
    }
}

void ReaderPanel::showBlocks(const ReaderSnapshot& s)
{
    QStringList lines;
    for (const ils::Refusal& block : s.blocks) {
        const auto text = RefusalText::forReason(block.reason);
        const QString facts = RefusalText::details(block.reason, block.facts);
        lines << (facts.isEmpty() ? tr("%1 %2").arg(text.what, text.todo)
                                  : tr("%1 %2 (%3)").arg(text.what, text.todo, facts));
    }
    m_blocks->setText(lines.join(QLatin1Char('\n')));
}
