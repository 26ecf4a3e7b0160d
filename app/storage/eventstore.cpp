#include "storage/eventstore.h"

#include "domain/eventid.h"
#include "storage/database.h"
#include "json/jsonparser.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEventStore, "pingpanda.events", QtInfoMsg)

namespace {

const auto SelectColumns
    = u"SELECT id, category, description, fields, created_at, status, attempts, "
      "delivered_at, error, delivery_nonce, held FROM events"_s;

QDateTime fromMsecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Event fromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toString();
    e.category = q.value(1).toString();
    e.description = q.value(2).isNull() ? QString() : q.value(2).toString();
    Result<JsonValue> fields = JsonParser::parse(q.value(3).toString().toUtf8());
    if (fields.ok() && fields->isObject())
        e.fields = std::move(fields).value();
    else
        qCWarning(lcEventStore) << "event" << e.id << "has unreadable fields";
    e.createdAt = fromMsecs(q.value(4));
    e.status = Event::parseStatus(q.value(5).toString()).value_or(DeliveryStatus::Pending);
    e.attempts = q.value(6).toInt();
    e.deliveredAt = fromMsecs(q.value(7));
    e.error = q.value(8).isNull() ? QString() : q.value(8).toString();
    e.deliveryNonce = q.value(9).isNull() ? QString() : q.value(9).toString();
    e.held = q.value(10).toBool();
    return e;
}

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

// " AND category [NOT] IN (...)" for a lane's filter, with its values; false when it admits no
// category at all.
bool filterClause(const CategoryFilter &filter, QString &sql, QVariantList &values)
{
    const auto list = [&](const QStringList &names) {
        QStringList marks;
        for (const QString &name : names) {
            marks << u"?"_s;
            values << name;
        }
        return marks.join(u", "_s);
    };
    if (filter.only) {
        QStringList only = *filter.only;
        only.removeIf([&](const QString &c) { return filter.except.contains(c); });
        if (only.isEmpty())
            return false;
        sql += u" AND category IN ("_s + list(only) + u")"_s;
    } else if (!filter.except.isEmpty()) {
        sql += u" AND category NOT IN ("_s + list(filter.except) + u")"_s;
    }
    return true;
}

