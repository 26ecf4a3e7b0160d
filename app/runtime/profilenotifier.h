#pragma once

#include "domain/event.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Tells the views of a running instance that something changed, whoever changed it: the API
// storing an event, the delivery queue recording an outcome, or another process (the CLI) seen
// through the database watcher. Views reload from the stores when told; none of them polls.
//
// Changes are noted, and the signals go out at the next turn of the event loop; event changes
// at most once every MinIntervalMs: a burst of a thousand events costs each view one reload,
// and a steady stream of them (the views share the thread that answers the API) a few a second.
class ProfileNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileNotifier)

public:
    static constexpr qint64 MinIntervalMs = 250;

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
    void schedule();
    void flush();

    QTimer m_flush;
    QElapsedTimer m_lastFlush;
    bool m_events = false;
    bool m_profile = false;
};
