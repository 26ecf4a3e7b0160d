#include "config/snooze.h"

#include "config/profile.h"
#include "config/settings.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace {

const auto SnoozedUntilKey = u"hold.snoozed-until"_s;
const auto ResumedUntilKey = u"hold.resumed-until"_s;

QString msecs(const QDateTime &at)
{
    return at.isValid() ? QString::number(at.toMSecsSinceEpoch()) : QString();
}

Result<QDateTime> readMoment(Database &db, const QString &key)
{
    const Result<QString> value = Profile(db).value(key);
    if (!value)
        return value.error();
    bool ok = false;
    const qint64 ms = value->toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

Result<qint64> Snooze::parseDuration(QStringView text)
{
    const QStringView t = text.trimmed();
    const auto fail = [&] {
        return Error::invalidInput(
            tr("\"%1\" is not a duration. Write a whole number and s, m, h or d, for example "
               "45s, 30m, 2h or 1d (or off to resume now).")
                .arg(text));
    };
    if (t.size() < 2)
        return fail();
    bool ok = false;
    const qint64 n = t.chopped(1).toLongLong(&ok);
    if (!ok || n <= 0 || !t.chopped(1).front().isDigit())
        return fail();
    qint64 unit = 0;
    switch (t.back().toLower().unicode()) {
    case 's':
        unit = 1;
        break;
    case 'm':
        unit = 60;
        break;
    case 'h':
        unit = 3600;
        break;
    case 'd':
        unit = 24 * 3600;
        break;
    default:
        return fail();
    }
    if (n > MaxSeconds / unit)
        return Error::invalidInput(tr("A snooze lasts at most 30 days (\"%1\").").arg(text));
    return n * unit;
}

Status Snooze::until(const QDateTime &end)
{
    return Profile(m_db).setValue(SnoozedUntilKey, msecs(end));
}

Status Snooze::resumeNow(const QDateTime &now)
{
    Result<Hold> set = read();
    if (!set)
        return set.error();
    Hold quietOnly = set.value();
    quietOnly.snoozedUntil = {};
    quietOnly.resumedUntil = {};
    return m_db.transaction([&]() -> Status {
        if (Status s = Profile(m_db).setValue(SnoozedUntilKey, QString()); !s)
            return s;
        return Profile(m_db).setValue(ResumedUntilKey, msecs(quietOnly.quietHoursEnd(now)));
    });
}

Result<Hold> Snooze::read() const
{
    Hold hold;
    hold.quietHours = Settings(m_db).quietHours();
    Result<QDateTime> snoozed = readMoment(m_db, SnoozedUntilKey);
    if (!snoozed)
        return snoozed.error();
    Result<QDateTime> resumed = readMoment(m_db, ResumedUntilKey);
    if (!resumed)
        return resumed.error();
    hold.snoozedUntil = snoozed.value();
    hold.resumedUntil = resumed.value();
    return hold;
}
