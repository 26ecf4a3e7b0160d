#pragma once

#include <QString>

// Event ids in the spirit of the original's cuid: 'c', the creation time in milliseconds
// (8 base-36 digits), a per-process counter (4 digits) and 8 random digits from the system
// CSPRNG. Sorting ids as text sorts them by time, and two processes never collide in practice
// (41 random bits on top of the same millisecond and counter value).
class EventId
{
public:
    static constexpr int Length = 21;

    // A new id for an event created at msecsSinceEpoch. Ids from one process are strictly
    // increasing even when the clock stands still or steps back.
    static QString generate(qint64 msecsSinceEpoch);
    static bool isValid(QStringView id);
};
