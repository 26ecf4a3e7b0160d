#include "discord/deliveryqueue.h"

#include "config/liveprofile.h"
#include "config/profile.h"
#include "discord/discordembed.h"
#include "domain/eventid.h"
#include "storage/database.h"
#include "storage/outbox.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDelivery, "pingpanda.delivery", QtInfoMsg)

namespace {

QString dmChannelKey(const QString &userId)
{
    return u"dm-channel/"_s + userId;
}

// Discord's JSON error codes that no retry can fix, in words a person can act on.
QString explainPermanent(const DiscordReply &reply, const DeliveryQueue::Destination &destination)
{
    switch (reply.code) {
    case 50007:
        return DeliveryQueue::tr(
            "Discord does not let your bot send you direct messages. Share a server "
            "with the bot and allow direct messages from server members (User "
            "Settings > Privacy & Safety), then retry the event.");
    case 10013:
    case 50033:
        return DeliveryQueue::tr(
            "Discord has no user with the ID %1 the bot can reach. Check it, then "
            "set it with: pingpanda config set discord.user-id YOUR_ID")
            .arg(destination.userId);
    case 10015:
        return DeliveryQueue::tr(
            "The Discord webhook no longer exists. Create a new one in the channel's "
            "settings (Integrations > Webhooks) and set it with: pingpanda config "
            "set discord.webhook-url URL");
    case 50001:
    case 50013:
        return DeliveryQueue::tr(
            "The bot lacks the permission to post there (Discord error %1: %2).")
            .arg(reply.code)
            .arg(reply.message);
    default:
        break;
    }
    if (reply.httpStatus == 401) {
        return DeliveryQueue::tr(
            "Discord refused the bot token (401 Unauthorized). Set the current "
            "token with: pingpanda token set");
    }
    if (reply.httpStatus == 404 && destination.kind == DeliveryQueue::Destination::Kind::Webhook) {
        return DeliveryQueue::tr(
            "The Discord webhook no longer exists (404). Create a new one in the "
            "channel's settings (Integrations > Webhooks) and set it with: "
            "pingpanda config set discord.webhook-url URL");
    }
    return DeliveryQueue::tr("Discord refused the message (HTTP %1%2).")
        .arg(reply.httpStatus)
        .arg(reply.message.isEmpty() ? QString() : u": "_s + reply.message);
}

} // namespace

DeliveryQueue::DeliveryQueue(
    Database &database, LiveProfile &profile, const QString &categoryWebhook, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_profile(profile)
    , m_outbox(std::make_unique<Outbox>(database))
    , m_categoryWebhook(categoryWebhook)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    // A coarse timer (Qt's default) may fire up to 5 % early; a wait for Discord's rate limit
    // that ends early is answered with another 429.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryQueue::pump);
}

DeliveryQueue::~DeliveryQueue() = default;

DeliveryQueue::Destination DeliveryQueue::destinationFor(
    const LiveProfile &profile, const QString &token)
{
    Destination d;
    d.apiBase = profile.discordApiBase();
    if (!profile.discordWebhookUrl().isEmpty()) {
        d.kind = Destination::Kind::Webhook;
        d.webhook = QUrl(profile.discordWebhookUrl());
    } else if (!profile.discordUserId().isEmpty() && !token.isEmpty()) {
        d.kind = Destination::Kind::BotDm;
        d.userId = profile.discordUserId();
        d.token = token;
    }
    return d;
}

QString DeliveryQueue::fingerprint(const Destination &d)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {QString::number(int(d.kind)), d.userId, d.token,
             d.webhook.toString(QUrl::FullyEncoded), d.apiBase.toString(QUrl::FullyEncoded)}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

CategoryFilter DeliveryQueue::categories(bool urgentOnly) const
{
    CategoryFilter filter;
    QStringList mine;
    for (const Category &c : m_profile.categories()) {
        if (c.muted || c.webhookUrl != m_categoryWebhook)
            filter.except << c.name;
        else if (!urgentOnly || c.urgent)
            mine << c.name;
    }
    // The profile's queue also sends the events of categories removed since (not listed).
    if (urgentOnly || !m_categoryWebhook.isEmpty())
        filter.only = mine;
    return filter;
}

qint64 DeliveryQueue::now() const
{
    return m_clock.elapsed();
}

