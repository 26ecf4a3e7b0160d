#pragma once

#include "domain/error.h"
#include "domain/event.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>

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
    bool duringHold = false; // sends were held when it came: unless urgent, it waits for a digest
};

// The categories one delivery lane sends: with `only`, just those (a category's own webhook, or
// the urgent ones during a hold); always none of `except` (muted ones, those sent elsewhere).
struct CategoryFilter
{
    std::optional<QStringList> only;
    QStringList except;
};

struct StoredEvent
{
    Event event;
    bool replayed = false; // true: the key was seen before, nothing new was stored
};

// The event history, and the outbox: a PENDING row is an event still to be sent, alone or (held)
// in a digest. Status moves PENDING -> DELIVERED or FAILED, FAILED -> PENDING on retry or when
// the destination it broke on changes; a muted category's events are MUTED from the start.
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
    // `brokenDestination`: the fingerprint of a destination that stopped working (a rejected
    // token, a deleted webhook); requeueBroken() sends the event again once it has changed.
    Status markFailed(
        const QStringList &ids, const QString &reason, const QString &brokenDestination = {});
    // FAILED -> PENDING, for the user's "retry".
    Status requeue(const QString &id);
    // FAILED -> PENDING for the events of these categories that failed on a destination other
    // than `currentDestination` (it has been changed since); how many.
    Result<int> requeueBroken(const CategoryFilter &filter, const QString &currentDestination);
    // Each of these steps is also kept in the event's delivery history, oldest first.
    Result<QList<DeliveryAttempt>> history(const QString &id) const;

    // The outbox: PENDING events not held for a digest, oldest first.
    Result<QList<Event>> pending(int limit, const CategoryFilter &filter = {}) const;

    // Digests. The nonce of a digest promised before the app stopped, if any.
    Result<QString> promisedDigest(const CategoryFilter &filter) const;
    // The categories with held events not yet in a digest, those held longest first.
    Result<QStringList> heldCategories(const CategoryFilter &filter) const;
    // Promises every held event of these categories to the digest with this nonce (deferred
    // like assignNonce); how many.
    Result<int> promiseHeld(const QStringList &categories, const QString &nonce);
    // What the digest with this nonce holds, by category in the order they were held, with up to
    // `latest` events each; and the ids of all its events.
    Result<QList<DigestEntry>> digest(const QString &nonce, int latest) const;
    // The same for everything held now, promised or not: the next digest, as the GUI shows it.
    Result<QList<DigestEntry>> heldDigest(int latest) const;
    Result<QStringList> idsWithNonce(const QString &nonce) const;
    // The events already promised to the Discord message with this nonce.
    Result<QList<Event>> pendingWithNonce(const QString &nonce) const;
    // Records which message the events go in, before it is sent. Not synced to disk on its own
    // (Database::Flush::Deferred): what the record is for, resending the same events under the
    // same nonce when the app restarts so that Discord posts them once, it does from the log.
    // A sync would add only power cuts, after which the resend comes later than the few minutes
    // for which Discord checks a nonce anyway; and each message would wait for the disk first.
    Status assignNonce(const QStringList &ids, const QString &nonce);
    // Gives up on everything still pending for these categories (a destination that cannot
    // work); how many.
    Result<int> failAllPending(const QString &reason, const CategoryFilter &filter = {});

private:
    // One event, inside add()'s transaction: checked and given its id and time, not yet written
    // (writeRow). `knownCategories`: names already found in this transaction, so that a batch
    // looks each category up once.
    struct CategoryRules
    {
        bool urgent = false;
        bool muted = false;
    };
    Result<StoredEvent> admit(
        const NewEvent &event, QHash<QString, CategoryRules> &knownCategories);
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
    // Every event `where` selects (" WHERE ...", `values` bound in order), changed by `update`
    // ("UPDATE events SET ...", `updateValues` first) with `step` in each one's history, in one
    // transaction; how many changed.
    Result<int> transitionAll(const QString &where, const QVariantList &values,
        const QString &update, const QVariantList &updateValues, const Step &step);
    Result<QList<DigestEntry>> digestOf(
        const QString &where, const QVariantList &values, int latest) const;
    // Prepares, binds `values` in order and runs; the statement, to read or count.
    Result<QSqlQuery> run(
        const QString &sql, const QVariantList &values, const QString &what) const;

    Database &m_db;
};
