#include "HelpPage.h"

#include "DeskKeys.h"
#include "DeskSession.h"
#include "DeskWords.h"

#include "LocalStore.h"
#include "Settings.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QString row(const QString& left, const QString& right)
{
    return QStringLiteral("<tr><td style='padding-right:24px'><b>%1</b></td><td>%2</td></tr>")
        .arg(left.toHtmlEscaped(), right.toHtmlEscaped());
}

QString key(const QKeySequence& sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

HelpPage::HelpPage(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("helpPage"));
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setStyleSheet(QStringLiteral("QLabel { padding: 8px; }"));
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setFocusPolicy(Qt::StrongFocus);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    setFocusProxy(m_text);
    retranslate();
}

void HelpPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// The everyday work in a few lines, for someone on their first day at the desk.
QString HelpPage::everydayWork() const
{
    const QStringList steps = {
        tr("Lending: scan the reader's card (or ID card), then each book. Each book appears in the list on the "
           "right with its due date."),
        tr("Returning: with no reader on the screen, scan the book. The large banner says where it goes next."),
        tr("F12 when a reader is done: the screen is cleared, and the next book scanned is a return."),
        tr("Fees: a late return shows its fine on the screen. F6 takes a payment, F7 waives a fee (a reason is "
           "required). A reader who owes too much borrows again after paying."),
        tr("Where a returned book goes: Reshelve: back on this library's shelf. Hold shelf: on the hold shelf, "
           "with the reader's name on a slip (Ctrl+P prints it). Send to another library or home: into the "
           "transit box for that library."),
        tr("When a scan is refused, the red bar says why and what to do. Without a network the desk works on: "
           "the work is kept on this PC and sent when the network returns."),
    };
    QString list = QStringLiteral("<ol>");
    for (const QString& step : steps)
        list += QStringLiteral("<li style='margin-bottom:6px'>%1</li>").arg(step.toHtmlEscaped());
    return list + QStringLiteral("</ol>");
}

QString HelpPage::keysTable() const
{
    return QStringLiteral("<table>")
        + row(key(DeskKeys::circulation()), tr("Circulation: scan a reader's card, then the books"))
        + row(key(DeskKeys::exceptions()), tr("Exceptions report")) + row(key(DeskKeys::help()), tr("This page"))
        + row(key(DeskKeys::syncNow()), tr("Synchronise with the central now"))
        + row(key(DeskKeys::logout()), tr("Log out (the next person logs in)"))
        + row(key(DeskKeys::quit()), tr("Close the desk"))
        + row(QStringLiteral("F2 … F8, F12"), tr("Functions of the circulation screen, shown on it"))
        + row(QStringLiteral("Alt"), tr("The menus: Alt and the underlined letter")) + QStringLiteral("</table>");
}

QString HelpPage::aboutTable() const
{
    ils::LocalStore& store = m_session.store;
    const auto nodeId = QString::fromStdString(store.settings().nodeId());
    return QStringLiteral("<table>") + row(tr("Program"), tr("ils-desk %1").arg(QStringLiteral(ILS_VERSION)))
        + row(tr("Library"), QStringLiteral("%1 (%2)").arg(m_session.libraryName, m_session.library))
        + row(tr("Staff"),
              QStringLiteral("%1 (%2, %3)")
                  .arg(m_session.staffName, m_session.staffUsername, DeskWords::role(m_session.role)))
        + row(tr("Database"), QString::fromStdString(store.db().path()))
        + row(tr("Node"), nodeId == QLatin1String("local") ? tr("not enrolled (standalone)") : nodeId)
        + (m_session.training ? row(tr("Mode"), tr("Practice: a separate demo database that never syncs")) : QString())
        + QStringLiteral("</table>");
}

void HelpPage::retranslate()
{
    m_text->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Everyday work").toHtmlEscaped()) + everydayWork()
                    + QStringLiteral("<h2>%1</h2>").arg(tr("Keys").toHtmlEscaped()) + keysTable()
                    + QStringLiteral("<h2>%1</h2>").arg(tr("About this desk").toHtmlEscaped()) + aboutTable());
}
