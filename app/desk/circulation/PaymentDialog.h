#pragma once

#include <QDialog>

#include <cstdint>

class QLineEdit;

// F6: take money for the reader's fees. The amount starts as everything owed; Enter takes it.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(const QString& readerName, std::int64_t owedFen, QWidget* parent = nullptr);
    QString amount() const;

private:
    QLineEdit* m_amount;
};
