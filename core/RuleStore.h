#pragma once

#include "Rules.h"

#include <string_view>
#include <vector>

namespace ils {

class Database;

// The county's rule matrix: reader type × item type × library level, with "*" defaults.
// The most specific row wins; item type outranks reader type, which outranks level.
class RuleStore
{
public:
    explicit RuleStore(Database& db)
        : m_db(db)
    {
    }

    void set(const RuleRow& row);
    Rule lookup(std::string_view readerType, std::string_view itemType, LibraryLevel level) const;
    std::vector<RuleRow> list() const;

private:
    Database& m_db;
};

} // namespace ils
