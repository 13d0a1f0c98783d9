#include "PileTable.h"

#include "DeskTerms.h"
#include "PlainText.h"

#include <QHeaderView>

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

PileTable::PileTable(QWidget* parent)
    : QTableWidget(0, 4, parent)
{
    setObjectName(QStringLiteral("pileTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    setFont(font);
    // Widths from the font, not ResizeToContents: that measures every row at every append,
    // and a pile of returns grows all day. Codes are 16 digits; the title takes what is left.
    const QFontMetrics metrics(font);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The title and where it goes share what is left; either shows its whole text as a tooltip.
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("0000000000000000")) + 16);
    retranslate({});
}

void PileTable::retranslate(const std::vector<PileLine>& pile)
{
    setHorizontalHeaderLabels({tr("Barcode"), tr("Title"), tr("Done"), tr("Due / where it goes")});
    setColumnWidth(2, QFontMetrics(font()).horizontalAdvance(tr("Lent (hold)")) + 16);
    setPile(pile);
}

void PileTable::setPile(const std::vector<PileLine>& pile)
{
    setRowCount(static_cast<int>(pile.size()));
    for (int row = 0; row < rowCount(); ++row)
        setLine(row, pile[static_cast<std::size_t>(row)]);
    if (rowCount() > 0)
        scrollToBottom();
}

void PileTable::append(const PileLine& line)
{
    const int row = rowCount();
    setRowCount(row + 1);
    setLine(row, line);
    scrollToBottom();
}

void PileTable::setLine(int row, const PileLine& line)
{
    QString done;
    QString outcome;
    switch (line.kind) {
    case PileLine::Kind::Checkout:
        done = line.filledHold ? tr("Lent (hold)") : tr("Lent");
        outcome = tr("due %1").arg(qs(line.due->toIso()));
        break;
    case PileLine::Kind::Renew:
        done = tr("Renewed");
        outcome = tr("due %1").arg(qs(line.due->toIso()));
        break;
    case PileLine::Kind::Checkin:
        done = tr("Returned");
        outcome = DeskTerms::routing(line.routing, qs(line.routingLibraryName)).headline;
        if (line.fineFen > 0)
            outcome += tr(", fine %1 yuan owed by %2").arg(DeskTerms::yuan(line.fineFen), qs(line.borrowerName));
        break;
    }
    const QStringList cells {qs(line.barcode), qs(line.title), done, outcome};
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        if (column == 1 || column == 3)
            item->setToolTip(PlainText::toolTip(cells[column])); // the whole text, should the column cut it short
        setItem(row, column, item);
    }
}
