#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <optional>

// A daily stretch of wall-clock time ("22:00-07:30"), which may cross midnight.
struct QuietHours
{
    Q_DECLARE_TR_FUNCTIONS(QuietHours)

public:
    QTime start;
    QTime end;

    // "HH:MM-HH:MM"; start and end differ.
    static Result<QuietHours> parse(QStringView text);
    QString toString() const;
    // Whether the clock on the wall reads a time inside the stretch at `at`, in `zone`.
    bool contains(const QDateTime &at, const QTimeZone &zone) const;
};

// Whether sends are held at a moment, and until when: quiet hours (read on the machine's clock,
// so a time zone or daylight-saving change moves them as it moves the clock), a snooze until a
// moment, and "resume now", which lifts the quiet hours under way until they would have ended.
// Events of urgent categories are not held; the rest wait for one digest when the hold ends.
struct Hold
{
    enum class Reason { None, QuietHours, Snooze };

    std::optional<QuietHours> quietHours;
    QDateTime snoozedUntil; // invalid: no snooze
    QDateTime resumedUntil; // quiet hours do not hold before this moment
    QTimeZone zone = QTimeZone::systemTimeZone();

    Reason reasonAt(const QDateTime &at) const;
    bool holdsAt(const QDateTime &at) const { return reasonAt(at) != Reason::None; }
    // The first moment after `at` at which holdsAt() answers otherwise; invalid when it never
    // will (no quiet hours, no snooze ahead).
    QDateTime nextChange(const QDateTime &at) const;
    // When the quiet hours under way at `at` end (invalid outside quiet hours).
    QDateTime quietHoursEnd(const QDateTime &at) const;
};
