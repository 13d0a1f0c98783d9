// Text forms of the domain enums, as stored in the database and shown in --json output.
#include "Catalogue.h"
#include "CodeRange.h"
#include "Library.h"
#include "Loan.h"
#include "Reader.h"

#include <array>
#include <utility>

namespace ils {

namespace {

template<typename E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return name;
    return "?";
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view text)
{
    for (const auto& [e, name] : table)
        if (name == text)
            return e;
    return std::nullopt;
}

constexpr std::array levels {
    std::pair {LibraryLevel::Province, std::string_view("province")},
    std::pair {LibraryLevel::Prefecture, std::string_view("prefecture")},
    std::pair {LibraryLevel::County, std::string_view("county")},
    std::pair {LibraryLevel::Branch, std::string_view("branch")},
    std::pair {LibraryLevel::Point, std::string_view("point")},
};

constexpr std::array kinds {
    std::pair {CodeKind::Reader, std::string_view("reader")},
    std::pair {CodeKind::Item, std::string_view("item")},
};

constexpr std::array readerStatuses {
    std::pair {ReaderStatus::Active, std::string_view("active")},
    std::pair {ReaderStatus::CardLost, std::string_view("card_lost")},
    std::pair {ReaderStatus::Blocked, std::string_view("blocked")},
    std::pair {ReaderStatus::Expired, std::string_view("expired")},
};

constexpr std::array itemStatuses {
    std::pair {ItemStatus::Available, std::string_view("available")},
    std::pair {ItemStatus::OnLoan, std::string_view("on_loan")},
    std::pair {ItemStatus::InTransit, std::string_view("in_transit")},
    std::pair {ItemStatus::OnHoldShelf, std::string_view("on_hold_shelf")},
    std::pair {ItemStatus::Lost, std::string_view("lost")},
    std::pair {ItemStatus::Withdrawn, std::string_view("withdrawn")},
    std::pair {ItemStatus::Processing, std::string_view("processing")},
};

constexpr std::array holdStatuses {
    std::pair {HoldStatus::Pending, std::string_view("pending")},
    std::pair {HoldStatus::InTransit, std::string_view("in_transit")},
    std::pair {HoldStatus::Ready, std::string_view("ready")},
    std::pair {HoldStatus::Fulfilled, std::string_view("fulfilled")},
    std::pair {HoldStatus::Cancelled, std::string_view("cancelled")},
    std::pair {HoldStatus::Expired, std::string_view("expired")},
};

} // namespace

std::string_view toString(LibraryLevel v)
{
    return nameOf(levels, v);
}
std::optional<LibraryLevel> libraryLevelFromString(std::string_view t)
{
    return valueOf(levels, t);
}
std::string_view toString(CodeKind v)
{
    return nameOf(kinds, v);
}
std::optional<CodeKind> codeKindFromString(std::string_view t)
{
    return valueOf(kinds, t);
}
std::string_view toString(ReaderStatus v)
{
    return nameOf(readerStatuses, v);
}
std::optional<ReaderStatus> readerStatusFromString(std::string_view t)
{
    return valueOf(readerStatuses, t);
}
std::string_view toString(ItemStatus v)
{
    return nameOf(itemStatuses, v);
}
std::optional<ItemStatus> itemStatusFromString(std::string_view t)
{
    return valueOf(itemStatuses, t);
}
std::string_view toString(HoldStatus v)
{
    return nameOf(holdStatuses, v);
}
std::optional<HoldStatus> holdStatusFromString(std::string_view t)
{
    return valueOf(holdStatuses, t);
}

} // namespace ils
