#include "PaymentDialog.h"

#include "DeskTerms.h"
#include "PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PaymentDialog::PaymentDialog(const QString& readerName, std::int64_t owedFen, QWidget* parent)
    : QDialog(parent)
    , m_amount(new QLineEdit(DeskTerms::yuan(owedFen), this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->selectAll();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Reader:"), PlainText::keep(new QLabel(readerName, this)));
    form->addRow(tr("Owed (yuan):"), new QLabel(DeskTerms::yuan(owedFen), this));
    form->addRow(tr("&Amount paid (yuan):"), m_amount);
    form->addRow(buttons);
}

QString PaymentDialog::amount() const
{
    return m_amount->text();
}