void DeliveryQueue::setBackoff(int baseMs, int maxMs)
{
    m_backoffBaseMs = baseMs;
    m_backoffMaxMs = maxMs;
}

void DeliveryQueue::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DeliveryQueue::setDestination(const Destination &destination)
{
    if (destination == m_destination)
        return;
    const bool sameRecipient
        = destination.kind == m_destination.kind && destination.userId == m_destination.userId;
    m_destination = destination;
    if (!sameRecipient)
        m_channelId.clear();
    m_client.setApiBase(destination.apiBase);
    m_client.setToken(destination.token);
    m_pauseReason.clear();
    m_consecutiveFailures = 0;
    if (m_state == State::Paused || m_state == State::Waiting || m_state == State::NoDestination) {
        m_timer.stop();
        setState(State::Idle);
    }
    heal();
    qCInfo(lcDelivery) << "destination:"
                       << (destination.kind == Destination::Kind::BotDm            ? "bot DM"
                                  : destination.kind == Destination::Kind::Webhook ? "webhook"
                                                                                   : "none");
    pump();
}

void DeliveryQueue::heal()
{
    if (m_destination.kind == Destination::Kind::None)
        return;
    Result<int> healed = m_outbox->requeueBroken(categories(false), fingerprint(m_destination));
    if (!healed)
        qCWarning(lcDelivery) << "cannot send again what failed:" << healed.error().message;
    else if (healed.value() > 0)
        qCInfo(lcDelivery) << "the destination changed; sending" << healed.value()
                           << "event(s) again that failed when it broke";
}

void DeliveryQueue::wake()
{
    pump();
}

void DeliveryQueue::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    qCInfo(lcDelivery) << (held ? "sends held (urgent categories still go out)"
                                : "sends no longer held");
    if (!held)
        pump(); // the digest of what was held
}

void DeliveryQueue::waitFor(qint64 ms)
{
    setState(State::Waiting);
    m_timer.start(int(qBound<qint64>(0, ms, 24LL * 3600 * 1000)));
}

QString DeliveryQueue::routeKey() const
{
    return m_destination.kind == Destination::Kind::Webhook
        ? u"webhook:"_s + m_destination.webhook.path()
        : u"channel:"_s + m_channelId;
}

void DeliveryQueue::pump()
{
    if (m_state == State::Sending || m_state == State::Paused || m_timer.isActive())
        return;
    if (m_destination.kind == Destination::Kind::None) {
        setState(State::NoDestination);
        return;
    }
    if (!loadBatch()) {
        setState(State::Idle);
        return;
    }
    if (m_globalUntilMs > now()) {
        waitFor(m_globalUntilMs - now());
        return;
    }
    if (m_destination.kind == Destination::Kind::BotDm && m_channelId.isEmpty()) {
        Result<QString> cached = Profile(m_db).value(dmChannelKey(m_destination.userId));
        if (cached && !cached->isEmpty()) {
            m_channelId = cached.value();
        } else {
            setState(State::Sending);
            m_client.createDmChannel(
                m_destination.userId, [this](const DiscordReply &r) { onChannel(r); });
            return;
        }
    }
    const Bucket bucket = m_buckets.value(routeKey());
    if (bucket.remaining == 0 && bucket.resetAtMs > now()) {
        // The bucket is empty: wait for it to refill instead of provoking a 429.
        waitFor(bucket.resetAtMs - now());
        return;
    }
    send();
}

bool DeliveryQueue::loadDigest()
{
    const CategoryFilter mine = categories(false);
    Result<QString> promised = m_outbox->promisedDigest(mine);
    if (!promised) {
        qCWarning(lcDelivery) << "cannot read the outbox:" << promised.error().message;
        return false;
    }
    QString nonce = promised.value();
    if (nonce.isEmpty()) {
        Result<QStringList> held = m_outbox->heldCategories(mine);
        if (!held || held->isEmpty())
            return false;
        QStringList first = held.value();
        first.resize(qMin(first.size(), qsizetype(DiscordEmbed::MaxEmbedsPerMessage)));
        nonce = u"d"_s + EventId::generate(QDateTime::currentMSecsSinceEpoch());
        if (Result<int> s = m_outbox->promiseHeld(first, nonce); !s) {
            qCWarning(lcDelivery) << "cannot record the digest's nonce:" << s.error().message;
            return false;
        }
    }
    Result<QList<DigestEntry>> entries = m_outbox->digest(nonce, DiscordEmbed::DigestLatest);
    Result<QStringList> ids = m_outbox->idsWithNonce(nonce);
    if (!entries || !ids || entries->isEmpty()) {
        qCWarning(lcDelivery) << "cannot read the digest" << nonce;
        return false;
    }
    for (const DigestEntry &entry : entries.value())
        m_batchEmbeds.append(DiscordEmbed::digest(entry, m_profile.category(entry.category)).json);
    m_batchIds = std::move(ids).value();
    m_batchNonce = nonce;
    m_batchIsDigest = true;
    qCInfo(lcDelivery) << "sending a digest of" << m_batchIds.size() << "held event(s)";
    return true;
}

