#pragma once

#include "domain/error.h"
#include "domain/event.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// The categories one delivery lane sends: with `only`, just those (a category's own webhook, or
// the urgent ones during a hold); always none of `except` (muted ones, those sent elsewhere).
struct CategoryFilter
{
    std::optional<QStringList> only;
    QStringList except;
};

// The events table as the delivery outbox: a PENDING row is an event still to be sent, alone or
// (held during quiet hours or a snooze) in a digest. Status moves PENDING -> DELIVERED or FAILED,
// and FAILED -> PENDING on the user's retry or once the destination it broke on has changed; a
// muted category's events are MUTED from the start and never here. Every move is kept in the
// event's delivery history (EventStore::history).
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(Database &database)
        : m_db(database)
    { }

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
    // What a transition adds to each event's delivery history; no outcome: nothing.
    struct Step
    {
        std::optional<DeliveryAttempt::Outcome> outcome;
        QString detail;
    };
    // Each of `ids`, which must be in `from`, put in `to` with `sets` ("a = ?, b = NULL", with
    // `values` bound in order) and `step` in its history, in one transaction.
    Status transition(const QStringList &ids, DeliveryStatus from, DeliveryStatus to,
        const QString &sets, const QVariantList &values, const Step &step,
        Database::Flush flush = Database::Flush::Synced);
    // Every event in `from` that `conditions` also select (" AND ...", `values` bound in order)
    // put in `to` with `sets` (`setValues` bound first) and `step` in each one's history, in one
    // transaction; how many changed.
    Result<int> transitionAll(DeliveryStatus from, const QString &conditions,
        const QVariantList &values, DeliveryStatus to, const QString &sets,
        const QVariantList &setValues, const Step &step);
    // A digest of the pending events `where` selects.
    Result<QList<DigestEntry>> digestOf(
        const QString &where, const QVariantList &values, int latest) const;

    Database &m_db;
};
