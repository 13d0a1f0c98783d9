#pragma once

#include "Time.h"

#include <string_view>

namespace ils {

class Database;

// Closed days: dates and weekdays on which a library (or, with library "", the whole
// county) does not open. A due date never falls on one.
class Calendar
{
public:
    explicit Calendar(Database& db)
        : m_db(db)
    {
    }

    void addClosedDay(std::string_view library, Date day);
    void addClosedWeekday(std::string_view library, int isoWeekday);
    bool isClosed(std::string_view library, Date day) const;
    // `day` itself when open, else the first open day after it.
    Date nextOpenDay(std::string_view library, Date day) const;

private:
    Database& m_db;
};

} // namespace ils
