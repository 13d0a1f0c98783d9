#pragma once

#include "PileLine.h"

#include <QTableWidget>

#include <vector>

// The items handled in this reader's session, newest last: what was lent with its due date,
// what was returned with where it goes, what was renewed.
class PileTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit PileTable(QWidget* parent = nullptr);

    void setPile(const std::vector<PileLine>& pile);
    void append(const PileLine& line);
    // After a change of language: the headings, and the pile drawn again in the new words.
    void retranslate(const std::vector<PileLine>& pile);

private:
    void setLine(int row, const PileLine& line);
};
