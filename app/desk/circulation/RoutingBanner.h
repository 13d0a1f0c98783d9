#pragma once

#include "PileLine.h"

#include <QFrame>

class QLabel;

// After a return: where the item goes, in letters big enough to read from across the desk, in
// a colour per action (green reshelve, orange hold shelf, blue transit).
class RoutingBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RoutingBanner(QWidget* parent = nullptr);

    void showRouting(const PileLine& checkin);
    void clear();
    void retranslate(); // the idle line in the new language; a routing on show stays as it was
    QString headline() const;
    QString detail() const;
    // The action on show, as a name ("reshelve", "hold_shelf"…), empty when cleared.
    QString action() const;

private:
    QLabel* m_headline;
    QLabel* m_detail;
};
