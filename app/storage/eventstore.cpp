#include "storage/eventstore.h"

#include "domain/eventid.h"
#include "storage/database.h"
#include "storage/eventcounts.h"
#include "storage/eventrows.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// The WHERE clause for a query, with its values in bind order.
QString whereClause(const EventQuery &query, QVariantList &values)
{
    QStringList conditions;
    if (!query.category.isEmpty()) {
        conditions << u"category = ?"_s;
        values << query.category;
    }
    if (query.status) {
        conditions << u"status = ?"_s;
        values << Event::statusName(*query.status);
    }
    if (query.from.isValid()) {
        conditions << u"created_at >= ?"_s;
        values << query.from.toMSecsSinceEpoch();
    }
    if (query.until.isValid()) {
        conditions << u"created_at < ?"_s;
        values << query.until.toMSecsSinceEpoch();
    }
    if (!query.text.isEmpty()) {
        // LIKE's wildcards in the text are meant literally.
        QString pattern = query.text;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        pattern = u"%"_s + pattern + u"%"_s;
        conditions << u"(description LIKE ? ESCAPE '\\' OR fields LIKE ? ESCAPE '\\' OR id = ?)"_s;
        values << pattern << pattern << query.text;
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

} // namespace

Result<Event> EventStore::add(
    const QString &category, const QString &description, const JsonValue &fields)
{
    NewEvent event;
    event.category = category;
    event.description = description;
    event.fields = fields;
    Result<StoredEvent> stored = add(event);
    if (!stored)
        return stored.error();
    return std::move(stored).value().event;
}

Result<std::optional<Event>> EventStore::findByIdempotencyKey(
    const QString &key, const QByteArray &requestHash) const
{
    QByteArray hash;
    QString eventId;
    Result<bool> found = m_db.readFirstRow(
        u"SELECT request_hash, event_id FROM idempotency_keys WHERE key = ? AND created_at >= ?"_s,
        {key, QDateTime::currentMSecsSinceEpoch() - IdempotencyWindowMs},
        tr("Looking up the idempotency key"), [&](const QSqlQuery &row) {
            hash = row.value(0).toByteArray();
            eventId = row.value(1).toString();
        });
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Event>();
    if (hash != requestHash) {
        return Error::conflict(
            tr("The Idempotency-Key \"%1\" was already used for a different request. Use a new key "
               "for a new event.")
                .arg(key));
    }
    Result<Event> event = get(eventId);
    if (!event && event.error().code == Error::Code::NotFound)
        return std::optional<Event>(); // retention deleted it: the key stands for nothing now
    if (!event)
        return event.error();
    return std::optional<Event>(std::move(event).value());
}

Result<StoredEvent> EventStore::add(const NewEvent &newEvent)
{
    QList<Result<StoredEvent>> stored = add(QList<NewEvent> {newEvent});
    return std::move(stored.first());
}

QList<Result<StoredEvent>> EventStore::add(const QList<NewEvent> &newEvents)
{
    QList<Result<StoredEvent>> results;
    results.reserve(newEvents.size());
    const Status s = m_db.transaction([&]() -> Status {
        QHash<QString, CategoryRules> knownCategories;
        EventCounts::Tally written;
        for (const NewEvent &newEvent : newEvents) {
            Result<StoredEvent> stored = admit(newEvent, knownCategories);
            // An event the rules refuse is answered alone; a failed write fails them all.
            if (!stored && stored.error().code == Error::Code::Storage)
                return stored.error();
            if (stored && !stored->replayed) {
                if (Status e = writeRow(stored->event); !e)
                    return e;
                ++written[EventCounts::keyOf(stored->event)];
                if (!newEvent.idempotencyKey.isEmpty()) {
                    if (Status e = rememberKey(newEvent, stored->event); !e)
                        return e;
                }
            }
            results.append(std::move(stored));
        }
        return EventCounts(m_db).added(written);
    });
    if (!s) {
        results.clear();
        for (qsizetype i = 0; i < newEvents.size(); ++i)
            results.append(s.error());
    }
    return results;
}

Result<StoredEvent> EventStore::admit(
    const NewEvent &newEvent, QHash<QString, CategoryRules> &knownCategories)
{
    if (!newEvent.fields.isObject())
        return Error::invalidInput(tr("An event's fields must be an object of names and values."));

    StoredEvent stored;
    Event &event = stored.event;
    event.category = newEvent.category;
    event.description = newEvent.description;
    event.fields = newEvent.fields;

    if (!newEvent.idempotencyKey.isEmpty()) {
        Result<std::optional<Event>> earlier
            = findByIdempotencyKey(newEvent.idempotencyKey, newEvent.requestHash);
        if (!earlier)
            return earlier.error();
        if (earlier.value()) {
            event = std::move(*earlier.value());
            stored.replayed = true;
            return stored;
        }
    }

    auto rules = knownCategories.constFind(event.category);
    if (rules == knownCategories.cend()) {
        CategoryRules found;
        Result<bool> exists
            = m_db.readFirstRow(u"SELECT urgent, muted FROM categories WHERE name = ?"_s,
                {event.category}, tr("Looking up the category"), [&found](const QSqlQuery &row) {
                    found.urgent = row.value(0).toBool();
                    found.muted = row.value(1).toBool();
                });
        if (!exists)
            return exists.error();
        if (!exists.value())
            return Error::notFound(tr("There is no category named \"%1\".").arg(event.category));
        rules = knownCategories.insert(event.category, found);
    }
    if (rules->muted)
        event.status = DeliveryStatus::Muted;
    else
        event.held = newEvent.duringHold && !rules->urgent;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    event.id = EventId::generate(now);
    event.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return stored;
}

Status EventStore::writeRow(const Event &event)
{
    // Named: QtSql 6.4 makes up a name for every positional value it binds, which costs more than
    // looking the name up, and this statement runs for every event.
    Result<QSqlQuery *> q
        = m_db.cached(u"INSERT INTO events (id, category, description, fields, created_at, "
                      "status, held) VALUES (:id, :category, :description, :fields, :created_at, "
                      ":status, :held)"_s);
    if (!q)
        return q.error();
    q.value()->bindValue(u":id"_s, event.id);
    q.value()->bindValue(u":category"_s, event.category);
    q.value()->bindValue(u":description"_s, EventRows::nullableText(event.description));
    q.value()->bindValue(u":fields"_s, QString::fromUtf8(event.fields.toJson()));
    q.value()->bindValue(u":created_at"_s, event.createdAt.toMSecsSinceEpoch());
    q.value()->bindValue(u":status"_s, Event::statusName(event.status));
    q.value()->bindValue(u":held"_s, event.held);
    return Database::exec(*q.value(), tr("Saving the event"));
}

Status EventStore::rememberKey(const NewEvent &newEvent, const Event &event)
{
    const qint64 now = event.createdAt.toMSecsSinceEpoch();
    Result<QSqlQuery *> purge
        = m_db.cached(u"DELETE FROM idempotency_keys WHERE created_at < :before"_s);
    if (!purge)
        return purge.error();
    purge.value()->bindValue(u":before"_s, now - IdempotencyWindowMs);
    if (Status e = Database::exec(*purge.value(), tr("Forgetting old idempotency keys")); !e)
        return e;
    Result<QSqlQuery *> key = m_db.cached(u"INSERT OR REPLACE INTO idempotency_keys "
                                          "(key, request_hash, event_id, created_at) VALUES "
                                          "(:key, :hash, :event_id, :created_at)"_s);
    if (!key)
        return key.error();
    key.value()->bindValue(u":key"_s, newEvent.idempotencyKey);
    key.value()->bindValue(u":hash"_s, newEvent.requestHash);
    key.value()->bindValue(u":event_id"_s, event.id);
    key.value()->bindValue(u":created_at"_s, now);
    return Database::exec(*key.value(), tr("Saving the idempotency key"));
}

Result<Event> EventStore::get(const QString &id) const
{
    Result<QList<Event>> found
        = EventRows::select(m_db, u" WHERE id = ?"_s, {id}, tr("Reading the event"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no event with the id \"%1\".").arg(id));
    return found->first();
}

Result<QList<Event>> EventStore::list(const EventQuery &query) const
{
    if (query.limit < 1 || query.limit > MaxListLimit) {
        return Error::invalidInput(
            tr("The number of events to list must be between 1 and %1.").arg(MaxListLimit));
    }
    if (query.offset < 0)
        return Error::invalidInput(tr("The offset cannot be negative."));
    QVariantList values;
    const QString where = whereClause(query, values);
    values << query.limit << query.offset;
    // seq breaks ties between events of the same millisecond, in insertion order.
    return EventRows::select(m_db,
        where + u" ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?"_s, values,
        tr("Listing events"));
}

Result<qint64> EventStore::count(const EventQuery &query) const
{
    if (!query.from.isValid() && !query.until.isValid() && query.text.isEmpty()) {
        // Only a category and a status at most: event_counts has the answer.
        QString sql = u"SELECT coalesce(sum(n), 0) FROM event_counts WHERE 1"_s;
        QVariantList values;
        if (!query.category.isEmpty()) {
            sql += u" AND category = ?"_s;
            values << query.category;
        }
        if (query.status) {
            sql += u" AND status = ?"_s;
            values << Event::statusName(*query.status);
        }
        qint64 n = 0;
        Result<bool> counted = m_db.readFirstRow(sql, values, tr("Counting events"),
            [&n](const QSqlQuery &row) { n = row.value(0).toLongLong(); });
        if (!counted)
            return counted.error();
        return n;
    }
    QVariantList values;
    auto q = m_db.prepare(u"SELECT count(*) FROM events"_s + whereClause(query, values));
    if (!q)
        return q.error();
    for (const QVariant &v : std::as_const(values))
        q.value().addBindValue(v);
    if (Status s = Database::exec(q.value(), tr("Counting events")); !s)
        return s.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<QList<DeliveryAttempt>> EventStore::history(const QString &id) const
{
    auto q = m_db.prepare(u"SELECT a.at, a.outcome, a.detail FROM delivery_attempts a "
                          "JOIN events e ON e.seq = a.event_seq WHERE e.id = ? "
                          "ORDER BY a.at, a.rowid"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(id);
    if (Status s = Database::exec(q.value(), tr("Reading the delivery history")); !s)
        return s.error();
    QList<DeliveryAttempt> steps;
    while (q.value().next()) {
        DeliveryAttempt a;
        a.at = EventRows::fromMsecs(q.value().value(0));
        a.outcome = DeliveryAttempt::parseOutcome(q.value().value(1).toString())
                        .value_or(DeliveryAttempt::Outcome::Failed);
        a.detail = q.value().value(2).toString();
        steps << a;
    }
    return steps;
}
