#pragma once

#include "error.h"

#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

class Database;

// Copies what the write-ahead log holds into the database file (a checkpoint) on a thread and a
// connection of its own, so that the event writer's commits do not wait for it.
//
// Left to itself SQLite checkpoints inside the commit that takes the log past 1,000 pages: two
// syncs to disk and the copying, while every client of that transaction and of the next waits.
// Here the writer asks for a pass every few dozen commits (EventWriter::CheckpointPages) and goes
// on committing while it runs; a pass copies what was committed before it started. SQLite writes
// the log from its start again only when a transaction begins with all of it copied, so the
// writer copies the little that came in during a pass itself, once it has nothing else to do
// (a catch-up); were it never idle, SQLite's own checkpoint at 1,000 pages still does it, as
// before, from a log mostly copied already.
class Checkpointer
{
    Q_DISABLE_COPY_MOVE(Checkpointer)

public:
    // Opens the profile's database on a new thread.
    static Result<std::unique_ptr<Checkpointer>> start(const QString &dataDir);
    // Finishes a running pass, then stops the thread.
    ~Checkpointer();

    // Any thread: starts a pass unless one is running.
    void request();
    // Any thread: whether a pass finished since the last call.
    bool takeFinished() { return m_finished.exchange(false); }

    // For tests: the passes that ran.
    quint64 passes() const { return m_passes.load(); }

private:
    class Context;

    Checkpointer();
    void pass();

    QThread m_thread;
    std::unique_ptr<Context> m_context; // lives on m_thread
    std::atomic<bool> m_running = false;
    std::atomic<bool> m_finished = false;
    std::atomic<quint64> m_passes = 0;
};
