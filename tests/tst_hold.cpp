// When sends are held: quiet hours on the wall clock (across midnight, through daylight-saving
// jumps in a real time zone), a snooze, "resume now", and the durations `pingpanda snooze` takes.

#include "config/snooze.h"
#include "domain/hold.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietHoursAreReadAndWrittenAsHHMM_data();
    void quietHoursAreReadAndWrittenAsHHMM();
    void quietHoursMayCrossMidnight();
    void theNextChangeIsExact();
    void daylightSavingMovesTheEndWithTheClock();
    void quietHoursThatAJumpSkipsIntoStartAtTheJump();
    void aSnoozeHoldsUntilItsEndAndJoinsQuietHours();
    void resumeLiftsQuietHoursUntilTheyWouldHaveEnded();
    void snoozeDurations_data();
    void snoozeDurations();
};

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

Hold quiet(const QString &span, const QByteArray &zone = "UTC")
{
    Hold hold;
    hold.quietHours = QuietHours::parse(span).value();
    hold.zone = QTimeZone(zone);
    return hold;
}

} // namespace

void TestHold::quietHoursAreReadAndWrittenAsHHMM_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("night") << u"22:00-07:30"_s << u"22:00-07:30"_s;
    QTest::newRow("short hours, spaces") << u" 7:05 - 8:00 "_s << u"07:05-08:00"_s;
    QTest::newRow("one time") << u"22:00"_s << QString();
    QTest::newRow("no such hour") << u"25:00-01:00"_s << QString();
    QTest::newRow("seconds") << u"22:00:00-07:00"_s << QString();
    QTest::newRow("empty span") << u"10:00-10:00"_s << QString();
}

void TestHold::quietHoursAreReadAndWrittenAsHHMM()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    const Result<QuietHours> hours = QuietHours::parse(text);
    QCOMPARE(hours.ok(), !stored.isEmpty());
    if (hours)
        QCOMPARE(hours->toString(), stored);
    else
        QVERIFY(hours.error().message.contains(u"HH:MM"_s) || text == u"10:00-10:00"_s);
}

void TestHold::quietHoursMayCrossMidnight()
{
    const Hold hold = quiet(u"22:00-07:30"_s);
    QVERIFY(!hold.holdsAt(utc(u"2026-12-05T21:59:59Z"_s)));
    QCOMPARE(hold.reasonAt(utc(u"2026-12-05T22:00:00Z"_s)), Hold::Reason::QuietHours);
    QVERIFY(hold.holdsAt(utc(u"2026-12-06T00:00:00Z"_s)));
    QVERIFY(hold.holdsAt(utc(u"2026-12-06T07:29:59Z"_s)));
    QVERIFY(!hold.holdsAt(utc(u"2026-12-06T07:30:00Z"_s)));
    const Hold day = quiet(u"09:00-17:00"_s);
    QVERIFY(day.holdsAt(utc(u"2026-12-06T12:00:00Z"_s)));
    QVERIFY(!day.holdsAt(utc(u"2026-12-06T18:00:00Z"_s)));
}

void TestHold::theNextChangeIsExact()
{
    const Hold hold = quiet(u"22:00-07:30"_s);
    QCOMPARE(hold.nextChange(utc(u"2026-12-05T23:10:42Z"_s)), utc(u"2026-12-06T07:30:00Z"_s));
    QCOMPARE(hold.nextChange(utc(u"2026-12-06T12:00:00Z"_s)), utc(u"2026-12-06T22:00:00Z"_s));
    QCOMPARE(hold.quietHoursEnd(utc(u"2026-12-06T03:00:00Z"_s)), utc(u"2026-12-06T07:30:00Z"_s));
    QVERIFY(!hold.quietHoursEnd(utc(u"2026-12-06T12:00:00Z"_s)).isValid());
    QVERIFY(!Hold().nextChange(utc(u"2026-12-06T12:00:00Z"_s)).isValid()); // nothing set
}

