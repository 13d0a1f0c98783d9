#include "SlipPrinter.h"

#include "SlipPainter.h"

#include <QDateTime>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#ifdef ILS_HAVE_PRINTSUPPORT
#include <QPrinter>
#include <QPrinterInfo>
#endif

namespace {

constexpr qreal marginMm = 3;

} // namespace

SlipPrinter::SlipPrinter(QString pdfDirectory, bool usePrinter)
    : m_pdfDirectory(std::move(pdfDirectory))
    , m_usePrinter(usePrinter)
{
}

SlipPrinter::Outcome SlipPrinter::print(const DueSlip& slip)
{
    return output(QStringLiteral("due-%1").arg(slip.card),
                  SlipPainter::dueSlipSize(slip),
                  [&](QPainter& p, const QRectF& page) { SlipPainter::paint(p, page, slip); });
}

SlipPrinter::Outcome SlipPrinter::print(const RoutingSlip& slip)
{
    return output(QStringLiteral("routing-%1").arg(slip.barcode),
                  SlipPainter::routingSlipSize(),
                  [&](QPainter& p, const QRectF& page) { SlipPainter::paint(p, page, slip); });
}

SlipPrinter::Outcome SlipPrinter::print(const CardLabel& label)
{
    return output(QStringLiteral("card-%1").arg(label.card),
                  SlipPainter::cardLabelSize(),
                  [&](QPainter& p, const QRectF& page) { SlipPainter::paint(p, page, label); });
}

SlipPrinter::Outcome SlipPrinter::output(const QString& name, QSizeF millimetres, const Painting& paint)
{
#ifdef ILS_HAVE_PRINTSUPPORT
    if (m_usePrinter) {
        const QPrinterInfo info = QPrinterInfo::defaultPrinter();
        if (!info.isNull()) {
            QPrinter printer(info, QPrinter::HighResolution);
            printer.setDocName(name);
            if (paintOn(printer, millimetres, paint))
                return {Outcome::Kind::Printed, {}};
        }
    }
#endif
    return toPdf(name, millimetres, paint);
}

SlipPrinter::Outcome SlipPrinter::toPdf(const QString& name, QSizeF millimetres, const Painting& paint)
{
    if (!QDir().mkpath(m_pdfDirectory))
        return {};
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QDir(m_pdfDirectory).filePath(QStringLiteral("%1-%2.pdf").arg(name, stamp));
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(name);
    writer.setCreator(QStringLiteral("ils-desk"));
    if (!paintOn(writer, millimetres, paint))
        return {};
    return {Outcome::Kind::SavedAsPdf, path};
}

bool SlipPrinter::paintOn(QPagedPaintDevice& device, QSizeF millimetres, const Painting& paint)
{
    const QPageLayout layout(QPageSize(millimetres, QPageSize::Millimeter),
                             QPageLayout::Portrait,
                             QMarginsF(marginMm, marginMm, marginMm, marginMm),
                             QPageLayout::Millimeter);
    if (!device.setPageLayout(layout))
        return false;
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // The painter's origin is the top left of the printable area, inside the margins.
    const QRect area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    paint(painter, QRectF(0, 0, area.width(), area.height()));
    return painter.end();
}
