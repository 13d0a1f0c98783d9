#pragma once

#include "Circulation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils {
class LocalStore;
}

// Everything the reader panel shows, read from the replica in one go after each change.
struct ReaderSnapshot
{
    struct LoanLine
    {
        ils::Loan loan;
        std::string title;
        bool overdue = false;
    };
    struct HoldLine
    {
        ils::Hold hold;
        std::string title;
        std::string pickupName;
    };

    ils::Reader reader;
    std::string homeLibraryName;
    ils::Date today;
    std::vector<LoanLine> loans;
    std::vector<HoldLine> holds;
    std::vector<ils::Fee> fees;
    std::int64_t owedFen = 0;
    // Why the reader cannot borrow now, in the engine's words: status, expiry, fines.
    std::vector<ils::Refusal> blocks;

    static std::optional<ReaderSnapshot> load(ils::LocalStore& store, std::string_view card);
};
