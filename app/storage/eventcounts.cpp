#include "storage/eventcounts.h"

#include "storage/database.h"
#include "storage/eventrows.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Status EventCounts::added(const Tally &tally)
{
    return apply(tally, +1);
}

Status EventCounts::moving(const QString &where, const QVariantList &values, DeliveryStatus to)
{
    Result<Tally> from = eventsIn(where, values);
    if (!from)
        return from.error();
    Tally moved;
    for (auto it = from->cbegin(); it != from->cend(); ++it)
        moved[{it.key().first, Event::statusName(to)}] += it.value();
    return move(from.value(), moved);
}

Status EventCounts::deleting(const QString &where, const QVariantList &values)
{
    Result<Tally> gone = eventsIn(where, values);
    if (!gone)
        return gone.error();
    return apply(gone.value(), -1);
}

Status EventCounts::renaming(const QString &from, const QString &to)
{
    Result<Tally> before
        = tally(u"SELECT category, status, n FROM event_counts WHERE category = ?"_s, {from});
    if (!before)
        return before.error();
    Tally after;
    for (auto it = before->cbegin(); it != before->cend(); ++it)
        after[{to, it.key().second}] += it.value();
    return move(before.value(), after);
}

Result<EventCounts::Tally> EventCounts::eventsIn(const QString &where, const QVariantList &values)
{
    return tally(u"SELECT category, status, count(*) FROM events"_s + where
            + u" GROUP BY category, status"_s,
        values);
}

Result<EventCounts::Tally> EventCounts::tally(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> q = EventRows::run(m_db, sql, values, tr("Counting the events"));
    if (!q)
        return q.error();
    Tally tally;
    QSqlQuery &row = q.value();
    while (row.next())
        tally[{row.value(0).toString(), row.value(1).toString()}] += row.value(2).toLongLong();
    return tally;
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

Status EventCounts::move(const Tally &from, const Tally &to)
{
    if (Status s = apply(from, -1); !s)
        return s;
    return apply(to, +1);
}
