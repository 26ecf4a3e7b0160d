#include "storage/activityquery.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<QList<QPair<QString, QDateTime>>> ActivityQuery::lastEvents() const
{
    // The categories that have events (event_counts), then the last event of each: one index
    // look-up each (events_by_category). GROUP BY category read the whole index instead, 150 ms
    // at a million events.
    auto withEvents = m_db.prepare(
        u"SELECT category FROM event_counts GROUP BY category HAVING sum(n) > 0 ORDER BY category"_s);
    if (!withEvents)
        return withEvents.error();
    if (Status s = Database::exec(withEvents.value(), tr("Reading the dashboard")); !s)
        return s.error();
    QStringList categories;
    while (withEvents.value().next())
        categories << withEvents.value().value(0).toString();
    QList<QPair<QString, QDateTime>> result;
    for (const QString &category : std::as_const(categories)) {
        Result<bool> last
            = m_db.readFirstRow(u"SELECT max(created_at) FROM events WHERE category = ?"_s,
                {category}, tr("Reading the dashboard"), [&](const QSqlQuery &row) {
                    if (!row.value(0).isNull()) {
                        result.append({category,
                            QDateTime::fromMSecsSinceEpoch(row.value(0).toLongLong(), Qt::UTC)});
                    }
                });
        if (!last)
            return last.error();
    }
    return result;
}

Result<QList<ActivitySlot>> ActivityQuery::slotsSince(
    const QDateTime &from, const QList<QPair<QString, QDateTime>> &categories) const
{
    // Per category from events_by_category alone (category, created_at): the index holds all
    // the query needs, in time order, so no event row is read and the slots come out grouped.
    auto q = m_db.prepare(u"SELECT created_at / ?, count(*) FROM events "
                          "WHERE category = ? AND created_at >= ? GROUP BY 1 ORDER BY 1"_s);
    if (!q)
        return q.error();
    QList<ActivitySlot> found;
    for (const auto &[category, last] : categories) {
        if (last < from)
            continue;
        q.value().addBindValue(SlotMs);
        q.value().addBindValue(category);
        q.value().addBindValue(from.toMSecsSinceEpoch());
        if (Status s = Database::exec(q.value(), tr("Reading the dashboard")); !s)
            return s.error();
        while (q.value().next()) {
            found.append({category, q.value().value(0).toLongLong() * SlotMs,
                q.value().value(1).toLongLong()});
        }
    }
    return found;
}

Result<QList<FieldTotal>> ActivityQuery::totalsBetween(
    const QDateTime &from, const QDateTime &to) const
{
    // Through events_by_time: the range decides which events are read. Left to itself, SQLite
    // walks events_by_category for the GROUP BY and reads every event's entry to test its time.
    auto sums = m_db.prepare(
        u"SELECT e.category, j.key, sum(j.value) "
        "FROM events e INDEXED BY events_by_time, json_each(e.fields) j "
        "WHERE e.created_at >= ? AND e.created_at < ? AND j.type IN ('integer', 'real') "
        "GROUP BY e.category, j.key ORDER BY min(e.seq), j.key"_s);
    if (!sums)
        return sums.error();
    sums.value().addBindValue(from.toMSecsSinceEpoch());
    sums.value().addBindValue(to.toMSecsSinceEpoch());
    if (Status s = Database::exec(sums.value(), tr("Reading the dashboard")); !s)
        return s.error();
    QList<FieldTotal> totals;
    while (sums.value().next()) {
        totals.append({sums.value().value(0).toString(), sums.value().value(1).toString(),
            sums.value().value(2).toDouble()});
    }
    return totals;
}
