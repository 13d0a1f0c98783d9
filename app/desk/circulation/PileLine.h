#pragma once

#include "Circulation.h"

#include <cstdint>
#include <optional>
#include <string>

// One item handled during the current reader's session (or, with no reader, one return):
// a row of the pile table and a line of the slip.
struct PileLine
{
    enum class Kind
    {
        Checkout,
        Checkin,
        Renew,
    };
    Kind kind = Kind::Checkout;
    std::string barcode;
    std::string title;
    std::string callNumber; // Checkin: where it goes on the shelf
    std::optional<ils::Date> due; // Checkout and Renew
    bool filledHold = false; // Checkout: the reader collected their own hold
    ils::Routing routing; // Checkin
    std::string routingLibraryName; // Checkin: the name of routing.library
    std::string borrowerName; // Checkin: who had it, and owes its fine
    std::string borrowerCard; // Checkin
    std::int64_t fineFen = 0; // Checkin
    int overdueDays = 0; // Checkin
    std::optional<ils::FoundLost> foundLost; // Checkin: the copy had been registered as lost
};
