#pragma once

#include "StaffAccounts.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

// Words the shell shows for the engine's codes: staff roles, the operations and reasons of the
// exceptions report. (The circulation screen has its own, circulation/RefusalText and DeskTerms,
// which also say what to do next.)
class DeskWords
{
    Q_DECLARE_TR_FUNCTIONS(DeskWords)

public:
    static QString role(ils::StaffRole role);
    static QString role(const QString& code); // "circulation" → 流通
    static QString operation(std::string_view type); // "checkout" → 借书
    static QString reason(std::string_view code); // empty for a code this program does not know
};
