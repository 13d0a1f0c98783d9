#pragma once

#include "Circulation.h"

#include <QCoreApplication>
#include <QString>

// The words the desk shows for the engine's codes: statuses, reader types, fee kinds and the
// routing instruction after a return. One place, so the screen and the slips agree.
class DeskTerms
{
    Q_DECLARE_TR_FUNCTIONS(DeskTerms)

public:
    struct Instruction
    {
        QString headline; // very large on the routing banner
        QString detail;
    };

    static QString readerStatus(ils::ReaderStatus status);
    static QString readerType(const std::string& type);
    static QString holdStatus(ils::HoldStatus status);
    static QString itemStatus(const std::string& code); // core's code ("lost"); an unknown code as it is
    static QString feeKind(const std::string& kind);
    static Instruction routing(const ils::Routing& routing, const QString& libraryName);
    // A lost copy back at the desk: that it is found, and what became of its charge.
    static QString foundLost(const ils::FoundLost& found);
    static QString yuan(std::int64_t fen); // "1.50": core's formatYuan (core/Money.h)
    // `text` with `name` (a library's) joined so that a wrapped line does not break inside it:
    // Chinese text may break between any two characters.
    static QString keepTogether(QString text, const QString& name);
};
