#include "LibraryStore.h"

#include "Database.h"

namespace ils {

namespace {

Library readLibrary(const Query& q)
{
    Library library;
    library.code = q.getText(0);
    library.name = q.getText(1);
    library.level = libraryLevelFromString(q.getText(2)).value_or(LibraryLevel::Branch);
    library.parent = q.getOptionalText(3);
    library.divisionCode = q.getOptionalText(4);
    return library;
}

bool validCode(std::string_view code)
{
    if (code.empty() || code.size() > 32)
        return false;
    for (char c : code)
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_'))
            return false;
    return true;
}

bool validDivision(std::string_view code)
{
    if (code.size() != 6)
        return false;
    for (char c : code)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

std::optional<Refusal> LibraryStore::checkParent(LibraryLevel level, const std::optional<std::string>& parent) const
{
    if (!parent)
        return std::nullopt;
    auto found = find(*parent);
    if (!found)
        return refuse(Reason::LibraryUnknown, "parent library " + *parent + " does not exist");
    if (static_cast<int>(found->level) >= static_cast<int>(level))
        return refuse(Reason::InvalidInput,
                      "a " + std::string(toString(level)) + " cannot sit under a " + std::string(toString(found->level))
                          + " (" + *parent + ")");
    return std::nullopt;
}

Result<Library> LibraryStore::add(const Library& library)
{
    if (!validCode(library.code))
        return refuse(Reason::InvalidInput,
                      "library code '" + library.code + "' must be 1-32 letters, digits, '-' or '_'",
                      {{fact::field, "library_code"}});
    if (library.name.empty())
        return refuse(Reason::InvalidInput, "library name is empty", {{fact::field, "library_name"}});
    if (library.divisionCode && !validDivision(*library.divisionCode))
        return refuse(Reason::InvalidInput,
                      "division code '" + *library.divisionCode + "' must be 6 digits (GB/T 2260)",
                      {{fact::field, "division_code"}});
    if (find(library.code))
        return refuse(
            Reason::InvalidInput, "library " + library.code + " already exists", {{fact::field, "library_code"}});
    if (auto problem = checkParent(library.level, library.parent))
        return *problem;
    Query q(m_db, "INSERT INTO libraries(code, name, level, parent, division) VALUES(?, ?, ?, ?, ?)");
    q.bind(1, library.code)
        .bind(2, library.name)
        .bind(3, toString(library.level))
        .bind(4, library.parent)
        .bind(5, library.divisionCode)
        .run();
    return library;
}

Result<Library> LibraryStore::setParent(std::string_view code, std::string_view parent)
{
    auto library = find(code);
    if (!library)
        return refuse(Reason::LibraryUnknown, "library " + std::string(code) + " does not exist");
    library->parent = std::string(parent);
    if (auto problem = checkParent(library->level, library->parent))
        return *problem;
    Query q(m_db, "UPDATE libraries SET parent = ? WHERE code = ?");
    q.bind(1, parent).bind(2, code).run();
    return *library;
}

std::optional<Library> LibraryStore::find(std::string_view code) const
{
    Query q(m_db, "SELECT code, name, level, parent, division FROM libraries WHERE code = ?");
    q.bind(1, code);
    if (q.step())
        return readLibrary(q);
    return std::nullopt;
}

std::vector<Library> LibraryStore::list() const
{
    std::vector<Library> out;
    Query q(m_db, "SELECT code, name, level, parent, division FROM libraries ORDER BY code");
    while (q.step())
        out.push_back(readLibrary(q));
    return out;
}

bool LibraryStore::isSelfOrAncestor(std::string_view ancestor, std::string_view code) const
{
    std::optional<std::string> current = std::string(code);
    // The hierarchy has five levels; the bound also guards against a corrupted cycle.
    for (int depth = 0; current && depth < 16; ++depth) {
        if (*current == ancestor)
            return true;
        auto library = find(*current);
        current = library ? library->parent : std::nullopt;
    }
    return false;
}

} // namespace ils
