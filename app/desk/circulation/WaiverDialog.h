#pragma once

#include "Loan.h"

#include <QDialog>

#include <cstdint>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

// F7: waive all or part of one fee. A reason is required: the waiver is audited.
class WaiverDialog : public QDialog
{
    Q_OBJECT

public:
    WaiverDialog(const std::vector<ils::Fee>& fees, QWidget* parent = nullptr);
    std::int64_t feeId() const;
    QString amount() const;
    QString reason() const;

private:
    void feeChosen(int index);
    void updateOk();

    std::vector<ils::Fee> m_fees;
    QComboBox* m_fee;
    QLineEdit* m_amount;
    QLineEdit* m_reason;
    QDialogButtonBox* m_buttons;
};
