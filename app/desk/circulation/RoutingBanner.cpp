#include "RoutingBanner.h"

#include "DeskTerms.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {

QColor colourOf(ils::RoutingAction action)
{
    switch (action) {
    case ils::RoutingAction::Reshelve:
        return QColor(0x2E, 0x7D, 0x32);
    case ils::RoutingAction::HoldShelf:
        return QColor(0xE6, 0x6A, 0x00);
    case ils::RoutingAction::SendToPickup:
    case ils::RoutingAction::SendHome:
        return QColor(0x15, 0x65, 0xC0);
    case ils::RoutingAction::ToCataloguing:
        return QColor(0x6A, 0x1B, 0x9A);
    case ils::RoutingAction::KeepWithdrawn:
        return QColor(0xB7, 0x1C, 0x1C);
    }
    return Qt::darkGray;
}

} // namespace

RoutingBanner::RoutingBanner(QWidget* parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("routingBanner"));
    m_headline->setObjectName(QStringLiteral("routingHeadline"));
    m_detail->setObjectName(QStringLiteral("routingDetail"));
    setAutoFillBackground(true);
    setMinimumHeight(120);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_headline->setFont(big);
    QFont medium = m_detail->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.4);
    m_detail->setFont(medium);
    for (QLabel* l : {m_headline, m_detail}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    clear();
}

void RoutingBanner::showRouting(const PileLine& checkin)
{
    const auto instruction = DeskTerms::routing(checkin.routing, QString::fromStdString(checkin.routingLibraryName));
    m_headline->setText(
        DeskTerms::keepTogether(instruction.headline, QString::fromStdString(checkin.routingLibraryName)));
    QString detail = instruction.detail;
    if (checkin.foundLost)
        detail = DeskTerms::foundLost(*checkin.foundLost) + QLatin1Char(' ') + detail;
    detail = QStringLiteral("%1 · %2").arg(QString::fromStdString(checkin.title), detail);
    if (checkin.routing.action == ils::RoutingAction::Reshelve && !checkin.callNumber.empty())
        detail = tr("Call number %1 · %2").arg(QString::fromStdString(checkin.callNumber), detail);
    m_detail->setText(DeskTerms::keepTogether(detail, QString::fromStdString(checkin.routingLibraryName)));
    QPalette p = palette();
    p.setColor(QPalette::Window, colourOf(checkin.routing.action));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    setProperty("action", QString::fromLatin1(ils::toString(checkin.routing.action)));
}

void RoutingBanner::clear()
{
    m_headline->clear();
    m_detail->setText(tr("Returns show here where each item goes."));
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xEE, 0xEE, 0xEE));
    p.setColor(QPalette::WindowText, QColor(0x60, 0x60, 0x60));
    setPalette(p);
    setProperty("action", QString());
}

void RoutingBanner::retranslate()
{
    if (action().isEmpty())
        clear();
}

QString RoutingBanner::headline() const
{
    return m_headline->text();
}

QString RoutingBanner::detail() const
{
    return m_detail->text();
}

QString RoutingBanner::action() const
{
    return property("action").toString();
}