bool DeliveryQueue::loadBatch()
{
    m_batchIds.clear();
    m_batchNonce.clear();
    m_batchIsDigest = false;
    m_batchEmbeds = JsonValue::array();
    if (!m_held && loadDigest())
        return true;
    Result<QList<Event>> pending
        = m_outbox->pending(DiscordEmbed::MaxEmbedsPerMessage, categories(m_held));
    if (!pending) {
        qCWarning(lcDelivery) << "cannot read the outbox:" << pending.error().message;
        return false;
    }
    if (pending->isEmpty())
        return false;

    QList<DiscordEmbed> embeds;
    if (!pending->first().deliveryNonce.isEmpty()) {
        // Promised to a message before the app stopped: the same events under the same nonce.
        m_batchNonce = pending->first().deliveryNonce;
        Result<QList<Event>> promised = m_outbox->pendingWithNonce(m_batchNonce);
        if (!promised || promised->isEmpty())
            return false;
        for (const Event &e : promised.value()) {
            m_batchIds << e.id;
            embeds << DiscordEmbed::build(e, m_profile.category(e.category));
        }
    } else {
        QList<qsizetype> lengths;
        for (const Event &e : pending.value()) {
            if (!e.deliveryNonce.isEmpty())
                break;
            embeds << DiscordEmbed::build(e, m_profile.category(e.category));
            lengths << embeds.constLast().length;
        }
        int count = DiscordEmbed::batchSize(lengths);
        if (m_singleMessages > 0) {
            count = 1;
            --m_singleMessages;
        }
        embeds.resize(count);
        for (int i = 0; i < count; ++i)
            m_batchIds << pending->at(i).id;
        if (m_destination.kind == Destination::Kind::BotDm) {
            const Event &first = pending->first();
            m_batchNonce = first.id + u'-' + QString::number(first.attempts, 36);
            if (Status s = m_outbox->assignNonce(m_batchIds, m_batchNonce); !s) {
                qCWarning(lcDelivery) << "cannot record the message's nonce:" << s.error().message;
                return false;
            }
        }
    }
    for (const DiscordEmbed &embed : std::as_const(embeds))
        m_batchEmbeds.append(embed.json);
    return true;
}

void DeliveryQueue::send()
{
    setState(State::Sending);
    const auto done = [this](const DiscordReply &r) { onMessage(r); };
    if (m_destination.kind == Destination::Kind::Webhook)
        m_client.executeWebhook(m_destination.webhook, m_batchEmbeds, done);
    else
        m_client.sendMessage(m_channelId, m_batchEmbeds, m_batchNonce, done);
}

void DeliveryQueue::onChannel(const DiscordReply &reply)
{
    setState(State::Idle);
    if (!reply.ok() || reply.id().isEmpty()) {
        onFailure(reply);
        return;
    }
    m_channelId = reply.id();
    if (Status s = Profile(m_db).setValue(dmChannelKey(m_destination.userId), m_channelId); !s)
        qCWarning(lcDelivery) << "cannot cache the DM channel:" << s.error().message;
    pump();
}

void DeliveryQueue::onMessage(const DiscordReply &reply)
{
    setState(State::Idle);
    if (reply.remaining >= 0 && reply.resetAfterSeconds >= 0) {
        m_buckets.insert(routeKey(),
            {reply.remaining, now() + qint64(std::ceil(reply.resetAfterSeconds * 1000))});
    }
    if (!reply.ok()) {
        onFailure(reply);
        return;
    }
    m_consecutiveFailures = 0;
    if (Status s = m_outbox->markDelivered(m_batchIds, QDateTime::currentDateTimeUtc(), reply.id());
        !s)
        qCWarning(lcDelivery) << "delivered, but cannot record it:" << s.error().message;
    qCDebug(lcDelivery) << "delivered" << m_batchIds.size() << "event(s)";
    Q_EMIT delivered(m_batchIds);
    pump();
}

