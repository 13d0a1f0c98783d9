#pragma once

#include "Slips.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QRectF;

// Sends slips and labels to the desk's default printer, or, when there is none (or the desk is
// set to), writes them as PDF files into a folder, so that nothing a reader needs is lost.
class SlipPrinter
{
    Q_DECLARE_TR_FUNCTIONS(SlipPrinter)

public:
    struct Outcome
    {
        enum class Kind
        {
            Printed,
            SavedAsPdf,
            Failed,
        };
        Kind kind = Kind::Failed;
        QString path; // the PDF, when saved as one
    };

    // `usePrinter` false: always PDF (tests, desks without a printer).
    explicit SlipPrinter(QString pdfDirectory, bool usePrinter = true);

    const QString& pdfDirectory() const { return m_pdfDirectory; }
    Outcome print(const DueSlip& slip);
    Outcome print(const RoutingSlip& slip);
    Outcome print(const CardLabel& label);

private:
    using Painting = std::function<void(QPainter&, const QRectF&)>;
    Outcome output(const QString& name, QSizeF millimetres, const Painting& paint);
    Outcome toPdf(const QString& name, QSizeF millimetres, const Painting& paint);
    static bool paintOn(QPagedPaintDevice& device, QSizeF millimetres, const Painting& paint);

    QString m_pdfDirectory;
    bool m_usePrinter = true;
};
