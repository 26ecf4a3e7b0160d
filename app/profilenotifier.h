#pragma once

#include <QObject>

// Tells the views of a running instance that something changed, whoever changed it: the API
// storing an event, the delivery queue recording an outcome, or another process (the CLI) seen
// through the database watcher. Views reload from the stores when told; none of them polls.
class ProfileNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileNotifier)

public:
    explicit ProfileNotifier(QObject *parent = nullptr)
        : QObject(parent)
    { }

Q_SIGNALS:
    // Events were added or changed their delivery status.
    void eventsChanged();
    // Categories or settings may have changed.
    void profileChanged();
};
