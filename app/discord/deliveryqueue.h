#pragma once

// Subsystem discord (app/discord/): everything that talks to Discord. An event as the original
// service's embed (and a digest of held events), the HTTP client for Discord's API (DM channels,
// messages, webhooks), the delivery queue that sends the outbox within Discord's rate limits,
// Deliveries (a queue per destination and the hold they follow), and the setup check. Uses
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
class Outbox;
class LiveProfile;
struct CategoryFilter;

// Sends stored events to one destination. The events table is the outbox: a PENDING row is an
// event to send, so nothing is lost when the app stops, and what is pending at start goes out
// first. One queue serves the profile's destination, one each webhook that categories have of
// their own (Deliveries keeps them); each sends only its categories, never muted ones.
//
// While sends are held (quiet hours, a snooze: setHeld) only urgent categories go out; the rest
// are stored held, and when the hold ends they go out as digests, one embed per category, the
// events of each digest promised to it by a nonce first so that a restart resends the same one.
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

    // `categoryWebhook`: the queue of the categories with this webhook; empty: the profile's.
    DeliveryQueue(Database &database, LiveProfile &profile, const QString &categoryWebhook = {},
        QObject *parent = nullptr);
    ~DeliveryQueue() override;

    // A changed destination (a new token, user ID or webhook) ends a pause and resumes; the
    // events a destination that broke had failed go out again, once each.
    void setDestination(const Destination &destination);
    const Destination &destination() const { return m_destination; }
    const QString &categoryWebhook() const { return m_categoryWebhook; }
    // Identifies a destination without holding its secrets (a hash): what a failed event
    // records of the destination that broke.
    static QString fingerprint(const Destination &destination);

    // Sends again, once each, the events of this queue's categories that failed on a destination
    // that broke and is not the one in use now (setDestination does this; so does a category
    // moving to this queue, from a webhook that broke).
    void heal();

    // There may be something new to send.
    void wake();

    // Quiet hours or a snooze: only urgent categories are sent until it is lifted.
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
    bool loadDigest();
    // This queue's categories; `urgentOnly`: only the urgent ones among them.
    CategoryFilter categories(bool urgentOnly) const;
    void send();
    void onChannel(const DiscordReply &reply);
    void onMessage(const DiscordReply &reply);
    void onFailure(const DiscordReply &reply);
    void giveUp(const QString &reason, bool includeBacklog, bool pause);
    QString routeKey() const;
    qint64 now() const;

    Database &m_db;
    LiveProfile &m_profile;
    std::unique_ptr<Outbox> m_outbox;
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
    bool m_batchIsDigest = false;
    QString m_categoryWebhook;
    QString m_channelId; // the DM channel, cached here and in the profile
    QHash<QString, Bucket> m_buckets;
    qint64 m_globalUntilMs = 0;
    int m_consecutiveFailures = 0;
    bool m_held = false;
    int m_singleMessages = 0; // after a 400 on a combined message: send this many one by one
    int m_backoffBaseMs = 1000;
    int m_backoffMaxMs = 5 * 60 * 1000;
};
