#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QString>

// Every refusal in plain words: what happened, and what the librarian does about it. The
// engine's detail (English, specific) is shown beside it, smaller, by the view.
class RefusalText
{
    Q_DECLARE_TR_FUNCTIONS(RefusalText)

public:
    struct Text
    {
        QString what;
        QString todo;
    };

    static Text forReason(ils::Reason reason);
    static Text forProblem(const Problem& problem);
    // "Checkout refused", "Return refused"…: the headline above the sentence.
    static QString actionFailed(Problem::Action action);
};
