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
// statement's transaction, from what the statement itself wrote or returned (RETURNING). Not by
// triggers: a trigger on events makes each insert run a sub-program and keep a statement
// journal, which took a third of the time the writer spends on an event from the API.
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
    // After the events `tally` counts were deleted.
    Status removed(const Tally &tally);
    // After the events `tally` counts (by category and the status they had) moved to `to`.
    Status moved(const Tally &tally, DeliveryStatus to);
    // Before the category `from`'s events take the name `to`.
    Status renaming(const QString &from, const QString &to);

private:
    // Adds each of the tally's numbers, times `sign`, to its row of event_counts.
    Status apply(const Tally &tally, int sign);

    Database &m_db;
};
