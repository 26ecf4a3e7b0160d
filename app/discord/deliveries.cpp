#include "discord/deliveries.h"

#include "config/liveprofile.h"

#include <QLoggingCategory>

#include <set>

Q_DECLARE_LOGGING_CATEGORY(lcDelivery)

namespace {

// The hold is looked at again at least this often while one is set, so that a changed clock or
// time zone (or a machine waking from sleep) moves it within minutes.
constexpr qint64 HoldCheckMs = 10 * 60 * 1000;

} // namespace

Deliveries::Deliveries(Database &database, LiveProfile &profile, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_profile(profile)
    , m_profileQueue(std::make_unique<DeliveryQueue>(database, profile))
{
    connectQueue(*m_profileQueue);
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_holdTimer, &QTimer::timeout, this, &Deliveries::applyHold);
    applyProfile();
}

Deliveries::~Deliveries() = default;

void Deliveries::connectQueue(DeliveryQueue &queue)
{
    connect(&queue, &DeliveryQueue::delivered, this, &Deliveries::delivered);
    connect(&queue, &DeliveryQueue::failed, this, &Deliveries::failed);
    connect(&queue, &DeliveryQueue::stateChanged, this, &Deliveries::changed);
    if (m_backoffBaseMs >= 0)
        queue.setBackoff(m_backoffBaseMs, m_backoffMaxMs);
}

void Deliveries::setProfileDestination(const DeliveryQueue::Destination &destination)
{
    m_profileQueue->setDestination(destination);
}

void Deliveries::applyProfile()
{
    std::set<QString> wanted;
    for (const Category &c : m_profile.categories()) {
        if (!c.webhookUrl.isEmpty())
            wanted.insert(c.webhookUrl);
    }
    for (auto it = m_webhookQueues.begin(); it != m_webhookQueues.end();) {
        // A queue no category uses any more goes; what it had not sent, the new route sends.
        it = wanted.count(it->first) ? std::next(it) : m_webhookQueues.erase(it);
    }
    for (const QString &webhook : wanted) {
        DeliveryQueue::Destination destination;
        destination.kind = DeliveryQueue::Destination::Kind::Webhook;
        destination.webhook = QUrl(webhook);
        destination.apiBase = m_profile.discordApiBase();
        auto &queue = m_webhookQueues[webhook];
        if (!queue) {
            queue = std::make_unique<DeliveryQueue>(m_db, m_profile, webhook);
            connectQueue(*queue);
            queue->setHeld(m_holdReason != Hold::Reason::None);
        }
        queue->setDestination(destination);
    }
    // A category may have left a webhook that broke: what failed there goes where it goes now.
    m_profileQueue->heal();
    for (auto &[webhook, queue] : m_webhookQueues)
        queue->heal();
    applyHold();
    wake();
    Q_EMIT changed();
}

void Deliveries::applyHold()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Hold &hold = m_profile.hold();
    const Hold::Reason reason = hold.reasonAt(now);
    const QDateTime next = hold.nextChange(now);
    const QDateTime ends = reason == Hold::Reason::None ? QDateTime() : next;
    m_holdTimer.stop();
    if (next.isValid() || hold.quietHours) {
        qint64 wait = HoldCheckMs;
        if (next.isValid())
            wait = qBound<qint64>(0, now.msecsTo(next), wait);
        m_holdTimer.start(int(wait));
    }
    if (reason == m_holdReason && ends == m_holdEnds)
        return;
    m_holdReason = reason;
    m_holdEnds = ends;
    const bool held = reason != Hold::Reason::None;
    m_profileQueue->setHeld(held);
    for (auto &[webhook, queue] : m_webhookQueues)
        queue->setHeld(held);
    Q_EMIT holdChanged();
}

void Deliveries::wake()
{
    m_profileQueue->wake();
    for (auto &[webhook, queue] : m_webhookQueues)
        queue->wake();
}

QList<const DeliveryQueue *> Deliveries::queues() const
{
    QList<const DeliveryQueue *> all {m_profileQueue.get()};
    for (const auto &[webhook, queue] : m_webhookQueues)
        all << queue.get();
    return all;
}

const DeliveryQueue *Deliveries::pausedQueue() const
{
    for (const DeliveryQueue *queue : queues()) {
        if (queue->state() == DeliveryQueue::State::Paused)
            return queue;
    }
    return nullptr;
}

bool Deliveries::anySending() const
{
    for (const DeliveryQueue *queue : queues()) {
        if (queue->state() == DeliveryQueue::State::Sending
            || queue->state() == DeliveryQueue::State::Waiting)
            return true;
    }
    return false;
}

void Deliveries::setBackoff(int baseMs, int maxMs)
{
    m_backoffBaseMs = baseMs;
    m_backoffMaxMs = maxMs;
    m_profileQueue->setBackoff(baseMs, maxMs);
    for (auto &[webhook, queue] : m_webhookQueues)
        queue->setBackoff(baseMs, maxMs);
}
