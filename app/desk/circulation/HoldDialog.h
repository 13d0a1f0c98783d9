#pragma once

#include "Library.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLineEdit;

// F5: a hold for the reader at the desk on the title of a copy; scan the copy (or type its
// barcode) and choose where the reader will collect it (here by default).
class HoldDialog : public QDialog
{
    Q_OBJECT

public:
    HoldDialog(const std::vector<ils::Library>& libraries, const QString& here, QWidget* parent = nullptr);
    QString barcode() const;
    QString pickup() const;

private:
    QLineEdit* m_barcode;
    QComboBox* m_pickup;
};
