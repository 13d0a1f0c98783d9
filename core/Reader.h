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
    // The resident ID number in clear: only at the central (and a standalone library); a
    // branch replica holds only the masked form and a keyed hash (core/ReaderPrivacy.h).
    std::optional<std::string> idNumber;
    std::string idMasked; // 5326**********123X, or empty when the reader gave no number
    std::string blockReason;
};

} // namespace ils
