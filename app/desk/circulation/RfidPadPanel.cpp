#include "RfidPadPanel.h"

#include "PlainText.h"

#include "RfidPadController.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

RfidPadPanel::RfidPadPanel(QWidget* parent)
    : QFrame(parent)
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_attention(new QLabel(this))
    , m_todo(new QLabel(this))
{
    setObjectName(QStringLiteral("rfidPadPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_status->setObjectName(QStringLiteral("rfidPadStatus"));
    m_list->setObjectName(QStringLiteral("rfidPadList"));
    m_list->setFocusPolicy(Qt::NoFocus); // nothing to choose: the scan field keeps the keys
    m_attention->setObjectName(QStringLiteral("rfidPadAttention"));
    m_attention->setWordWrap(true);
    m_todo->setObjectName(QStringLiteral("rfidPadTodo"));
    m_todo->setWordWrap(true);
    for (QLabel* label : {m_status, m_attention, m_todo})
        PlainText::keep(label); // titles
    QFont bold = m_attention->font();
    bold.setBold(true);
    m_attention->setFont(bold);
    QPalette warning = m_attention->palette();
    warning.setColor(QPalette::WindowText, QColor(0x90, 0x10, 0x10));
    m_attention->setPalette(warning);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_attention);
    layout->addWidget(m_todo);
    hide(); // until a pad is attached
}

void RfidPadPanel::setController(RfidPadController* controller)
{
    m_controller = controller;
    connect(controller, &RfidPadController::linesChanged, this, &RfidPadPanel::redraw);
    connect(controller, &RfidPadController::connectionChanged, this, &RfidPadPanel::redraw);
    connect(controller, &RfidPadController::attention, this, &RfidPadPanel::showAttention);
    connect(controller, &RfidPadController::securityRepaired, this, [this] { showAttention({}, {}); });
    show();
    redraw();
}

void RfidPadPanel::showAttention(const QString& headline, const QString& todo)
{
    m_attention->setText(headline);
    m_todo->setText(todo);
}

QString RfidPadPanel::attention() const
{
    return m_attention->text() + QLatin1Char('\n') + m_todo->text();
}

QString RfidPadPanel::describe(const RfidPadLine& line)
{
    using State = RfidPadLine::State;
    if (line.state == State::Unreadable)
        return tr("Tag %1: no library data. Put the item back on the pad; if it stays, give it to the cataloguer.")
            .arg(line.barcode);
    QString what;
    switch (line.state) {
    case State::Incomplete: {
        QStringList parts;
        for (int k : line.missing)
            parts << QString::number(k);
        what = tr("waiting for part %1 (of %2)", nullptr, static_cast<int>(line.missing.size()))
                   .arg(parts.join(tr(", ", "between part numbers")))
                   .arg(line.total);
        break;
    }
    case State::Lent:
        what = tr("lent");
        break;
    case State::Returned:
        what = tr("returned");
        break;
    case State::Refused:
        what = tr("refused: see the message above");
        break;
    case State::Held:
        what = tr("not handled: the reader card on the pad was refused (see the message above)");
        break;
    case State::Unreadable:
        break;
    }
    if (line.securityFailed)
        what += tr("; security bit NOT written: put it back on the pad");
    QString name = line.title == line.barcode ? line.barcode : tr("%1 %2").arg(line.title, line.barcode);
    if (line.total > 1 && line.state != State::Incomplete)
        name += tr(" (%n part(s))", nullptr, line.total);
    return tr("%1: %2").arg(name, what);
}

void RfidPadPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    QFrame::changeEvent(event);
}

void RfidPadPanel::redraw()
{
    if (!m_controller)
        return;
    m_status->setText(
        m_controller->connected()
            ? tr("RFID pad (%1): %n item(s) on the pad", nullptr, static_cast<int>(m_controller->lines().size()))
                  .arg(m_controller->description())
            : tr("RFID pad (%1): not connected").arg(m_controller->description()));
    m_list->clear();
    for (const auto& line : m_controller->lines())
        m_list->addItem(describe(line));
}
