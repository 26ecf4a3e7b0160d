#pragma once

#include "domain/error.h"
#include "domain/event.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

// What to list: every filter is optional; results are newest first.
struct EventQuery
{
    QString category;
    std::optional<DeliveryStatus> status;
    QDateTime from; // inclusive
    QDateTime until; // exclusive
    QString text; // found in the description, a field's name or value, or the id (any case)
    int limit = 50;
    int offset = 0;
};

// What a client asks to store. With an idempotency key, a repeat of the same request within
// IdempotencyWindow answers the first event instead of creating another.
struct NewEvent
{
    QString category;
    QString description; // null: none given
    JsonValue fields = JsonValue::object();
    QString idempotencyKey; // empty: none
    QByteArray requestHash; // identifies the request that came with the key
};

struct StoredEvent
{
    Event event;
    bool replayed = false; // true: the key was seen before, nothing new was stored
};

// The event history, and (from the delivery issue on) the outbox: a PENDING row is an event
// still to be sent. Status moves PENDING -> DELIVERED or FAILED, and FAILED -> PENDING on retry.
class EventStore
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)

public:
    static constexpr int MaxListLimit = 10000;
    static constexpr qint64 IdempotencyWindowMs = 24 * 60 * 60 * 1000;

    explicit EventStore(Database &database)
        : m_db(database)
    { }

    // Stores a new PENDING event in one transaction. The category must exist; `fields` must be
    // an object. Returns the event as stored, with its id and creation time. A known idempotency
    // key with the same request hash returns the first event (replayed); with another hash it is
    // a Conflict.
    Result<StoredEvent> add(const NewEvent &event);
    // Stores many in one transaction, so one commit (one sync to disk) serves them all. Each gets
    // its own answer, in order: an event the rules refuse (no such category, a reused key) is
    // refused alone; a failed write fails every one of them and stores none.
    QList<Result<StoredEvent>> add(const QList<NewEvent> &events);
    Result<Event> add(const QString &category, const QString &description, const JsonValue &fields);
    // The event an idempotency key stored in the last 24 hours, if any (Conflict when the key
    // came with another request).
    Result<std::optional<Event>> findByIdempotencyKey(
        const QString &key, const QByteArray &requestHash) const;

    Result<Event> get(const QString &id) const;
    Result<QList<Event>> list(const EventQuery &query) const;
    Result<qint64> count(const EventQuery &query) const;

    // Delivery outcomes, for one message's events at once (one transaction). A failed attempt
    // that will be tried again counts the attempt and keeps the reason.
    Status recordFailedAttempt(const QStringList &ids, const QString &reason);
    Status markDelivered(
        const QStringList &ids, const QDateTime &at, const QString &messageId = {});
    Status markFailed(const QStringList &ids, const QString &reason);
    // FAILED -> PENDING, for the user's "retry".
    Status requeue(const QString &id);
    // Each of these steps is also kept in the event's delivery history, oldest first.
    Result<QList<DeliveryAttempt>> history(const QString &id) const;

    // The outbox: PENDING events, oldest first.
    Result<QList<Event>> pending(int limit) const;
    // The events already promised to the Discord message with this nonce.
    Result<QList<Event>> pendingWithNonce(const QString &nonce) const;
    // Records which message the events go in, before it is sent. Not synced to disk on its own
    // (Database::Flush::Deferred): what the record is for, resending the same events under the
    // same nonce when the app restarts so that Discord posts them once, it does from the log.
    // A sync would add only power cuts, after which the resend comes later than the few minutes
    // for which Discord checks a nonce anyway; and each message would wait for the disk first.
    Status assignNonce(const QStringList &ids, const QString &nonce);
    // Gives up on everything still pending (a destination that cannot work); how many.
    Result<int> failAllPending(const QString &reason);

private:
    // One event, inside add()'s transaction: checked and given its id and time, not yet written
    // (writeRow). `knownCategories`: names already found in this transaction, so that a batch
    // looks each category up once.
    Result<StoredEvent> admit(const NewEvent &event, QSet<QString> &knownCategories);
    // Inside add()'s transaction: an admitted event, written (event_counts follows by trigger).
    Status writeRow(const Event &event);
    // Inside add()'s transaction: the idempotency key of a new event, written, and keys older
    // than the window forgotten.
    Status rememberKey(const NewEvent &newEvent, const Event &event);
    // SELECT <the event columns> FROM events <sqlAfterFrom>, with values bound in order.
    Result<QList<Event>> select(
        const QString &sqlAfterFrom, const QVariantList &values, const QString &what) const;
    // What a transition adds to each event's delivery history; no outcome: nothing.
    struct Step
    {
        std::optional<DeliveryAttempt::Outcome> outcome;
        QString detail;
    };
    Status transition(const QStringList &ids, const QString &sql, const QVariantList &values,
        DeliveryStatus requiredStatus, const Step &step,
        Database::Flush flush = Database::Flush::Synced);

    Database &m_db;
};
