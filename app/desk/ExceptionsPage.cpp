#include "ExceptionsPage.h"

#include "PlainText.h"

#include "ExceptionsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ExceptionsPage::ExceptionsPage(ils::LocalStore& store, QWidget* parent)
    : QWidget(parent)
    , m_model(new ExceptionsModel(store, this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("exceptionsPage"));
    m_title->setStyleSheet(QStringLiteral("QLabel { font-size: 18px; font-weight: bold; }"));
    m_summary->setObjectName(QStringLiteral("exceptionsSummary"));
    m_summary->setWordWrap(true);
    PlainText::keep(m_title);
    PlainText::keep(m_summary);
    m_table->setObjectName(QStringLiteral("exceptionsTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table); // arrow keys and Page Up/Down scroll it at once
    retranslate();
}

void ExceptionsPage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void ExceptionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void ExceptionsPage::refresh()
{
    m_model->reload();
    m_table->resizeColumnsToContents();
    retranslate();
}

void ExceptionsPage::retranslate()
{
    m_title->setText(tr("Exceptions report"));
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_summary->setText(tr("No exceptions: every transaction sent to the central kept the rules."));
    else if (rows >= ExceptionsModel::limit)
        m_summary->setText(tr("The newest %1 entries: rules broken by transactions done offline, as the central "
                              "recorded them. Settle each with the reader or the shelf.")
                               .arg(rows));
    else
        m_summary->setText(tr("%1 entries: rules broken by transactions done offline, as the central recorded "
                              "them. Settle each with the reader or the shelf.")
                               .arg(rows));
}
