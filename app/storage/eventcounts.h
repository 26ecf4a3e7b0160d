#pragma once

#include "domain/error.h"
#include "domain/event.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

#include <utility>

class Database;

// event_counts: how many events each category has in each status, so that the totals every view
// shows (all events, a category, a status) are a look-up instead of a count of up to a million
// rows. Every statement that adds, deletes or moves events keeps it through this class, in that
// statement's transaction. Not by triggers: a trigger on events makes each insert run a
// sub-program and keep a statement journal, which took a third of the time the writer spends on
// an event from the API.
class EventCounts
{
    Q_DECLARE_TR_FUNCTIONS(EventCounts)

public:
    // Events by category and status name.
    using Tally = QHash<std::pair<QString, QString>, qint64>;

    explicit EventCounts(Database &database)
        : m_db(database)
    { }

    // Where `event` is counted in a tally.
    static Tally::key_type keyOf(const Event &event)
    {
        return {event.category, Event::statusName(event.status)};
    }

    // After the events `tally` counts were written.
    Status added(const Tally &tally);
    // Before the events `where` selects (" WHERE ..." on events, with its values) move to `to`.
    Status moving(const QString &where, const QVariantList &values, DeliveryStatus to);
    // Before the events `where` selects are deleted.
    Status deleting(const QString &where, const QVariantList &values);
    // Before the category `from`'s events take the name `to`.
    Status renaming(const QString &from, const QString &to);

private:
    // The events `where` selects, counted.
    Result<Tally> eventsIn(const QString &where, const QVariantList &values);
    // Runs `sql` (category, status, count) and adds its rows up.
    Result<Tally> tally(const QString &sql, const QVariantList &values);
    // Adds each of the tally's numbers, times `sign`, to its row of event_counts.
    Status apply(const Tally &tally, int sign);
    Status move(const Tally &from, const Tally &to);

    Database &m_db;
};
