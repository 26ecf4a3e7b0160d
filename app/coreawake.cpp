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
#elif defined(Q_PROCESSOR_ARM) && defined(Q_CC_GNU)
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
    if (m_asleep.load()) {
        QMutexLocker lock(&m_mutex);
        m_wakeUp.wakeOne();
    }
}

void CoreAwake::run()
{
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            m_asleep.store(true);
            while (!m_stop.load() && now() >= m_until.load())
                m_wakeUp.wait(&m_mutex);
            m_asleep.store(false);
        }
        while (now() < m_until.load(std::memory_order_relaxed)
            && !m_stop.load(std::memory_order_relaxed)) {
            relax();
        }
        if (m_stop.load())
            return;
    }
}
