#pragma once

#include "discord/deliveryqueue.h"
#include "domain/hold.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

// Every destination's delivery queue: the profile's own (a DM or the profile's webhook) and one
// per webhook that categories have of their own, each with its own rate limits and its own pause
// when broken, so that a dead category webhook never stops the rest. And the hold they all
// follow (quiet hours, a snooze), with the one timer that lifts it on time; the timer runs only
// while a hold is set.
class Deliveries : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Deliveries)

public:
    Deliveries(Database &database, LiveProfile &profile, QObject *parent = nullptr);
    ~Deliveries() override;

    // Where the profile's own events go (its settings and the token).
    void setProfileDestination(const DeliveryQueue::Destination &destination);
    // The profile was reloaded: a queue for each category webhook, and the hold as now set.
    void applyProfile();
    // There may be something new to send.
    void wake();

    DeliveryQueue &profileQueue() { return *m_profileQueue; }
    const DeliveryQueue &profileQueue() const { return *m_profileQueue; }
    // The profile's queue first, then one per category webhook.
    QList<const DeliveryQueue *> queues() const;
    // The first queue with a problem only the person can fix, if any.
    const DeliveryQueue *pausedQueue() const;
    bool anySending() const;

    // Whether sends are held now, why, and until when (invalid: no end set).
    Hold::Reason holdReason() const { return m_holdReason; }
    QDateTime holdEnds() const { return m_holdEnds; }

    // For every queue (tests; see DeliveryQueue::setBackoff).
    void setBackoff(int baseMs, int maxMs);

Q_SIGNALS:
    void delivered(const QStringList &eventIds);
    void failed(const QStringList &eventIds, const QString &reason);
    // A queue's state changed (each message is two steps), or which queues there are.
    void changed();
    // The hold began, ended or now ends at another time.
    void holdChanged();

private:
    void connectQueue(DeliveryQueue &queue);
    void applyHold();

    Database &m_db;
    LiveProfile &m_profile;
    std::unique_ptr<DeliveryQueue> m_profileQueue;
    std::map<QString, std::unique_ptr<DeliveryQueue>> m_webhookQueues; // by webhook address
    QTimer m_holdTimer;
    Hold::Reason m_holdReason = Hold::Reason::None;
    QDateTime m_holdEnds;
    int m_backoffBaseMs = -1;
    int m_backoffMaxMs = -1;
};
