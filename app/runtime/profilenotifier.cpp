#include "runtime/profilenotifier.h"

ProfileNotifier::ProfileNotifier(QObject *parent)
    : QObject(parent)
{
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &ProfileNotifier::flush);
}

void ProfileNotifier::noteEventReceived(const Event &event)
{
    Q_EMIT eventReceived(event);
    noteEventsChanged();
}

void ProfileNotifier::noteEventsChanged()
{
    m_events = true;
    schedule();
}

void ProfileNotifier::noteProfileChanged()
{
    // Rare and made by a person (a setting, a category): at the next turn of the event loop.
    m_profile = true;
    m_flush.start(0);
}

void ProfileNotifier::schedule()
{
    if (m_flush.isActive())
        return;
    // At the next turn of the event loop, unless the views were told less than MinIntervalMs
    // ago: then when that much has passed.
    const qint64 since = m_lastFlush.isValid() ? m_lastFlush.elapsed() : MinIntervalMs;
    m_flush.start(int(qMax<qint64>(0, MinIntervalMs - since)));
}

void ProfileNotifier::flush()
{
    m_lastFlush.start();
    // The profile first: views showing events may depend on the categories.
    if (std::exchange(m_profile, false))
        Q_EMIT profileChanged();
    if (std::exchange(m_events, false))
        Q_EMIT eventsChanged();
}
