#include "storage/eventcounts.h"

#include "storage/database.h"
#include "storage/eventrows.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Status EventCounts::added(const Tally &tally)
{
    return apply(tally, +1);
}

Status EventCounts::removed(const Tally &tally)
{
    return apply(tally, -1);
}

Status EventCounts::moved(const Tally &tally, DeliveryStatus to)
{
    Tally arrived;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        arrived[{it.key().first, Event::statusName(to)}] += it.value();
    if (Status s = removed(tally); !s)
        return s;
    return added(arrived);
}

Status EventCounts::renaming(const QString &from, const QString &to)
{
    Result<QSqlQuery> q
        = EventRows::run(m_db, u"SELECT status, n FROM event_counts WHERE category = ?"_s, {from},
            tr("Counting the events"));
    if (!q)
        return q.error();
    Tally before, after;
    QSqlQuery &row = q.value();
    while (row.next()) {
        before[{from, row.value(0).toString()}] += row.value(1).toLongLong();
        after[{to, row.value(0).toString()}] += row.value(1).toLongLong();
    }
    if (Status s = removed(before); !s)
        return s;
    return added(after);
}

Status EventCounts::apply(const Tally &tally, int sign)
{
    Result<QSqlQuery *> q = m_db.cached(u"INSERT INTO event_counts (category, status, n) "
                                        "VALUES (:category, :status, :n) ON CONFLICT "
                                        "(category, status) DO UPDATE SET n = n + excluded.n"_s);
    if (!q)
        return q.error();
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        q.value()->bindValue(u":category"_s, it.key().first);
        q.value()->bindValue(u":status"_s, it.key().second);
        q.value()->bindValue(u":n"_s, sign * it.value());
        if (Status s = Database::exec(*q.value(), tr("Counting the events")); !s)
            return s;
    }
    return {};
}
