#pragma once

#include <QWidget>

class ExceptionsModel;
class QLabel;
class QTableView;

namespace ils {
class LocalStore;
}

// The exceptions report, read-only, read again each time the page is shown: a branch sees what
// the central recorded about transactions done offline, to settle with the reader or the shelf.
class ExceptionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExceptionsPage(ils::LocalStore& store, QWidget* parent = nullptr);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();

    ExceptionsModel* m_model;
    QLabel* m_title;
    QLabel* m_summary;
    QTableView* m_table;
};
