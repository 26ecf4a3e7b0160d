#include "coreawake.h"

#include <QThread>

#if defined(Q_PROCESSOR_X86)
#include <immintrin.h>
#endif

namespace {

qint64 now()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Tells the processor this is a spin-wait: it saves power and leaves the core's resources to a
// sibling hardware thread.
inline void relax()
{
#if defined(Q_PROCESSOR_X86)
    _mm_pause();
#elif defined(Q_PROCESSOR_ARM)
    asm volatile("yield");
#endif
}

} // namespace

CoreAwake::CoreAwake()
    : m_thread(QThread::create([this] { run(); }))
{
    m_thread->setObjectName(QString::fromLatin1(ThreadName));
    m_thread->start(QThread::IdlePriority);
}

CoreAwake::~CoreAwake()
{
    m_stop.store(true);
    wake();
    m_thread->wait();
}

void CoreAwake::keepAwakeFor(std::chrono::nanoseconds duration)
{
    const qint64 until = now() + duration.count();
    qint64 current = m_until.load(std::memory_order_relaxed);
    while (current < until && !m_until.compare_exchange_weak(current, until)) { }
    wake();
}

void CoreAwake::wake()
{
    // Pairs with run(): the thread marks itself asleep before it looks at the deadline, and this
    // looks whether it sleeps after the deadline moved, so one of the two sees the other's change.
    if (m_asleep.load() && m_asleep.exchange(false)) {
        m_generation.fetch_add(1);
        m_generation.notify_one();
    }
}

void CoreAwake::run()
{
    for (;;) {
        const quint32 generation = m_generation.load();
        m_asleep.store(true);
        if (m_stop.load())
            return;
        if (now() >= m_until.load()) {
            m_generation.wait(generation); // returns at once if wake() came in between
            continue;
        }
        m_asleep.store(false);
        while (now() < m_until.load(std::memory_order_relaxed)
            && !m_stop.load(std::memory_order_relaxed)) {
            relax();
        }
    }
}
