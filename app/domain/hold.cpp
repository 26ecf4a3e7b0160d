#include "domain/hold.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Moments at which the wall clock in `zone` reads `time`, on the days around `at`. A time that a
// daylight-saving jump skips is taken an hour later; the search in firstChange() finds the exact
// moment anyway.
void addWallTimes(QList<QDateTime> &moments, const QDateTime &at, QTime time, const QTimeZone &zone)
{
    const QDate today = at.toTimeZone(zone).date();
    for (int day = -1; day <= 2; ++day) {
        QDateTime moment(today.addDays(day), time, zone);
        if (!moment.isValid())
            moment = QDateTime(today.addDays(day), time.addSecs(3600), zone);
        if (moment.isValid())
            moments << moment.toUTC();
    }
}

// The first moment after `at` at which `holds` answers otherwise, given moments at which it may
// change: the first candidate that answers otherwise, narrowed to the millisecond by halving (a
// candidate may lie past the real change, as around a daylight-saving jump).
template<typename Holds>
QDateTime firstChange(const QDateTime &at, QList<QDateTime> candidates, Holds holds)
{
    std::sort(candidates.begin(), candidates.end());
    const bool now = holds(at);
    QDateTime before = at;
    for (const QDateTime &candidate : std::as_const(candidates)) {
        if (candidate <= at)
            continue;
        if (holds(candidate) == now) {
            before = candidate;
            continue;
        }
        // In milliseconds: the answer is after `at` even when the change is within its second.
        qint64 low = before.toMSecsSinceEpoch(); // answers as now
        qint64 high = candidate.toMSecsSinceEpoch(); // answers otherwise
        while (high - low > 1) {
            const qint64 middle = low + (high - low) / 2;
            if (holds(QDateTime::fromMSecsSinceEpoch(middle, Qt::UTC)) == now)
                low = middle;
            else
                high = middle;
        }
        return QDateTime::fromMSecsSinceEpoch(high, Qt::UTC);
    }
    return {};
}

} // namespace

Result<QuietHours> QuietHours::parse(QStringView text)
{
    const auto fail = [&] {
        return Error::invalidInput(
            tr("\"%1\" is not a span of quiet hours. Write it as HH:MM-HH:MM in your local time, "
               "for example 22:00-07:30.")
                .arg(text));
    };
    const QList<QStringView> parts = text.trimmed().split(u'-');
    if (parts.size() != 2)
        return fail();
    QuietHours hours;
    hours.start = QTime::fromString(parts.at(0).trimmed().toString(), u"H:mm"_s);
    hours.end = QTime::fromString(parts.at(1).trimmed().toString(), u"H:mm"_s);
    if (!hours.start.isValid() || !hours.end.isValid())
        return fail();
    if (hours.start == hours.end) {
        return Error::invalidInput(
            tr("Quiet hours must end at another time than they start (\"%1\").").arg(text));
    }
    return hours;
}

QString QuietHours::toString() const
{
    return start.toString(u"HH:mm"_s) + u'-' + end.toString(u"HH:mm"_s);
}

bool QuietHours::contains(const QDateTime &at, const QTimeZone &zone) const
{
    const QTime wall = at.toTimeZone(zone).time();
    if (start < end)
        return wall >= start && wall < end;
    return wall >= start || wall < end; // across midnight
}

Hold::Reason Hold::reasonAt(const QDateTime &at) const
{
    if (snoozedUntil.isValid() && at < snoozedUntil)
        return Reason::Snooze;
    const bool resumed = resumedUntil.isValid() && at < resumedUntil;
    if (quietHours && !resumed && quietHours->contains(at, zone))
        return Reason::QuietHours;
    return Reason::None;
}

QDateTime Hold::nextChange(const QDateTime &at) const
{
    QList<QDateTime> candidates;
    if (snoozedUntil.isValid())
        candidates << snoozedUntil;
    if (resumedUntil.isValid())
        candidates << resumedUntil;
    if (quietHours) {
        addWallTimes(candidates, at, quietHours->start, zone);
        addWallTimes(candidates, at, quietHours->end, zone);
    }
    return firstChange(at, candidates, [this](const QDateTime &t) { return holdsAt(t); });
}

QDateTime Hold::quietHoursEnd(const QDateTime &at) const
{
    if (!quietHours || !quietHours->contains(at, zone))
        return {};
    QList<QDateTime> candidates;
    addWallTimes(candidates, at, quietHours->end, zone);
    return firstChange(
        at, candidates, [this](const QDateTime &t) { return quietHours->contains(t, zone); });
}
