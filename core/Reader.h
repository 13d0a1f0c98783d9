#pragma once

#include "Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ils {

enum class ReaderStatus
{
    Active,
    CardLost,
    Blocked,
    Expired,
};

std::string_view toString(ReaderStatus status);
std::optional<ReaderStatus> readerStatusFromString(std::string_view text);

struct Reader
{
    std::string card;
    std::string name;
    std::string type = "adult";
    std::string homeLibrary;
    ReaderStatus status = ReaderStatus::Active;
    Date expiry;
    std::int64_t depositFen = 0;
    std::optional<std::string> idNumber; // resident ID; show only masked by default
    std::string blockReason;
};

} // namespace ils
