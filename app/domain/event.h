#pragma once

// Subsystem domain (app/domain/): what the product is about, as values: events and their
// delivery status, categories and their rules, when sends are held (Hold), the web addresses a
// profile may hold, time-ordered ids, and Error/Result, the errors every layer returns instead of
// throwing. No I/O and no Qt SQL or network; an event's fields are json/ values.

#include "json/jsonvalue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// PENDING: to be sent (or held for a digest); MUTED: its category is muted, never sent.
enum class DeliveryStatus { Pending, Delivered, Failed, Muted };

// One step in an event's delivery, oldest first in an event's history.
struct DeliveryAttempt
{
    enum class Outcome {
        Delivered, // Discord took the message
        Retrying, // a problem that may pass: the event will be sent again
        Failed, // given up: the event is FAILED
        Requeued, // the user asked for another try
    };
    QDateTime at; // UTC
    Outcome outcome = Outcome::Delivered;
    QString detail; // the reason, or what Discord answered (a message id)

    static QString outcomeName(Outcome outcome);
    static std::optional<Outcome> parseOutcome(QStringView name);
};

// One event as stored: what a script posted, and where its delivery to Discord stands.
struct Event
{
    QString id;
    QString category;
    QString description; // null when the request gave none
    JsonValue fields = JsonValue::object(); // an object, members in request order
    QDateTime createdAt; // UTC, millisecond precision
    DeliveryStatus status = DeliveryStatus::Pending;
    int attempts = 0;
    QDateTime deliveredAt; // invalid until delivered
    QString error; // the last delivery problem, in words for the user
    QString deliveryNonce; // set while the event is promised to a Discord message being sent
    bool held = false; // stored while sends were held: it goes (or went) out in a digest

    static QString statusName(DeliveryStatus status);
    static std::optional<DeliveryStatus> parseStatus(QStringView name);
    // ISO 8601 in UTC with milliseconds, as JavaScript's Date.toISOString writes it.
    static QString isoTime(const QDateTime &time);

    // The API's shape: eventId, category, description, fields, createdAt, deliveryStatus,
    // attempts, deliveredAt, error.
    JsonValue toJson() const;
};

// What a digest of held events says of one category: how many it holds, and the latest few.
struct DigestEntry
{
    QString category;
    qint64 count = 0;
    QList<Event> latest; // newest first
};
