#include "Calendar.h"

#include "Database.h"

namespace ils {

void Calendar::addClosedDay(std::string_view library, Date day)
{
    Query q(m_db, "INSERT OR IGNORE INTO closed_days(library, day) VALUES(?, ?)");
    q.bind(1, library).bind(2, day.toIso()).run();
}

void Calendar::addClosedWeekday(std::string_view library, int isoWeekday)
{
    Query q(m_db, "INSERT OR IGNORE INTO closed_weekdays(library, weekday) VALUES(?, ?)");
    q.bind(1, library).bind(2, isoWeekday).run();
}

bool Calendar::isClosed(std::string_view library, Date day) const
{
    Query q(m_db,
            "SELECT 1 FROM closed_days WHERE library IN (?1, '') AND day = ?2 "
            "UNION ALL SELECT 1 FROM closed_weekdays WHERE library IN (?1, '') AND weekday = ?3 LIMIT 1");
    q.bind(1, library).bind(2, day.toIso()).bind(3, day.isoWeekday());
    return q.step();
}

Date Calendar::nextOpenDay(std::string_view library, Date day) const
{
    // A library closed for more than a year is a configuration error; give the date back as is.
    for (int i = 0; i < 366; ++i) {
        const Date candidate = day.plusDays(i);
        if (!isClosed(library, candidate))
            return candidate;
    }
    return day;
}

} // namespace ils
