#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <chrono>
#include <memory>

class QThread;

// Keeps a processor core from going to sleep for a moment, so that what the process expects next
// (the disk finishing a sync, clients sending again once answered) is handled at once instead of
// after a sleeping core wakes up: tens of microseconds from a laptop's deeper sleep states, more
// in a virtual machine, where a halted processor is woken by its host. A group commit waits twice
// a cycle (for the disk, then for the clients it answered), and with every client in the
// transaction nothing else keeps the core busy meanwhile.
//
// A thread of the lowest priority (SCHED_IDLE on Linux) spins until the time asked: it runs only
// when nothing else of any process wants a core, and gives it up the moment something does. Not
// asked, or once the time has passed, it sleeps and costs nothing.
class CoreAwake
{
    Q_DISABLE_COPY_MOVE(CoreAwake)

public:
    // Starts the thread, asleep.
    CoreAwake();
    ~CoreAwake();

    // Keeps a core awake until at least `duration` from now; a later deadline already asked for
    // stays. From any thread: an atomic update, and a wake-up of the thread only when it sleeps.
    void keepAwakeFor(std::chrono::nanoseconds duration);

    // The thread's name, as the system shows it (for tests and the benchmark).
    static constexpr const char *ThreadName = "pingpanda-awake";

private:
    void run();
    void wake();

    std::atomic<qint64> m_until {0}; // steady_clock, nanoseconds since its epoch
    std::atomic<bool> m_asleep {false};
    std::atomic<bool> m_stop {false};
    QMutex m_mutex; // for m_wakeUp
    QWaitCondition m_wakeUp;
    std::unique_ptr<QThread> m_thread;
};
