#pragma once

#include "Library.h"

#include <cstdint>
#include <string>

namespace ils {

// One cell of the county's unified circulation rules (统一流通规则).
struct Rule
{
    int loanDays = 30; // 0: not loanable (reference only)
    int maxLoans = 10;
    int renewals = 1;
    int renewalDays = 30;
    std::int64_t dailyFineFen = 10;
    int graceDays = 3;
    std::int64_t fineCapFen = 2000;
    bool holdsAllowed = true;
    int maxHolds = 5;
};

// A row of the matrix; "*" matches any reader type, item type or level.
struct RuleRow
{
    std::string readerType = "*";
    std::string itemType = "*";
    std::string level = "*"; // a LibraryLevel name or "*"
    Rule rule;
};

} // namespace ils
