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
    bool duringHold = false; // sends were held when it came: unless urgent, it waits for a digest
};

struct StoredEvent
{
    Event event;
    bool replayed = false; // true: the key was seen before, nothing new was stored
};

// The event history: events stored (each answered once it is on disk), looked up and listed,
// counted per category and status, with each one's delivery history. What is still to be sent
// is the same table seen as the Outbox.
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

    // Each step of an event's delivery (Outbox), oldest first.
    Result<QList<DeliveryAttempt>> history(const QString &id) const;

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
    // Inside add()'s transaction: an admitted event, written (add() counts the batch after).
    Status writeRow(const Event &event);
    // Inside add()'s transaction: the idempotency key of a new event, written, and keys older
    // than the window forgotten.
    Status rememberKey(const NewEvent &newEvent, const Event &event);
    Database &m_db;
};
