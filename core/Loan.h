#pragma once

#include "Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ils {

struct Loan
{
    std::int64_t id = 0;
    std::string item;
    std::string reader;
    std::string library; // where it was lent
    Timestamp outAt = 0;
    Date due;
    int renewals = 0;
    std::optional<Timestamp> returnedAt;
    std::optional<std::string> returnLibrary;
};

enum class HoldStatus
{
    Pending, // waiting for a copy
    InTransit, // a copy is on its way to the pickup library
    Ready, // on the hold shelf at the pickup library
    Fulfilled,
    Cancelled,
    Expired,
};

std::string_view toString(HoldStatus status);
std::optional<HoldStatus> holdStatusFromString(std::string_view text);

struct Hold
{
    std::int64_t id = 0;
    std::int64_t recordId = 0;
    std::string reader;
    std::string pickupLibrary;
    Timestamp placedAt = 0;
    HoldStatus status = HoldStatus::Pending;
    std::optional<std::string> item; // the copy trapped for it
    std::optional<Date> readyUntil;
};

struct Fee
{
    std::int64_t id = 0;
    std::string reader;
    std::optional<std::string> item;
    std::string kind; // "overdue", "lost", "card"
    std::int64_t amountFen = 0;
    std::int64_t paidFen = 0;
    std::int64_t waivedFen = 0;
    Timestamp createdAt = 0;
    std::string note;

    std::int64_t outstandingFen() const { return amountFen - paidFen - waivedFen; }
};

} // namespace ils
