#pragma once

#include <QDialog>

#include <string>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// F8: register a reader at this library. The card number is the next of the library's range,
// given when the reader is stored; the resident ID number is optional and checked as typed.
class NewReaderDialog : public QDialog
{
    Q_OBJECT

public:
    NewReaderDialog(const std::vector<std::string>& readerTypes, QWidget* parent = nullptr);
    QString name() const;
    QString type() const;
    QString idNumber() const;

private:
    void check();

    QLineEdit* m_name;
    QComboBox* m_type;
    QLineEdit* m_idNumber;
    QLabel* m_idProblem;
    QDialogButtonBox* m_buttons;
};
