#pragma once

#include "domain/error.h"
#include "storage/eventstore.h"
#include "storage/retention.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <memory>

// Stores new events on a thread of its own, through its own database connection, many at a
// time: events that arrive while one transaction commits go together into the next (group
// commit). With synchronous=FULL a commit costs one sync to disk however many events it holds,
// so throughput grows with the number of concurrent clients while every answer still waits for
// the commit of its own event; and the thread that serves HTTP never waits for the disk, nor for
// another process holding the database lock.
class EventWriter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventWriter)

public:
    // What one event came to: stored (or replayed), refused, or not written.
    using Done = std::function<void(const Result<StoredEvent> &result)>;
    // The most events one transaction takes; more wait for the next.
    static constexpr int MaxBatch = 1024;
    // How long the writer waits for more events when fewer came than the last transaction held.
    static constexpr qint64 CommitDelayUs = 200;

    // Opens the profile's database on a new thread.
    static Result<std::unique_ptr<EventWriter>> start(const QString &dataDir);
    // Writes what is queued, then stops the thread. Answers not delivered by then are dropped.
    ~EventWriter() override;

    // Queues an event. `done` runs later on this object's thread, after the transaction that
    // holds the event committed (or failed).
    void add(NewEvent event, Done done);

    // Applies history retention on the writer thread, one small step per turn of its event loop
    // so that events keep being written in between; a cycle already running carries on.
    void prune(const Retention::Rule &rule);

    // Figures for the benchmark: transactions committed and events they held.
    quint64 commits() const { return m_commits; }
    quint64 committedEvents() const { return m_committedEvents; }

private:
    class Worker;
    struct Queued
    {
        quint64 ticket;
        NewEvent event;
    };
    using Results = QList<QPair<quint64, Result<StoredEvent>>>;

    EventWriter();
    // On the writer thread: takes what is queued, in batches, until nothing is.
    void drain(Worker &worker);
    // Back on this object's thread: answers the batch.
    void finish(const Results &results);
    // Passes this thread's new events to the writer thread.
    void handOver();
    // On the writer thread: one retention step, and the next queued behind what came meanwhile.
    void pruneStep(Worker &worker, const Retention::Rule &rule);
    QThread m_thread;
    std::unique_ptr<Worker> m_worker;
    QMutex m_mutex; // guards m_queue, m_draining and m_lastBatch
    QList<Queued> m_queue;
    bool m_draining = false;
    qsizetype m_lastBatch = 0;
    QWaitCondition m_arrived;
    // This thread only.
    QList<Queued> m_unsent; // added during this turn of the event loop
    QHash<quint64, Done> m_done;
    quint64 m_nextTicket = 1;
    quint64 m_commits = 0;
    quint64 m_committedEvents = 0;
};
