#include "NewReaderDialog.h"

#include "DeskTerms.h"
#include "ResidentId.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

NewReaderDialog::NewReaderDialog(const std::vector<std::string>& readerTypes, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_idNumber(new QLineEdit(this))
    , m_idProblem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newReaderDialog"));
    setWindowTitle(tr("New reader"));
    m_name->setObjectName(QStringLiteral("newReaderName"));
    m_type->setObjectName(QStringLiteral("newReaderType"));
    m_idNumber->setObjectName(QStringLiteral("newReaderIdNumber"));
    m_idNumber->setProperty("acceptsScans", true);
    m_idNumber->setMaxLength(18);
    m_idProblem->setObjectName(QStringLiteral("newReaderIdProblem"));
    m_idProblem->setStyleSheet(QStringLiteral("color: #b00000;"));
    for (const std::string& type : readerTypes)
        m_type->addItem(DeskTerms::readerType(type), QString::fromStdString(type));
    connect(m_name, &QLineEdit::textChanged, this, &NewReaderDialog::check);
    connect(m_idNumber, &QLineEdit::textChanged, this, &NewReaderDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&ID number (optional):"), m_idNumber);
    form->addRow(m_idProblem);
    form->addRow(m_buttons);
    check();
}

QString NewReaderDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewReaderDialog::type() const
{
    return m_type->currentData().toString();
}

QString NewReaderDialog::idNumber() const
{
    return m_idNumber->text().trimmed();
}

void NewReaderDialog::check()
{
    const QString id = idNumber();
    const bool idOk = id.isEmpty() || (id.size() == 18 && ils::isValidResidentId(id.toStdString()));
    // Only once the number is complete: a warning at every digit typed would be noise.
    m_idProblem->setText(id.size() < 18 || idOk ? QString() : tr("This ID number is not valid: check every digit."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && idOk);
}
