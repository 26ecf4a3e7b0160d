#include "dashboard/dashboardfigures.h"

#include "storage/activityquery.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

QDateTime DashboardFigures::rangeStart(Range range, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    switch (range) {
    case Range::Today:
        return today.startOfDay();
    case Range::Week:
        return today.addDays(-6).startOfDay();
    case Range::Month:
        return today.addDays(-(ChartDays - 1)).startOfDay();
    }
    return today.startOfDay();
}

QDateTime DashboardFigures::previousStart(Range range, const QDateTime &now)
{
    const int days = range == Range::Today ? 1 : range == Range::Week ? 7 : ChartDays;
    return rangeStart(range, now).addDays(-days);
}

bool DashboardFigures::isIdentifier(const QString &field)
{
    const QString lower = field.toLower();
    // An exit status or a process id is a code too.
    if (lower == u"id"_s || lower == u"code"_s || lower == u"exit"_s || lower == u"pid"_s
        || lower.endsWith(u"_id"_s) || lower.endsWith(u"-id"_s) || lower.endsWith(u"_code"_s)
        || lower.endsWith(u"-code"_s))
        return true;
    // camelCase: "orderId", "zipCode"
    for (const QString &suffix : {u"Id"_s, u"ID"_s, u"Code"_s}) {
        if (field.endsWith(suffix) && field.size() > suffix.size()
            && field.at(field.size() - suffix.size() - 1).isLower())
            return true;
    }
    return false;
}

QString DashboardFigures::changeText(Range range, qint64 count, qint64 previous)
{
    const QString before = range == Range::Today ? tr("yesterday")
        : range == Range::Week                   ? tr("the 7 days before")
                                                 : tr("the 30 days before");
    if (count == previous)
        return tr("same as %1").arg(before);
    if (previous == 0)
        return tr("none %1").arg(before);
    const qint64 percent = qRound64(100.0 * double(count - previous) / double(previous));
    return tr("%1%2% vs %3").arg(percent > 0 ? u"+"_s : u"−"_s).arg(qAbs(percent)).arg(before);
}

QString DashboardFigures::totalText(double total)
{
    // A sum of decimal amounts carries binary rounding noise (49.99 + … = 7666.389999999999);
    // twelve significant digits are more than any amount people add up, and drop the noise.
    const double rounded = QString::number(total, 'g', 12).toDouble();
    return QLocale().toString(rounded, 'f', QLocale::FloatingPointShortest);
}

DashboardFigures DashboardFigures::build(const QList<Category> &categories, Range range,
    const QDateTime &now, const QList<ActivitySlot> &quarterHours,
    const QList<QPair<QString, QDateTime>> &lastEvents, const QList<FieldTotal> &totals)
{
    DashboardFigures f;
    f.range = range;
    const QDate today = now.toLocalTime().date();
    if (range == Range::Today) {
        for (int hour = 0; hour < 24; ++hour) {
            const QDateTime start = today.startOfDay().addSecs(hour * 3600);
            if (start.date() == today) // a day of 23 hours has no 24th
                f.buckets << start;
        }
    } else {
        for (int day = ChartDays - 1; day >= 0; --day)
            f.buckets << today.addDays(-day).startOfDay();
    }
    const qint64 start = rangeStart(range, now).toMSecsSinceEpoch();
    const qint64 previous = previousStart(range, now).toMSecsSinceEpoch();
    // The range before ends at the same time of day as this one has reached.
    const qint64 previousEnd = previous + (now.toMSecsSinceEpoch() - start);
    QList<qint64> bucketStarts;
    for (const QDateTime &b : std::as_const(f.buckets))
        bucketStarts << b.toMSecsSinceEpoch();

    for (const Category &c : categories) {
        PerCategory p;
        p.category = c;
        p.series = QList<qint64>(f.buckets.size(), 0);
        for (const ActivitySlot &slot : quarterHours) {
            if (slot.category != c.name)
                continue;
            if (slot.startMs >= start)
                p.count += slot.count;
            else if (slot.startMs >= previous && slot.startMs < previousEnd)
                p.previous += slot.count;
            // The bar whose bucket holds the slot: the last bucket starting at or before it.
            const auto after
                = std::upper_bound(bucketStarts.cbegin(), bucketStarts.cend(), slot.startMs);
            if (after != bucketStarts.cbegin())
                p.series[after - bucketStarts.cbegin() - 1] += slot.count;
        }
        for (const auto &[name, last] : lastEvents) {
            if (name == c.name)
                p.lastEvent = last;
        }
        if (c.totalFields.isEmpty()) {
            for (const FieldTotal &t : totals) {
                if (t.category == c.name && !isIdentifier(t.field))
                    p.totals.append({t.field, t.total});
            }
        } else {
            // The person's choice, in their order; a chosen field with no number yet shows 0.
            for (const QString &field : c.totalFields) {
                const auto found = std::find_if(totals.cbegin(), totals.cend(),
                    [&](const FieldTotal &t) { return t.category == c.name && t.field == field; });
                p.totals.append({field, found == totals.cend() ? 0.0 : found->total});
            }
        }
        f.categories << p;
    }
    return f;
}

Result<QList<FieldTotal>> DashboardReader::totalsSince(const QDateTime &from, const QDateTime &now)
{
    // Day by day, oldest first: a field keeps the place where its name first appeared.
    QList<FieldTotal> totals;
    const auto add = [&](const QList<FieldTotal> &day) {
        for (const FieldTotal &t : day) {
            auto known = std::find_if(totals.begin(), totals.end(), [&](const FieldTotal &k) {
                return k.category == t.category && k.field == t.field;
            });
            if (known == totals.end())
                totals.append(t);
            else
                known->total += t.total;
        }
    };
    const ActivityQuery query(m_db);
    const QDate today = now.toLocalTime().date();
    for (QDate day = from.toLocalTime().date(); day < today; day = day.addDays(1)) {
        const qint64 key = day.startOfDay().toMSecsSinceEpoch();
        if (!m_pastDays.contains(key)) {
            Result<QList<FieldTotal>> read
                = query.totalsBetween(day.startOfDay(), day.addDays(1).startOfDay());
            if (!read)
                return read.error();
            m_pastDays.insert(key, read.value());
        }
        add(m_pastDays.value(key));
    }
    Result<QList<FieldTotal>> sinceMidnight
        = query.totalsBetween(today.startOfDay(), today.addDays(1).startOfDay());
    if (!sinceMidnight)
        return sinceMidnight.error();
    add(sinceMidnight.value());
    return totals;
}

Result<DashboardFigures> DashboardReader::read(
    const QList<Category> &categories, DashboardFigures::Range range, const QDateTime &now)
{
    using Range = DashboardFigures::Range;
    const ActivityQuery query(m_db);
    const QDateTime from = std::min(DashboardFigures::previousStart(range, now),
        DashboardFigures::rangeStart(Range::Month, now));
    const Result<QList<QPair<QString, QDateTime>>> last = query.lastEvents();
    if (!last)
        return last.error();
    const Result<QList<ActivitySlot>> quarterHours = query.slotsSince(from, last.value());
    if (!quarterHours)
        return quarterHours.error();
    const Result<QList<FieldTotal>> totals
        = totalsSince(DashboardFigures::rangeStart(range, now), now);
    if (!totals)
        return totals.error();
    return DashboardFigures::build(
        categories, range, now, quarterHours.value(), last.value(), totals.value());
}
