// CoreAwake: a thread of the lowest priority that keeps a core from sleeping until the time asked,
// and costs nothing otherwise. Watched through the system's accounting of the thread.

#include "coreawake.h"
#include "threadstats.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <sched.h>

using namespace std::chrono_literals;

class TestCoreAwake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void runsAtTheLowestPriority();
    void sleepsWhenNotAsked();
    void spinsUntilTheTimeAsked();
    void sleepsOnceTheTimeHasPassed();
    void aShorterRequestKeepsTheLaterDeadline();
    void destroyingItStopsTheSpinning();

private:
    std::chrono::nanoseconds cpu() const { return threadCpuTime(m_tid); }
    // Waits until the thread has spun for `amount` more than `from` (a SCHED_IDLE thread gets a
    // core only when no other thread of the machine wants one, so this may take a while).
    bool spunFor(std::chrono::nanoseconds from, std::chrono::nanoseconds amount) const;

    std::unique_ptr<CoreAwake> m_awake;
    qint64 m_tid = -1;
};

void TestCoreAwake::init()
{
    m_awake = std::make_unique<CoreAwake>();
    QTRY_VERIFY((m_tid = threadIdByName(CoreAwake::ThreadName)) != -1);
    QVERIFY(cpu() >= 0ns);
}

void TestCoreAwake::cleanup()
{
    m_awake.reset();
    m_tid = -1;
    // The destructor returns once the thread's work is done; the thread itself ends a moment
    // later, and the next test must not find it.
    QTRY_COMPARE(threadIdByName(CoreAwake::ThreadName), -1);
}

bool TestCoreAwake::spunFor(std::chrono::nanoseconds from, std::chrono::nanoseconds amount) const
{
    QElapsedTimer waited;
    waited.start();
    while (cpu() - from < amount) {
        if (waited.hasExpired(30000))
            return false;
        QThread::msleep(5);
    }
    return true;
}

void TestCoreAwake::runsAtTheLowestPriority()
{
    // It must never take a core from anything else, of this process or another.
    QCOMPARE(sched_getscheduler(pid_t(m_tid)), SCHED_IDLE);
}

void TestCoreAwake::sleepsWhenNotAsked()
{
    QThread::msleep(50); // its start
    const auto before = cpu();
    QThread::msleep(300);
    QVERIFY2(cpu() - before < 1ms, qPrintable(QString::number((cpu() - before).count())));
}

void TestCoreAwake::spinsUntilTheTimeAsked()
{
    const auto before = cpu();
    m_awake->keepAwakeFor(60s);
    QVERIFY2(spunFor(before, 20ms), qPrintable(QString::number((cpu() - before).count())));
}

void TestCoreAwake::sleepsOnceTheTimeHasPassed()
{
    const auto before = cpu();
    m_awake->keepAwakeFor(100ms);
    QTRY_VERIFY(cpu() > before); // woken
    QThread::msleep(400); // past the deadline
    const auto after = cpu();
    QThread::msleep(300);
    QVERIFY2(cpu() - after < 1ms, qPrintable(QString::number((cpu() - after).count())));
}

void TestCoreAwake::aShorterRequestKeepsTheLaterDeadline()
{
    m_awake->keepAwakeFor(60s);
    m_awake->keepAwakeFor(1ms);
    QThread::msleep(300); // long past the shorter one
    const auto later = cpu();
    QVERIFY2(spunFor(later, 20ms), qPrintable(QString::number((cpu() - later).count())));
}

void TestCoreAwake::destroyingItStopsTheSpinning()
{
    const auto before = cpu();
    m_awake->keepAwakeFor(60s);
    QVERIFY(spunFor(before, 10ms));
    QElapsedTimer destroying;
    destroying.start();
    m_awake.reset();
    QVERIFY2(destroying.elapsed() < 5000, qPrintable(QString::number(destroying.elapsed())));
    QTRY_COMPARE(threadIdByName(CoreAwake::ThreadName), -1);
}

QTEST_GUILESS_MAIN(TestCoreAwake)
#include "tst_coreawake.moc"
