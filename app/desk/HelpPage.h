#pragma once

#include <QWidget>

struct DeskSession;
class QLabel;

// Help and about: the keys of the desk, and what this desk is (program version, database, node,
// practice mode), for the person on the phone to the county's administrator.
class HelpPage : public QWidget
{
    Q_OBJECT

public:
    explicit HelpPage(DeskSession& session, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString everydayWork() const;
    QString keysTable() const;
    QString aboutTable() const;

    DeskSession& m_session;
    QLabel* m_text;
};
