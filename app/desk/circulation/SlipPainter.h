#pragma once

#include "Slips.h"

#include <QCoreApplication>
#include <QSizeF>

class QPainter;
class QRectF;

// Lays out the slips and the card label on any paint device: a printer, a PDF, a preview image.
class SlipPainter
{
    Q_DECLARE_TR_FUNCTIONS(SlipPainter)

public:
    // Paper sizes in millimetres: an 80 mm receipt roll, and a card label.
    static QSizeF dueSlipSize(const DueSlip& slip);
    static QSizeF routingSlipSize() { return {80, 70}; }
    static QSizeF cardLabelSize() { return {60, 30}; }

    static void paint(QPainter& painter, const QRectF& page, const DueSlip& slip);
    static void paint(QPainter& painter, const QRectF& page, const RoutingSlip& slip);
    static void paint(QPainter& painter, const QRectF& page, const CardLabel& label);
    // A Code 128 symbol filling `area` (quiet zones included); returns false when the text
    // cannot be encoded, having drawn nothing.
    static bool paintCode128(QPainter& painter, const QRectF& area, const QString& text);
};