void DeliveryQueue::giveUp(const QString &reason, bool includeBacklog, bool pause)
{
    qCWarning(lcDelivery) << "giving up on" << m_batchIds.size() << "event(s):" << reason;
    const QString broken = pause ? fingerprint(m_destination) : QString();
    if (Status s = m_outbox->markFailed(m_batchIds, reason, broken); !s)
        qCWarning(lcDelivery) << "cannot record the failure:" << s.error().message;
    Q_EMIT failed(m_batchIds, reason);
    if (includeBacklog) {
        // The same answer awaits every other pending event: fail them without asking again.
        Result<int> rest = m_outbox->failAllPending(reason, categories(false));
        if (!rest)
            qCWarning(lcDelivery) << "cannot record the failure:" << rest.error().message;
    }
    if (pause) {
        m_pauseReason = reason;
        m_timer.stop();
        setState(State::Paused);
        return;
    }
    pump();
}

void DeliveryQueue::onFailure(const DiscordReply &reply)
{
    if (reply.httpStatus == 429) {
        // Not the event's fault: no attempt is counted; wait as long as Discord says.
        const double seconds = reply.retryAfterSeconds >= 0 ? reply.retryAfterSeconds : 1.0;
        const qint64 waitMs = qint64(std::ceil(seconds * 1000));
        qCInfo(lcDelivery) << "rate limited by Discord; waiting" << waitMs << "ms"
                           << (reply.global ? "(global)" : "");
        if (reply.global)
            m_globalUntilMs = now() + waitMs;
        else
            m_buckets.insert(routeKey(), {0, now() + waitMs});
        waitFor(waitMs);
        return;
    }
    if (reply.httpStatus == 0 || reply.httpStatus >= 500) {
        ++m_consecutiveFailures;
        const double exp = std::min(double(m_backoffMaxMs),
            m_backoffBaseMs * std::pow(2.0, std::min(m_consecutiveFailures - 1, 30)));
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        const qint64 waitMs = qint64(exp * jitter);
        const QString problem
            = reply.httpStatus == 0 ? reply.networkError : u"HTTP %1"_s.arg(reply.httpStatus);
        const QString reason = tr("Discord could not be reached (%1); trying again in %2 s.")
                                   .arg(problem)
                                   .arg((waitMs + 999) / 1000);
        if (!m_batchIds.isEmpty()) {
            if (Status s = m_outbox->recordFailedAttempt(m_batchIds, reason); !s)
                qCWarning(lcDelivery) << "cannot record the attempt:" << s.error().message;
        }
        qCInfo(lcDelivery) << reason;
        waitFor(waitMs);
        return;
    }
    if (reply.code == 10003 && m_destination.kind == Destination::Kind::BotDm) {
        // The cached DM channel is gone: make a new one and send again.
        m_channelId.clear();
        if (Status s = Profile(m_db).setValue(dmChannelKey(m_destination.userId), QString()); !s)
            qCWarning(lcDelivery) << "cannot forget the DM channel:" << s.error().message;
        pump();
        return;
    }
    if (reply.httpStatus == 400 && reply.code != 50033 && m_batchIds.size() > 1
        && !m_batchIsDigest) {
        // One embed of a combined message may be the problem: send these one by one.
        m_singleMessages = int(m_batchIds.size());
        if (Status s = m_outbox->assignNonce(m_batchIds, QString()); !s)
            qCWarning(lcDelivery) << "cannot split the message:" << s.error().message;
        pump();
        return;
    }
    const QString reason = explainPermanent(reply, m_destination);
    const bool wrongRecipient = reply.code == 50007 || reply.code == 10013 || reply.code == 50033
        || reply.code == 50001 || reply.code == 50013;
    // A bad token or a deleted webhook: nothing works until the user changes it; a refused
    // recipient: the rest of the backlog would be refused too.
    const bool pause = reply.httpStatus == 401
        || (m_destination.kind == Destination::Kind::Webhook && reply.httpStatus == 404);
    giveUp(reason, wrongRecipient, pause);
}
