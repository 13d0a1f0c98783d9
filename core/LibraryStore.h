#pragma once

#include "Library.h"
#include "Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils {

class Database;

// The library hierarchy: province → prefecture → county → branch → circulation point.
class LibraryStore
{
public:
    explicit LibraryStore(Database& db)
        : m_db(db)
    {
    }

    // Checks the code, the level and that the parent exists and sits higher up.
    Result<Library> add(const Library& library);
    Result<Library> setParent(std::string_view code, std::string_view parent);
    std::optional<Library> find(std::string_view code) const;
    std::vector<Library> list() const;
    // True when `ancestor` is `code` itself or one of its parents, grandparents…
    bool isSelfOrAncestor(std::string_view ancestor, std::string_view code) const;

private:
    std::optional<Refusal> checkParent(LibraryLevel level, const std::optional<std::string>& parent) const;
    Database& m_db;
};

} // namespace ils
