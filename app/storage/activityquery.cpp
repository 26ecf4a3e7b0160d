#include "storage/activityquery.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

Result<QList<CategoryActivity>> ActivityQuery::perCategory(const QDateTime &today,
    const QDateTime &week, const QDateTime &month, const QDateTime &sumsFrom) const
{
    QList<CategoryActivity> result;
    QHash<QString, qsizetype> index;
    const auto entry = [&](const QString &category) -> CategoryActivity & {
        auto it = index.constFind(category);
        if (it == index.cend()) {
            it = index.insert(category, result.size());
            result.append(CategoryActivity {category, 0, 0, 0, {}, {}});
        }
        return result[*it];
    };

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
    for (const QString &category : std::as_const(categories)) {
        Result<bool> last
            = m_db.readFirstRow(u"SELECT max(created_at) FROM events WHERE category = ?"_s,
                {category}, tr("Reading the dashboard"), [&](const QSqlQuery &row) {
                    entry(category).lastEvent = row.value(0).isNull()
                        ? QDateTime()
                        : QDateTime::fromMSecsSinceEpoch(row.value(0).toLongLong(), Qt::UTC);
                });
        if (!last)
            return last.error();
    }

    // Counts per category from events_by_category alone (category, created_at): the index
    // holds everything they need, so no event row is read. Through events_by_time every event
    // of the month was read for its category: 300 ms at a million events.
    const QDateTime oldest = std::min({today, week, month});
    const QList<CategoryActivity> seen = result;
    for (const CategoryActivity &known : seen) {
        Result<bool> counted = m_db.readFirstRow(
            u"SELECT sum(created_at >= ?), sum(created_at >= ?), sum(created_at >= ?) "
            "FROM events WHERE category = ? AND created_at >= ?"_s,
            {today.toMSecsSinceEpoch(), week.toMSecsSinceEpoch(), month.toMSecsSinceEpoch(),
                known.category, oldest.toMSecsSinceEpoch()},
            tr("Reading the dashboard"), [&](const QSqlQuery &row) {
                CategoryActivity &a = entry(known.category);
                a.today = row.value(0).toLongLong();
                a.week = row.value(1).toLongLong();
                a.month = row.value(2).toLongLong();
            });
        if (!counted)
            return counted.error();
    }

    // Numeric fields summed, in the order their names first appeared.
    auto sums = m_db.prepare(
        u"SELECT e.category, j.key, sum(j.value) FROM events e, json_each(e.fields) j "
        "WHERE e.created_at >= ? AND j.type IN ('integer', 'real') "
        "GROUP BY e.category, j.key ORDER BY min(e.seq), j.key"_s);
    if (!sums)
        return sums.error();
    sums.value().addBindValue(sumsFrom.toMSecsSinceEpoch());
    if (Status s = Database::exec(sums.value(), tr("Reading the dashboard")); !s)
        return s.error();
    while (sums.value().next()) {
        entry(sums.value().value(0).toString())
            .sums.append({sums.value().value(1).toString(), sums.value().value(2).toDouble()});
    }
    return result;
}
