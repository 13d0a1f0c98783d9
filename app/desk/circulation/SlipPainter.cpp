#include "SlipPainter.h"

#include "Code128.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {

constexpr int quietModules = 10; // white space each side that scanners need to find the symbol

// Draws one line of text at `y` (its top) and returns the y below it.
qreal line(QPainter& painter, const QRectF& page, qreal y, const QString& text, qreal points, bool bold = false)
{
    QFont font = painter.font();
    font.setPointSizeF(points);
    font.setBold(bold);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, page.width());
    painter.drawText(QRectF(page.left(), y, page.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
    return y + metrics.height() * 1.15;
}

qreal rule(QPainter& painter, const QRectF& page, qreal y)
{
    painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    return y + page.width() / 60;
}

} // namespace

QSizeF SlipPainter::dueSlipSize(const DueSlip& slip)
{
    return {80, 50 + 14 * static_cast<qreal>(slip.lines.size())};
}

void SlipPainter::paint(QPainter& painter, const QRectF& page, const DueSlip& slip)
{
    qreal y = page.top();
    y = line(painter, page, y, slip.libraryName, 11, true);
    y = line(painter, page, y, tr("Loan receipt"), 10, true);
    y = line(painter, page, y, tr("Reader: %1  Card: %2").arg(slip.readerName, slip.card), 8);
    y = line(painter, page, y, tr("Date: %1").arg(slip.printedAt), 8);
    y = rule(painter, page, y);
    for (const DueSlip::Line& item : slip.lines) {
        y = line(painter, page, y, item.title, 9, true);
        y = line(painter, page, y, item.barcode, 8);
        y = line(painter, page, y, tr("Due: %1").arg(item.due), 10, true);
    }
    y = rule(painter, page, y);
    line(painter, page, y, tr("%n item(s). Please return them by the date shown.", nullptr, int(slip.lines.size())), 8);
}

void SlipPainter::paint(QPainter& painter, const QRectF& page, const RoutingSlip& slip)
{
    qreal y = page.top();
    y = line(painter, page, y, slip.instruction, 16, true);
    y = rule(painter, page, y);
    y = line(painter, page, y, slip.title, 9, true);
    y = line(painter, page, y, slip.barcode, 9);
    if (!slip.holdCard.isEmpty())
        y = line(painter, page, y, tr("Hold for card %1").arg(slip.holdCard), 9);
    if (!slip.readyUntil.isEmpty())
        y = line(painter, page, y, tr("Collect by %1").arg(slip.readyUntil), 9);
    line(painter, page, y, tr("%1, %2").arg(slip.libraryName, slip.printedAt), 7);
}

void SlipPainter::paint(QPainter& painter, const QRectF& page, const CardLabel& label)
{
    const qreal textHeight = page.height() * 0.22;
    const QRectF bars(page.left(), page.top(), page.width(), page.height() - 2 * textHeight);
    if (!paintCode128(painter, bars, label.card))
        line(painter, page, page.top(), label.card, 14, true); // not encodable: the number as text
    qreal y = bars.bottom();
    y = line(painter, page, y, label.card, 8);
    line(painter, page, y, tr("%1 · %2").arg(label.name, label.libraryName), 7);
}

bool SlipPainter::paintCode128(QPainter& painter, const QRectF& area, const QString& text)
{
    const Code128::Symbol symbol = Code128::encode(text.toStdString());
    if (symbol.bars.empty())
        return false;
    const qreal module = area.width() / (symbol.modules + 2 * quietModules);
    const qreal left = area.left() + quietModules * module;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const Code128::Bar& bar : symbol.bars)
        painter.drawRect(QRectF(left + bar.left * module, area.top(), bar.width * module, area.height()));
    painter.restore();
    return true;
}
