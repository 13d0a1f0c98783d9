#pragma once

#include <QFrame>

class QLabel;
class QListWidget;
class RfidPadController;
struct RfidPadLine;

// What lies on the RFID pad and what became of it: each item lent or returned, a set with a part
// missing, a security bit not written, a tag without library data; and the last thing the
// librarian must act on. Draws what the RfidPadController says; takes no input.
class RfidPadPanel : public QFrame
{
    Q_OBJECT

public:
    explicit RfidPadPanel(QWidget* parent = nullptr);

    void setController(RfidPadController* controller);
    void showAttention(const QString& headline, const QString& todo);
    QString attention() const; // headline and what to do, for tests

    static QString describe(const RfidPadLine& line);

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();

    RfidPadController* m_controller = nullptr;
    QLabel* m_status;
    QListWidget* m_list;
    QLabel* m_attention;
    QLabel* m_todo;
};
