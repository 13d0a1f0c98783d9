#include "HoldDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

HoldDialog::HoldDialog(const std::vector<ils::Library>& libraries, const QString& here, QWidget* parent)
    : QDialog(parent)
    , m_barcode(new QLineEdit(this))
    , m_pickup(new QComboBox(this))
{
    setObjectName(QStringLiteral("holdDialog"));
    setWindowTitle(tr("Place a hold"));
    m_barcode->setObjectName(QStringLiteral("holdBarcode"));
    m_barcode->setProperty("acceptsScans", true); // a scan here fills the field, it does not lend
    m_pickup->setObjectName(QStringLiteral("holdPickup"));
    for (const ils::Library& library : libraries)
        m_pickup->addItem(QString::fromStdString(library.name), QString::fromStdString(library.code));
    m_pickup->setCurrentIndex(std::max(0, m_pickup->findData(here)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Item &barcode:"), m_barcode);
    form->addRow(tr("&Pick up at:"), m_pickup);
    form->addRow(buttons);
}

QString HoldDialog::barcode() const
{
    return m_barcode->text();
}

QString HoldDialog::pickup() const
{
    return m_pickup->currentData().toString();
}
