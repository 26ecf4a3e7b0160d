#pragma once

// Subsystem discord (app/discord/): everything that talks to Discord. An event as the original
// service's embed, the HTTP client for Discord's API (DM channels, messages, webhooks), the
// delivery queue that sends the outbox within Discord's rate limits, and the setup check. Uses
// storage/, config/ and platform/ (the bot token).

#include "discord/discordclient.h"
#include "domain/error.h"
#include "json/jsonvalue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class Database;
class EventStore;
class LiveProfile;

// Sends stored events to Discord. The events table is the outbox: a PENDING row is an event to
// send, so nothing is lost when the app stops, and what is pending at start goes out first.
//
// Event-driven: wake() when events are stored; the only timer runs while something is owed
// (a backoff, a rate-limit wait), never while idle. One message is in flight at a time, holding
// up to ten embeds within Discord's 6000 characters when a backlog has formed. Bot-DM messages
// carry a nonce recorded with their events before sending, with enforce_nonce, so that a resend
// after a crash posts once. Buckets from X-RateLimit-* are obeyed before a 429 happens; a 429
// waits its retry_after; network errors and 5xx back off exponentially with jitter; answers that
// cannot succeed on retry mark events FAILED with a reason a person can act on.
class DeliveryQueue : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryQueue)

public:
    struct Destination
    {
        enum class Kind { None, BotDm, Webhook };
        Kind kind = Kind::None;
        QString userId; // BotDm
        QString token; // BotDm
        QUrl webhook; // Webhook
        QUrl apiBase;

        friend bool operator==(const Destination &, const Destination &) = default;
    };
    // Where the profile's events go: the webhook when one is set, else DMs to the user ID with
    // the bot token, else nowhere.
    static Destination destinationFor(const LiveProfile &profile, const QString &token);

    enum class State {
        Idle, // nothing to send
        Sending, // a request is out
        Waiting, // a backoff or a rate limit: the timer will resume
        Paused, // a problem only the user can fix (see pauseReason()); resumes when the
                // destination changes
        NoDestination, // Discord is not set up
    };
    Q_ENUM(State)

    DeliveryQueue(Database &database, LiveProfile &profile, QObject *parent = nullptr);
    ~DeliveryQueue() override;

    // A changed destination (a new token, user ID or webhook) ends a pause and resumes.
    void setDestination(const Destination &destination);
    const Destination &destination() const { return m_destination; }

    // There may be something new to send.
    void wake();

    // The person's own pause: nothing is sent (events keep arriving and wait) until resumed.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

    State state() const { return m_state; }
    QString pauseReason() const { return m_pauseReason; }

    // Exponential backoff after network errors and 5xx: base * 2^(n-1), at most max, +-20 %.
    void setBackoff(int baseMs, int maxMs);
    DiscordClient &client() { return m_client; }

Q_SIGNALS:
    void delivered(const QStringList &eventIds);
    void failed(const QStringList &eventIds, const QString &reason);
    void stateChanged(DeliveryQueue::State state);

private:
    struct Bucket
    {
        int remaining = -1;
        qint64 resetAtMs = 0;
    };

    void pump();
    void setState(State state);
    void waitFor(qint64 ms);
    bool loadBatch();
    void send();
    void onChannel(const DiscordReply &reply);
    void onMessage(const DiscordReply &reply);
    void onFailure(const DiscordReply &reply);
    void giveUp(const QString &reason, bool includeBacklog, bool pause);
    QString routeKey() const;
    qint64 now() const;

    Database &m_db;
    LiveProfile &m_profile;
    std::unique_ptr<EventStore> m_events;
    DiscordClient m_client;
    Destination m_destination;
    State m_state = State::NoDestination;
    QString m_pauseReason;
    QTimer m_timer;
    QElapsedTimer m_clock;

    // The message being sent: its events' ids, its embeds (built once) and its nonce.
    QStringList m_batchIds;
    JsonValue m_batchEmbeds;
    QString m_batchNonce;
    QString m_channelId; // the DM channel, cached here and in the profile
    QHash<QString, Bucket> m_buckets;
    qint64 m_globalUntilMs = 0;
    int m_consecutiveFailures = 0;
    bool m_held = false;
    int m_singleMessages = 0; // after a 400 on a combined message: send this many one by one
    int m_backoffBaseMs = 1000;
    int m_backoffMaxMs = 5 * 60 * 1000;
};