void TestHold::daylightSavingMovesTheEndWithTheClock()
{
    // Berlin: on 29 March 2026 the clock jumps from 02:00 to 03:00 (UTC+1 to UTC+2); on
    // 25 October 2026 it goes back from 03:00 to 02:00. 07:00 on the wall is then 05:00 and
    // 06:00 UTC respectively.
    const Hold hold = quiet(u"22:00-07:00"_s, "Europe/Berlin");
    QCOMPARE(hold.nextChange(utc(u"2026-03-28T22:00:00Z"_s)), utc(u"2026-03-29T05:00:00Z"_s));
    QCOMPARE(hold.nextChange(utc(u"2026-10-24T21:00:00Z"_s)), utc(u"2026-10-25T06:00:00Z"_s));
    // And the start: 22:00 in winter is 21:00 UTC, in summer 20:00 UTC.
    QCOMPARE(hold.nextChange(utc(u"2026-03-29T12:00:00Z"_s)), utc(u"2026-03-29T20:00:00Z"_s));
    QCOMPARE(hold.nextChange(utc(u"2026-10-25T12:00:00Z"_s)), utc(u"2026-10-25T21:00:00Z"_s));
}

void TestHold::quietHoursThatAJumpSkipsIntoStartAtTheJump()
{
    // 02:30 never shows on Berlin's clocks on 29 March 2026: they go from 01:59:59 to 03:00, a
    // time inside 02:30-06:00, at 01:00 UTC.
    const Hold hold = quiet(u"02:30-06:00"_s, "Europe/Berlin");
    QCOMPARE(hold.nextChange(utc(u"2026-03-29T00:30:00Z"_s)), utc(u"2026-03-29T01:00:00Z"_s));
    QVERIFY(hold.holdsAt(utc(u"2026-03-29T01:00:00Z"_s)));
}

void TestHold::aSnoozeHoldsUntilItsEndAndJoinsQuietHours()
{
    Hold hold;
    hold.zone = QTimeZone("UTC");
    hold.snoozedUntil = utc(u"2026-12-06T15:00:00Z"_s);
    QCOMPARE(hold.reasonAt(utc(u"2026-12-06T14:00:00Z"_s)), Hold::Reason::Snooze);
    QCOMPARE(hold.nextChange(utc(u"2026-12-06T14:00:00Z"_s)), hold.snoozedUntil);
    QVERIFY(!hold.holdsAt(hold.snoozedUntil));
    // Within a second of its end: the end itself, never a moment already past.
    hold.snoozedUntil = utc(u"2026-12-06T15:00:00.300Z"_s);
    QCOMPARE(hold.nextChange(utc(u"2026-12-06T15:00:00.100Z"_s)), hold.snoozedUntil);

    // A snooze into quiet hours: one hold, until the quiet hours end.
    hold.quietHours = QuietHours::parse(u"22:00-07:00"_s).value();
    hold.snoozedUntil = utc(u"2026-12-06T23:00:00Z"_s);
    QCOMPARE(hold.nextChange(utc(u"2026-12-06T21:00:00Z"_s)), utc(u"2026-12-07T07:00:00Z"_s));
}

void TestHold::resumeLiftsQuietHoursUntilTheyWouldHaveEnded()
{
    Hold hold = quiet(u"22:00-07:00"_s);
    const QDateTime now = utc(u"2026-12-06T23:00:00Z"_s);
    hold.resumedUntil = hold.quietHoursEnd(now);
    QCOMPARE(hold.resumedUntil, utc(u"2026-12-07T07:00:00Z"_s));
    QVERIFY(!hold.holdsAt(now));
    QCOMPARE(hold.nextChange(now), utc(u"2026-12-07T22:00:00Z"_s)); // the next night holds
}

void TestHold::snoozeDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // 0: refused
    QTest::newRow("seconds") << u"45s"_s << qint64(45);
    QTest::newRow("minutes") << u"30m"_s << qint64(1800);
    QTest::newRow("hours") << u"2h"_s << qint64(7200);
    QTest::newRow("a day, capital") << u"1D"_s << qint64(86400);
    QTest::newRow("thirty days") << u"30d"_s << qint64(30 * 86400);
    QTest::newRow("more than thirty days") << u"31d"_s << qint64(0);
    QTest::newRow("zero") << u"0m"_s << qint64(0);
    QTest::newRow("negative") << u"-5m"_s << qint64(0);
    QTest::newRow("no number") << u"m"_s << qint64(0);
    QTest::newRow("no unit") << u"30"_s << qint64(0);
    QTest::newRow("weeks") << u"2w"_s << qint64(0);
}

void TestHold::snoozeDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const Result<qint64> parsed = Snooze::parseDuration(text);
    QCOMPARE(parsed.ok(), seconds > 0);
    if (parsed)
        QCOMPARE(parsed.value(), seconds);
    else
        QVERIFY(parsed.error().message.contains(text.trimmed()));
}

QTEST_GUILESS_MAIN(TestHold)
#include "tst_hold.moc"
