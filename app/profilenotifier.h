#pragma once

#include "event.h"

#include <QObject>
#include <QTimer>

// Tells the views of a running instance that something changed, whoever changed it: the API
// storing an event, the delivery queue recording an outcome, or another process (the CLI) seen
// through the database watcher. Views reload from the stores when told; none of them polls.
//
// Changes are noted, and the signals go out once per turn of the event loop: a burst of a
// thousand events costs each view one reload, not a thousand.
class ProfileNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileNotifier)

public:
    explicit ProfileNotifier(QObject *parent = nullptr);

public Q_SLOTS:
    // A new event was stored by this instance: eventReceived() at once, eventsChanged() with
    // the rest of this loop turn's changes.
    void noteEventReceived(const Event &event);
    void noteEventsChanged();
    void noteProfileChanged();

Q_SIGNALS:
    // Events were added or changed their delivery status.
    void eventsChanged();
    // Each new event this instance stored (for a notification per event).
    void eventReceived(const Event &event);
    // Categories or settings may have changed.
    void profileChanged();

private:
    void flush();

    QTimer m_flush;
    bool m_events = false;
    bool m_profile = false;
};
