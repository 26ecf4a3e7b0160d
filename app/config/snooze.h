#pragma once

#include "domain/error.h"
#include "domain/hold.h"

#include <QCoreApplication>

class Database;

// The person's own say over held sends: a snooze until a moment, and "resume now". Kept with the
// profile, so that the CLI, the tray menu and a running instance agree, also across a restart.
class Snooze
{
    Q_DECLARE_TR_FUNCTIONS(Snooze)

public:
    static constexpr qint64 MaxSeconds = 30LL * 24 * 3600;

    explicit Snooze(Database &database)
        : m_db(database)
    { }

    // "45s", "30m", "2h", "1d": a whole number and one of s, m, h, d; up to 30 days. In seconds.
    static Result<qint64> parseDuration(QStringView text);

    // Holds sends until `end`, replacing any snooze before.
    Status until(const QDateTime &end);
    // Ends the snooze, and the quiet hours under way until they would have ended.
    Status resumeNow(const QDateTime &now);
    // The hold as set: quiet hours from the settings, snooze and resume from the profile.
    Result<Hold> read() const;

private:
    Database &m_db;
};
