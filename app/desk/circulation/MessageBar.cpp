#include "MessageBar.h"

#include "RefusalText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {

QLabel* label(QWidget* parent, const char* name, qreal scale, bool bold)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    QFont font = l->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    l->setFont(font);
    return l;
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_headline(label(this, "messageHeadline", 1.6, true))
    , m_sentence(label(this, "messageText", 1.4, false))
    , m_todo(label(this, "messageTodo", 1.3, true))
    , m_detail(label(this, "messageDetail", 1.0, false)) // not smaller than the system's text
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(2);
    int height = layout->contentsMargins().top() + layout->contentsMargins().bottom();
    for (QLabel* l : {m_headline, m_sentence, m_todo, m_detail}) {
        layout->addWidget(l);
        height += l->fontMetrics().lineSpacing() + layout->spacing();
    }
    // One height whatever it shows, so the screen below does not jump at each scan: a line for
    // each part and a second for the detail, which is the one that may wrap.
    setFixedHeight(height + m_detail->fontMetrics().lineSpacing() + 2 * frameWidth());
    layout->addStretch(1);
    clear();
}

void MessageBar::showSuccess(const QString& message, bool needsAction)
{
    m_headline->setText(message);
    m_sentence->clear();
    m_todo->clear();
    m_detail->clear();
    setTone(needsAction ? Tone::Attention : Tone::Success);
}

void MessageBar::showProblem(const Problem& problem)
{
    const RefusalText::Text text = RefusalText::forProblem(problem);
    m_headline->setText(problem.subject.isEmpty()
                            ? RefusalText::actionFailed(problem.action)
                            : tr("%1: %2").arg(RefusalText::actionFailed(problem.action), problem.subject));
    m_sentence->setText(text.what);
    m_todo->setText(text.todo);
    m_detail->setText(RefusalText::detailOf(problem));
    setTone(Tone::Problem);
}

void MessageBar::showHint(const QString& hint)
{
    m_headline->setText(hint);
    for (QLabel* l : {m_sentence, m_todo, m_detail})
        l->clear();
    setTone(Tone::Neutral);
}

void MessageBar::clear()
{
    m_headline->setText(tr("Ready: scan a reader card, an ID number or an item."));
    for (QLabel* l : {m_sentence, m_todo, m_detail})
        l->clear();
    setTone(Tone::Neutral);
}

void MessageBar::retranslate()
{
    if (property("tone").toInt() == static_cast<int>(Tone::Neutral) && m_sentence->text().isEmpty())
        clear();
}

QString MessageBar::headline() const
{
    return m_headline->text();
}

QString MessageBar::sentence() const
{
    return m_sentence->text();
}

QString MessageBar::todo() const
{
    return m_todo->text();
}

QString MessageBar::detail() const
{
    return m_detail->text();
}

void MessageBar::setTone(Tone tone)
{
    static const QColor backgrounds[] = {
        QColor(0xF2, 0xF2, 0xF2), QColor(0xD8, 0xF0, 0xD8), QColor(0xFF, 0xE0, 0xB0), QColor(0xF8, 0xD0, 0xD0)};
    static const QColor foregrounds[] = {
        QColor(0x30, 0x30, 0x30), QColor(0x10, 0x50, 0x10), QColor(0x60, 0x38, 0x00), QColor(0x90, 0x10, 0x10)};
    QPalette p = palette();
    p.setColor(QPalette::Window, backgrounds[static_cast<int>(tone)]);
    p.setColor(QPalette::WindowText, foregrounds[static_cast<int>(tone)]);
    setPalette(p);
    setProperty("tone", static_cast<int>(tone));
}
