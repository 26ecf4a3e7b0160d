#include "profilenotifier.h"

ProfileNotifier::ProfileNotifier(QObject *parent)
    : QObject(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
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
    m_flush.start();
}

void ProfileNotifier::noteProfileChanged()
{
    m_profile = true;
    m_flush.start();
}

void ProfileNotifier::flush()
{
    // The profile first: views showing events may depend on the categories.
    if (std::exchange(m_profile, false))
        Q_EMIT profileChanged();
    if (std::exchange(m_events, false))
        Q_EMIT eventsChanged();
}
