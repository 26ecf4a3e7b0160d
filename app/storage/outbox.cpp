#include "storage/outbox.h"

#include "storage/database.h"
#include "storage/eventcounts.h"
#include "storage/eventrows.h"
#include "storage/eventstore.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

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

// The events held for a digest, through their partial index. Without statistics SQLite would
// rather walk every pending event by status, and a backlog (Discord away, a burst) can be
// hundreds of thousands of them, looked at before each message; the index is empty whenever
// nothing is held.
const QString ThroughHeldIndex = u" INDEXED BY events_held"_s;
const QString HeldOnly = u" WHERE status = 'PENDING' AND held = 1"_s;
const QString HeldEvents = ThroughHeldIndex + HeldOnly;

} // namespace

Result<QList<Event>> Outbox::pending(int limit, const CategoryFilter &filter) const
{
    QString where = u" WHERE status = 'PENDING' AND held = 0"_s;
    QVariantList values;
    if (!filterClause(filter, where, values))
        return QList<Event>();
    values << limit;
    return EventRows::select(m_db, where + u" ORDER BY created_at, seq LIMIT ?"_s, values,
        tr("Reading the events to send"));
}

Result<QList<Event>> Outbox::pendingWithNonce(const QString &nonce) const
{
    return EventRows::select(m_db,
        u" WHERE status = 'PENDING' AND delivery_nonce = ? ORDER BY created_at, seq"_s, {nonce},
        tr("Reading the events to send"));
}

Status Outbox::assignNonce(const QStringList &ids, const QString &nonce)
{
    return transition(ids, DeliveryStatus::Pending, DeliveryStatus::Pending,
        u"delivery_nonce = ?"_s, {nonce}, {}, Database::Flush::Deferred);
}

Status Outbox::recordFailedAttempt(const QStringList &ids, const QString &reason)
{
    return transition(ids, DeliveryStatus::Pending, DeliveryStatus::Pending,
        u"attempts = attempts + 1, error = ?"_s, {reason},
        {DeliveryAttempt::Outcome::Retrying, reason});
}

Status Outbox::markDelivered(const QStringList &ids, const QDateTime &at, const QString &messageId)
{
    return transition(ids, DeliveryStatus::Pending, DeliveryStatus::Delivered,
        u"attempts = attempts + 1, delivered_at = ?, error = NULL, delivery_nonce = NULL"_s,
        {at.toMSecsSinceEpoch()}, {DeliveryAttempt::Outcome::Delivered, messageId});
}

Status Outbox::markFailed(
    const QStringList &ids, const QString &reason, const QString &brokenDestination)
{
    return transition(ids, DeliveryStatus::Pending, DeliveryStatus::Failed,
        u"attempts = attempts + 1, error = ?, delivery_nonce = NULL, broken_destination = ?"_s,
        {reason,
            EventRows::nullableText(brokenDestination.isEmpty() ? QString() : brokenDestination)},
        {DeliveryAttempt::Outcome::Failed, reason});
}

Status Outbox::requeue(const QString &id)
{
    // Sent on its own, even if it was held for a digest once.
    return transition({id}, DeliveryStatus::Failed, DeliveryStatus::Pending,
        u"delivery_nonce = NULL, held = 0, broken_destination = NULL"_s, {},
        {DeliveryAttempt::Outcome::Requeued, QString()});
}

Result<int> Outbox::requeueBroken(const CategoryFilter &filter, const QString &currentDestination)
{
    QString conditions = u" AND broken_destination IS NOT NULL AND broken_destination <> ?"_s;
    QVariantList values {currentDestination};
    if (!filterClause(filter, conditions, values))
        return 0;
    return transitionAll(DeliveryStatus::Failed, conditions, values, DeliveryStatus::Pending,
        u"delivery_nonce = NULL, broken_destination = NULL"_s, {},
        {DeliveryAttempt::Outcome::Requeued, tr("The destination was changed")});
}

Result<int> Outbox::failAllPending(const QString &reason, const CategoryFilter &filter)
{
    QString conditions;
    QVariantList values;
    if (!filterClause(filter, conditions, values))
        return 0;
    return transitionAll(DeliveryStatus::Pending, conditions, values, DeliveryStatus::Failed,
        u"error = ?, delivery_nonce = NULL"_s, {reason},
        {DeliveryAttempt::Outcome::Failed, reason});
}