QVariant nullableText(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
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
        for (const NewEvent &newEvent : newEvents) {
            Result<StoredEvent> stored = admit(newEvent, knownCategories);
            // An event the rules refuse is answered alone; a failed write fails them all.
            if (!stored && stored.error().code == Error::Code::Storage)
                return stored.error();
            if (stored && !stored->replayed) {
                if (Status e = writeRow(stored->event); !e)
                    return e;
                if (!newEvent.idempotencyKey.isEmpty()) {
                    if (Status e = rememberKey(newEvent, stored->event); !e)
                        return e;
                }
            }
            results.append(std::move(stored));
        }
        return {};
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
    Result<QSqlQuery *> q
        = m_db.cached(u"INSERT INTO events (id, category, description, fields, created_at, "
                      "status, held) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!q)
        return q.error();
    q.value()->bindValue(0, event.id);
    q.value()->bindValue(1, event.category);
    q.value()->bindValue(2, nullableText(event.description));
    q.value()->bindValue(3, QString::fromUtf8(event.fields.toJson()));
    q.value()->bindValue(4, event.createdAt.toMSecsSinceEpoch());
    q.value()->bindValue(5, Event::statusName(event.status));
    q.value()->bindValue(6, event.held);
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

Result<QList<Event>> EventStore::select(
    const QString &sqlAfterFrom, const QVariantList &values, const QString &what) const
{
    auto q = m_db.prepare(SelectColumns + sqlAfterFrom);
    if (!q)
        return q.error();
    for (const QVariant &v : values)
        q.value().addBindValue(v);
    if (Status s = Database::exec(q.value(), what); !s)
        return s.error();
    QList<Event> events;
    while (q.value().next())
        events.append(fromRow(q.value()));
    return events;
}

Result<Event> EventStore::get(const QString &id) const
{
    Result<QList<Event>> found = select(u" WHERE id = ?"_s, {id}, tr("Reading the event"));
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
    return select(where + u" ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?"_s, values,
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

Status EventStore::transition(const QStringList &ids, const QString &sql,
    const QVariantList &values, DeliveryStatus requiredStatus, const Step &step,
    Database::Flush flush)
{
    const auto update = [&]() -> Status {
        auto q = m_db.prepare(sql + u" WHERE id = ? AND status = ?"_s);
        if (!q)
            return q.error();
        std::optional<QSqlQuery> record;
        if (step.outcome) {
            auto r = m_db.prepare(u"INSERT INTO delivery_attempts (event_seq, at, outcome, detail) "
                                  "SELECT seq, ?, ?, ? FROM events WHERE id = ?"_s);
            if (!r)
                return r.error();
            record = std::move(r).value();
        }
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        for (const QString &id : ids) {
            for (const QVariant &v : values)
                q.value().addBindValue(v);
            q.value().addBindValue(id);
            q.value().addBindValue(Event::statusName(requiredStatus));
            if (Status s = Database::exec(q.value(), tr("Updating the event")); !s)
                return s;
            if (q.value().numRowsAffected() != 1) {
                Result<Event> current = get(id);
                if (!current)
                    return current.error();
                return Error::invalidState(tr("Event %1 is %2, not %3.")
                                               .arg(id, Event::statusName(current->status),
                                                   Event::statusName(requiredStatus)));
            }
            if (record) {
                record->addBindValue(at);
                record->addBindValue(DeliveryAttempt::outcomeName(*step.outcome));
                record->addBindValue(nullableText(step.detail));
                record->addBindValue(id);
                if (Status s = Database::exec(*record, tr("Recording the delivery")); !s)
                    return s;
            }
        }
        return {};
    };
    return m_db.transaction(update, flush);
}

Status EventStore::recordFailedAttempt(const QStringList &ids, const QString &reason)
{
    return transition(ids, u"UPDATE events SET attempts = attempts + 1, error = ?"_s, {reason},
        DeliveryStatus::Pending, {DeliveryAttempt::Outcome::Retrying, reason});
}

Status EventStore::markDelivered(
    const QStringList &ids, const QDateTime &at, const QString &messageId)
{
    return transition(ids,
        u"UPDATE events SET status = 'DELIVERED', attempts = attempts + 1, "
        "delivered_at = ?, error = NULL, delivery_nonce = NULL"_s,
        {at.toMSecsSinceEpoch()}, DeliveryStatus::Pending,
        {DeliveryAttempt::Outcome::Delivered, messageId});
}

Status EventStore::markFailed(
    const QStringList &ids, const QString &reason, const QString &brokenDestination)
{
    return transition(ids,
        u"UPDATE events SET status = 'FAILED', attempts = attempts + 1, error = ?, "
        "delivery_nonce = NULL, broken_destination = ?"_s,
        {reason, nullableText(brokenDestination.isEmpty() ? QString() : brokenDestination)},
        DeliveryStatus::Pending, {DeliveryAttempt::Outcome::Failed, reason});
}

Status EventStore::requeue(const QString &id)
{
    // Sent on its own, even if it was held for a digest once.
    return transition({id},
        u"UPDATE events SET status = 'PENDING', delivery_nonce = NULL, held = 0, "
        "broken_destination = NULL"_s,
        {}, DeliveryStatus::Failed, {DeliveryAttempt::Outcome::Requeued, QString()});
}

Result<int> EventStore::requeueBroken(
    const CategoryFilter &filter, const QString &currentDestination)
{
    QString where = u" WHERE status = 'FAILED' AND broken_destination IS NOT NULL "
                    "AND broken_destination <> ?"_s;
    QVariantList values {currentDestination};
    if (!filterClause(filter, where, values))
        return 0;
    return transitionAll(where, values,
        u"UPDATE events SET status = 'PENDING', delivery_nonce = NULL, broken_destination = NULL"_s,
        {}, {DeliveryAttempt::Outcome::Requeued, tr("The destination was changed")});
}

Result<int> EventStore::transitionAll(const QString &where, const QVariantList &values,
    const QString &update, const QVariantList &updateValues, const Step &step)
{
    int moved = 0;
    Status s = m_db.transaction([&]() -> Status {
        const QVariantList recordValues
            = QVariantList {QDateTime::currentMSecsSinceEpoch(),
                  DeliveryAttempt::outcomeName(*step.outcome), nullableText(step.detail)}
            + values;
        Result<QSqlQuery> record
            = run(u"INSERT INTO delivery_attempts (event_seq, at, outcome, detail) "
                  "SELECT seq, ?, ?, ? FROM events"_s
                    + where,
                recordValues, tr("Recording the delivery"));
        if (!record)
            return record.error();
        Result<QSqlQuery> q = run(update + where, updateValues + values, tr("Updating the events"));
        if (!q)
            return q.error();
        moved = q->numRowsAffected();
        return {};
    });
    if (!s)
        return s.error();
    return moved;
}

Result<QSqlQuery> EventStore::run(
    const QString &sql, const QVariantList &values, const QString &what) const
{
    Result<QSqlQuery> q = m_db.prepare(sql);
    if (!q)
        return q.error();
    for (const QVariant &v : values)
        q.value().addBindValue(v);
    if (Status s = Database::exec(q.value(), what); !s)
        return s.error();
    return q;
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
        a.at = fromMsecs(q.value().value(0));
        a.outcome = DeliveryAttempt::parseOutcome(q.value().value(1).toString())
                        .value_or(DeliveryAttempt::Outcome::Failed);
        a.detail = q.value().value(2).toString();
        steps << a;
    }
    return steps;
}

Result<QList<Event>> EventStore::pending(int limit, const CategoryFilter &filter) const
{
    QString where = u" WHERE status = 'PENDING' AND held = 0"_s;
    QVariantList values;
    if (!filterClause(filter, where, values))
        return QList<Event>();
    values << limit;
    return select(
        where + u" ORDER BY created_at, seq LIMIT ?"_s, values, tr("Reading the events to send"));
}

Result<QString> EventStore::promisedDigest(const CategoryFilter &filter) const
{
    QString sql = u"SELECT delivery_nonce FROM events WHERE status = 'PENDING' AND held = 1 "
                  "AND delivery_nonce IS NOT NULL"_s;
    QVariantList values;
    if (!filterClause(filter, sql, values))
        return QString();
    QString nonce;
    Result<bool> found
        = m_db.readFirstRow(sql + u" LIMIT 1"_s, values, tr("Reading the events to send"),
            [&nonce](const QSqlQuery &row) { nonce = row.value(0).toString(); });
    if (!found)
        return found.error();
    return nonce;
}

Result<QStringList> EventStore::heldCategories(const CategoryFilter &filter) const
{
    QString sql = u"SELECT category FROM events WHERE status = 'PENDING' AND held = 1 "
                  "AND delivery_nonce IS NULL"_s;
    QVariantList values;
    if (!filterClause(filter, sql, values))
        return QStringList();
    Result<QSqlQuery> q = run(sql + u" GROUP BY category ORDER BY min(created_at)"_s, values,
        tr("Reading the events to send"));
    if (!q)
        return q.error();
    QStringList categories;
    while (q.value().next())
        categories << q.value().value(0).toString();
    return categories;
}

Result<int> EventStore::promiseHeld(const QStringList &categories, const QString &nonce)
{
    QString sql = u"UPDATE events SET delivery_nonce = ? WHERE status = 'PENDING' AND held = 1 "
                  "AND delivery_nonce IS NULL"_s;
    QVariantList values {nonce};
    CategoryFilter filter;
    filter.only = categories;
    if (!filterClause(filter, sql, values))
        return 0;
    int promised = 0;
    Status s = m_db.transaction(
        [&]() -> Status {
            Result<QSqlQuery> q = run(sql, values, tr("Updating the events"));
            if (!q)
                return q.error();
            promised = q->numRowsAffected();
            return {};
        },
        Database::Flush::Deferred);
    if (!s)
        return s.error();
    return promised;
}

Result<QList<DigestEntry>> EventStore::digest(const QString &nonce, int latest) const
{
    return digestOf(u" WHERE status = 'PENDING' AND delivery_nonce = ?"_s, {nonce}, latest);
}

Result<QList<DigestEntry>> EventStore::heldDigest(int latest) const
{
    return digestOf(u" WHERE status = 'PENDING' AND held = 1"_s, {}, latest);
}

Result<QList<DigestEntry>> EventStore::digestOf(
    const QString &where, const QVariantList &values, int latest) const
{
    Result<QSqlQuery> q = run(u"SELECT category, count(*) FROM events"_s + where
            + u" GROUP BY category ORDER BY min(created_at)"_s,
        values, tr("Reading the events to send"));
    if (!q)
        return q.error();
    QList<DigestEntry> entries;
    while (q.value().next())
        entries.append({q.value().value(0).toString(), q.value().value(1).toLongLong(), {}});
    for (DigestEntry &entry : entries) {
        Result<QList<Event>> newest
            = select(where + u" AND category = ? ORDER BY created_at DESC, seq DESC LIMIT ?"_s,
                values + QVariantList {entry.category, latest}, tr("Reading the events to send"));
        if (!newest)
            return newest.error();
        entry.latest = std::move(newest).value();
    }
    return entries;
}

Result<QStringList> EventStore::idsWithNonce(const QString &nonce) const
{
    Result<QSqlQuery> q = run(u"SELECT id FROM events WHERE status = 'PENDING' AND "
                              "delivery_nonce = ? ORDER BY created_at, seq"_s,
        {nonce}, tr("Reading the events to send"));
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    return ids;
}

Result<QList<Event>> EventStore::pendingWithNonce(const QString &nonce) const
{
    return select(u" WHERE status = 'PENDING' AND delivery_nonce = ? ORDER BY created_at, seq"_s,
        {nonce}, tr("Reading the events to send"));
}

Status EventStore::assignNonce(const QStringList &ids, const QString &nonce)
{
    return transition(ids, u"UPDATE events SET delivery_nonce = ?"_s, {nonce},
        DeliveryStatus::Pending, {}, Database::Flush::Deferred);
}

Result<int> EventStore::failAllPending(const QString &reason, const CategoryFilter &filter)
{
    QString where = u" WHERE status = 'PENDING'"_s;
    QVariantList values;
    if (!filterClause(filter, where, values))
        return 0;
    return transitionAll(where, values,
        u"UPDATE events SET status = 'FAILED', error = ?, delivery_nonce = NULL"_s, {reason},
        {DeliveryAttempt::Outcome::Failed, reason});
}
