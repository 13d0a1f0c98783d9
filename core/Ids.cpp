#include "Ids.h"

#include "Database.h"

#include <string>

namespace ils {

std::int64_t nextId(Database& db, std::string_view table, int nodeNumber)
{
    const std::int64_t low = static_cast<std::int64_t>(nodeNumber) * idBlockSize;
    const std::int64_t high = low + idBlockSize;
    // The table name comes from the program, never from input; the range is a primary-key seek.
    Query q(db, "SELECT max(id) FROM " + std::string(table) + " WHERE id >= ? AND id < ?");
    q.bind(1, low).bind(2, high);
    if (q.step() && !q.isNull(0))
        return q.getInt(0) + 1;
    return low == 0 ? 1 : low;
}

} // namespace ils