Result<QString> Outbox::promisedDigest(const CategoryFilter &filter) const
{
    QString sql = u"SELECT delivery_nonce FROM events"_s + HeldEvents
        + u" AND delivery_nonce IS NOT NULL"_s;
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

Result<QStringList> Outbox::heldCategories(const CategoryFilter &filter) const
{
    QString sql = u"SELECT category FROM events"_s + HeldEvents + u" AND delivery_nonce IS NULL"_s;
    QVariantList values;
    if (!filterClause(filter, sql, values))
        return QStringList();
    Result<QSqlQuery> q
        = EventRows::run(m_db, sql + u" GROUP BY category ORDER BY min(created_at)"_s, values,
            tr("Reading the events to send"));
    if (!q)
        return q.error();
    QStringList categories;
    while (q.value().next())
        categories << q.value().value(0).toString();
    return categories;
}

Result<int> Outbox::promiseHeld(const QStringList &categories, const QString &nonce)
{
    QString sql = u"UPDATE events"_s + ThroughHeldIndex + u" SET delivery_nonce = ?"_s + HeldOnly
        + u" AND delivery_nonce IS NULL"_s;
    QVariantList values {nonce};
    CategoryFilter filter;
    filter.only = categories;
    if (!filterClause(filter, sql, values))
        return 0;
    int promised = 0;
    Status s = m_db.transaction(
        [&]() -> Status {
            Result<QSqlQuery> q = EventRows::run(m_db, sql, values, tr("Updating the events"));
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

Result<QList<DigestEntry>> Outbox::digest(const QString &nonce, int latest) const
{
    return digestOf(u" WHERE status = 'PENDING' AND delivery_nonce = ?"_s, {nonce}, latest);
}

Result<QList<DigestEntry>> Outbox::heldDigest(int latest) const
{
    return digestOf(HeldEvents, {}, latest);
}

Result<QList<DigestEntry>> Outbox::digestOf(
    const QString &where, const QVariantList &values, int latest) const
{
    Result<QSqlQuery> q = EventRows::run(m_db,
        u"SELECT category, count(*) FROM events"_s + where
            + u" GROUP BY category ORDER BY min(created_at)"_s,
        values, tr("Reading the events to send"));
    if (!q)
        return q.error();
    QList<DigestEntry> entries;
    while (q.value().next())
        entries.append({q.value().value(0).toString(), q.value().value(1).toLongLong(), {}});
    for (DigestEntry &entry : entries) {
        Result<QList<Event>> newest = EventRows::select(m_db,
            where + u" AND category = ? ORDER BY created_at DESC, seq DESC LIMIT ?"_s,
            values + QVariantList {entry.category, latest}, tr("Reading the events to send"));
        if (!newest)
            return newest.error();
        entry.latest = std::move(newest).value();
    }
    return entries;
}

Result<QStringList> Outbox::idsWithNonce(const QString &nonce) const
{
    Result<QSqlQuery> q = EventRows::run(m_db,
        u"SELECT id FROM events WHERE status = 'PENDING' AND "
        "delivery_nonce = ? ORDER BY created_at, seq"_s,
        {nonce}, tr("Reading the events to send"));
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    return ids;
}

Status Outbox::transition(const QStringList &ids, DeliveryStatus from, DeliveryStatus to,
    const QString &sets, const QVariantList &values, const Step &step, Database::Flush flush)
{
    const auto update = [&]() -> Status {
        auto q = m_db.prepare(u"UPDATE events SET status = ?, "_s + sets
            + u" WHERE id = ? AND status = ? RETURNING category"_s);
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
        EventCounts::Tally left;
        for (const QString &id : ids) {
            q.value().addBindValue(Event::statusName(to));
            for (const QVariant &v : values)
                q.value().addBindValue(v);
            q.value().addBindValue(id);
            q.value().addBindValue(Event::statusName(from));
            if (Status s = Database::exec(q.value(), tr("Updating the event")); !s)
                return s;
            if (!q.value().next()) {
                Result<Event> current = EventStore(m_db).get(id);
                if (!current)
                    return current.error();
                return Error::invalidState(
                    tr("Event %1 is %2, not %3.")
                        .arg(id, Event::statusName(current->status), Event::statusName(from)));
            }
            ++left[{q.value().value(0).toString(), Event::statusName(from)}];
            q.value().finish();
            if (record) {
                record->addBindValue(at);
                record->addBindValue(DeliveryAttempt::outcomeName(*step.outcome));
                record->addBindValue(EventRows::nullableText(step.detail));
                record->addBindValue(id);
                if (Status s = Database::exec(*record, tr("Recording the delivery")); !s)
                    return s;
            }
        }
        return from == to ? Status() : EventCounts(m_db).moved(left, to);
    };
    return m_db.transaction(update, flush);
}

Result<int> Outbox::transitionAll(DeliveryStatus from, const QString &conditions,
    const QVariantList &values, DeliveryStatus to, const QString &sets,
    const QVariantList &setValues, const Step &step)
{
    const QString where = u" WHERE status = ?"_s + conditions;
    const QVariantList whereValues = QVariantList {Event::statusName(from)} + values;
    int moved = 0;
    Status s = m_db.transaction([&]() -> Status {
        const QVariantList recordValues
            = QVariantList {QDateTime::currentMSecsSinceEpoch(),
                  DeliveryAttempt::outcomeName(*step.outcome), EventRows::nullableText(step.detail)}
            + whereValues;
        Result<QSqlQuery> record = EventRows::run(m_db,
            u"INSERT INTO delivery_attempts (event_seq, at, outcome, detail) "
            "SELECT seq, ?, ?, ? FROM events"_s
                + where,
            recordValues, tr("Recording the delivery"));
        if (!record)
            return record.error();
        Result<QSqlQuery> q = EventRows::run(m_db,
            u"UPDATE events SET status = ?, "_s + sets + where + u" RETURNING category"_s,
            QVariantList {Event::statusName(to)} + setValues + whereValues,
            tr("Updating the events"));
        if (!q)
            return q.error();
        EventCounts::Tally left;
        QSqlQuery &row = q.value();
        while (row.next()) {
            ++left[{row.value(0).toString(), Event::statusName(from)}];
            ++moved;
        }
        return EventCounts(m_db).moved(left, to);
    });
    if (!s)
        return s.error();
    return moved;
}
