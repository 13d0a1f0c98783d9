#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ils {

struct Record
{
    std::int64_t id = 0;
    std::string title;
    std::string author;
    std::string publisher;
    std::string year;
    std::string isbn;
    std::string clc; // 中图法 class
};

enum class ItemStatus
{
    Available,
    OnLoan,
    InTransit,
    OnHoldShelf,
    Lost,
    Withdrawn,
    Processing,
};

std::string_view toString(ItemStatus status);
std::optional<ItemStatus> itemStatusFromString(std::string_view text);

struct Item
{
    std::string barcode;
    std::int64_t recordId = 0;
    std::string ownerLibrary;
    std::string currentLibrary;
    std::string callNumber;
    std::string type = "book";
    ItemStatus status = ItemStatus::Available;
    std::optional<std::string> transitTo; // set while in transit
};

} // namespace ils
