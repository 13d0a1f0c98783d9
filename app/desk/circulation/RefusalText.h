#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QString>

// Every refusal in plain words: what happened, and what the librarian does about it. The
// engine's specifics (core's RefusalFacts: a status, a date, a limit) are worded here too and
// shown beside it, smaller, by the view; core's English detail never reaches the screen.
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
    // The specifics in words: "卡已于 2021-12-05 到期。", "已借 10 册，上限 10 册。"; empty when
    // the facts add nothing to the sentence.
    static QString details(ils::Reason reason, const ils::RefusalFacts& facts);
    // The line under the sentence: the desk's own words, then the engine's specifics.
    static QString detailOf(const Problem& problem);
    // "Checkout refused", "Return refused"…: the headline above the sentence.
    static QString actionFailed(Problem::Action action);
};
