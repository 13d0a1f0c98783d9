#pragma once

#include "Problem.h"

#include <QFrame>

class QLabel;

// The line under the scan field that says what just happened: green when done, orange when a
// returned item needs handling, red with the reason, what to do and the engine's detail (smaller)
// when refused.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showSuccess(const QString& message, bool needsAction);
    void showProblem(const Problem& problem);
    void showHint(const QString& hint); // what to press next; no outcome
    void clear();
    void retranslate(); // the idle line in the new language; a message on show stays as it was

    QString headline() const;
    QString sentence() const;
    QString todo() const;
    QString detail() const;

private:
    enum class Tone
    {
        Neutral,
        Success,
        Attention,
        Problem,
    };
    void setTone(Tone tone);

    QLabel* m_headline;
    QLabel* m_sentence;
    QLabel* m_todo;
    QLabel* m_detail;
};
