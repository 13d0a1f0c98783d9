#pragma once

#include "ReaderSnapshot.h"

#include <QFrame>

#include <optional>

class QLabel;
class QTableWidget;

// The reader at the desk: who, what standing, and what they have — loans with due dates,
// holds, fees, and every block with its reason. Only shows a snapshot; reads nothing itself.
class ReaderPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ReaderPanel(QWidget* parent = nullptr);

    void setSnapshot(const std::optional<ReaderSnapshot>& snapshot);
    // After a change of language: the headings, and the snapshot drawn again in the new words.
    void retranslate(const std::optional<ReaderSnapshot>& snapshot);
    QTableWidget* loansTable() const { return m_loans; }
    // The barcode of the loan selected in the loans table, or empty.
    QString selectedLoan() const;

private:
    void setColumnWidths();
    static void fitHeaders(QTableWidget* table);
    void showReader(const ReaderSnapshot& s);
    void showLoans(const ReaderSnapshot& s);
    void showHolds(const ReaderSnapshot& s);
    void showFees(const ReaderSnapshot& s);
    void showBlocks(const ReaderSnapshot& s);

    QLabel* m_name;
    QLabel* m_facts;
    QLabel* m_blocks;
    QTableWidget* m_loans;
    QTableWidget* m_holds;
    QTableWidget* m_fees;
    QLabel* m_headings[3];
};
