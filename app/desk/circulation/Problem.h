#pragma once

#include "Result.h"
#include "ScanClassifier.h"

#include <QString>

// Something the desk could not do, with enough to tell the librarian why and what to do next.
// Most come from the engine (a Refusal); a few arise before the engine is asked.
struct Problem
{
    enum class Source
    {
        Engine, // `reason` says why
        Scan, // the scanned text is not a card or barcode of the county; `scan` says what it is
        NoReader, // the action needs a reader and none is loaded
        NothingToRenew, // renew all with no loans
        PrintFailed, // the slip or label reached neither a printer nor a PDF file
        NotPermitted, // the logged-in person's role does not allow it (ils::deskAllows)
        DiskFull, // the database could not write: the disk is full (ils::DiskFullError)
        StorageFailed, // the database failed otherwise (ils::StoreError)
    };
    enum class Action
    {
        Scan,
        LoadReader,
        Checkout,
        Checkin,
        Renew,
        Hold,
        Pay,
        Waive,
        Register,
        Print,
    };

    Source source = Source::Engine;
    Action action = Action::Scan;
    ils::Reason reason = ils::Reason::InvalidInput;
    ScanKind scan = ScanKind::Invalid;
    QString detail; // the desk's own words, already translated (RefusalText::detailOf adds the facts')
    QString subject; // the card or barcode it was about; resident ID numbers masked
    ils::RefusalFacts facts; // the engine's specifics as data, worded by RefusalText::detailOf

    static Problem engine(Action action, const ils::Refusal& refusal, QString subject)
    {
        Problem p;
        p.action = action;
        p.reason = refusal.reason;
        p.subject = std::move(subject);
        p.facts = refusal.facts;
        return p;
    }
};
