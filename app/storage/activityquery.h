#pragma once

#include "domain/error.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// Events of one category in one quarter hour.
struct ActivitySlot
{
    QString category;
    qint64 startMs = 0; // a multiple of ActivityQuery::SlotMs since the epoch
    qint64 count = 0;
};

// A numeric field of a category's events, added up.
struct FieldTotal
{
    QString category;
    QString field;
    double total = 0;
};

// The dashboard's raw figures, read from event_counts and the events_by_category index so that
// they stay quick at a million events: which categories have events and when the last came, how
// many came in each quarter hour, and the totals of numeric fields. The dashboard turns them into
// counts per range and charts per local day or hour.
class ActivityQuery
{
    Q_DECLARE_TR_FUNCTIONS(ActivityQuery)

public:
    // Every time zone's offset from UTC is a whole number of quarter hours, so any local day or
    // hour is a whole number of these slots, daylight-saving changes included.
    static constexpr qint64 SlotMs = 15 * 60 * 1000;

    explicit ActivityQuery(Database &database)
        : m_db(database)
    { }

    // The categories that have events, by name, each with the time of its last event.
    Result<QList<QPair<QString, QDateTime>>> lastEvents() const;
    // Events of these categories per quarter hour since `from`, oldest first within a category.
    Result<QList<ActivitySlot>> slotsSince(
        const QDateTime &from, const QList<QPair<QString, QDateTime>> &categories) const;
    // Every numeric field of the events in [from, to), added up per category, in the order the
    // field names first appeared. Each event's fields are parsed: about 4 µs an event.
    Result<QList<FieldTotal>> totalsBetween(const QDateTime &from, const QDateTime &to) const;

private:
    Database &m_db;
};
