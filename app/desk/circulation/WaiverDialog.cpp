#include "WaiverDialog.h"

#include "DeskTerms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

WaiverDialog::WaiverDialog(const std::vector<ils::Fee>& fees, QWidget* parent)
    : QDialog(parent)
    , m_fees(fees)
    , m_fee(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("waiverDialog"));
    setWindowTitle(tr("Waive a fee"));
    m_fee->setObjectName(QStringLiteral("waiverFee"));
    m_amount->setObjectName(QStringLiteral("waiverAmount"));
    m_reason->setObjectName(QStringLiteral("waiverReason"));
    for (const ils::Fee& fee : m_fees)
        m_fee->addItem(tr("%1 %2: %3 yuan")
                           .arg(DeskTerms::feeKind(fee.kind),
                                QString::fromStdString(fee.item.value_or("")),
                                DeskTerms::yuan(fee.outstandingFen())));
    connect(m_fee, &QComboBox::currentIndexChanged, this, &WaiverDialog::feeChosen);
    connect(m_reason, &QLineEdit::textChanged, this, &WaiverDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Fee:"), m_fee);
    form->addRow(tr("&Amount (yuan):"), m_amount);
    form->addRow(tr("&Reason (required):"), m_reason);
    form->addRow(m_buttons);
    feeChosen(m_fee->currentIndex());
    updateOk();
}

std::int64_t WaiverDialog::feeId() const
{
    const int index = m_fee->currentIndex();
    return index < 0 ? 0 : m_fees[static_cast<std::size_t>(index)].id;
}

QString WaiverDialog::amount() const
{
    return m_amount->text();
}

QString WaiverDialog::reason() const
{
    return m_reason->text();
}

void WaiverDialog::feeChosen(int index)
{
    if (index >= 0)
        m_amount->setText(DeskTerms::yuan(m_fees[static_cast<std::size_t>(index)].outstandingFen()));
}

void WaiverDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->text().trimmed().isEmpty() && feeId() != 0);
}
