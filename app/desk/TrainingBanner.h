#pragma once

#include <QLabel>

// The bar across the top of every desk screen in practice mode (练习模式): impossible to miss,
// so nobody lends a real book in the practice database or practises on the real one.
class TrainingBanner : public QLabel
{
    Q_OBJECT

public:
    explicit TrainingBanner(QWidget* parent = nullptr);

    static QString text();

protected:
    void changeEvent(QEvent* event) override;
};
