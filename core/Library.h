#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ils {

// Ordered from the top of the hierarchy down; a parent always has a smaller level.
enum class LibraryLevel
{
    Province = 1,
    Prefecture = 2,
    County = 3, // the county central library (总馆)
    Branch = 4, // township or street branch (分馆)
    Point = 5, // village or community circulation point (流通点)
};

std::string_view toString(LibraryLevel level);
std::optional<LibraryLevel> libraryLevelFromString(std::string_view text);

struct Library
{
    std::string code; // e.g. "532622" or "532622-01"
    std::string name;
    LibraryLevel level = LibraryLevel::Branch;
    std::optional<std::string> parent;
    std::optional<std::string> divisionCode; // GB/T 2260, where it has one
};

} // namespace ils
