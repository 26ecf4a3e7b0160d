#include "ratelimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRefuse();
    void refillsEvenly();
    void retryAfterIsWholeSecondsUntilATokenIsBack();
    void zeroMeansOff();
    void newKeyOrLimitStartsFull();
    void eachKeyHasItsOwnBucket();
    void manyKeysKeepTheirLimits();

private:
    qint64 m_now = 0;
};

void TestRateLimiter::burstThenRefuse()
{
    m_now = 0;
    RateLimiter limiter([this] { return m_now; });
    for (int i = 0; i < 120; ++i)
        QVERIFY2(!limiter.tryAcquire(u"k"_s, 120).has_value(), qPrintable(QString::number(i)));
    QVERIFY(limiter.tryAcquire(u"k"_s, 120).has_value());
}

void TestRateLimiter::refillsEvenly()
{
    m_now = 0;
    RateLimiter limiter([this] { return m_now; });
    for (int i = 0; i < 60; ++i)
        QVERIFY(!limiter.tryAcquire(u"k"_s, 60));
    QVERIFY(limiter.tryAcquire(u"k"_s, 60)); // empty
    m_now += 999;
    QVERIFY(limiter.tryAcquire(u"k"_s, 60)); // not quite one token yet
    m_now += 1;
    QVERIFY(!limiter.tryAcquire(u"k"_s, 60)); // one per second at 60/min
    QVERIFY(limiter.tryAcquire(u"k"_s, 60));
    m_now += 10 * 60 * 1000; // a long pause refills to the burst size, not beyond
    for (int i = 0; i < 60; ++i)
        QVERIFY(!limiter.tryAcquire(u"k"_s, 60));
    QVERIFY(limiter.tryAcquire(u"k"_s, 60));
}

void TestRateLimiter::retryAfterIsWholeSecondsUntilATokenIsBack()
{
    m_now = 0;
    RateLimiter limiter([this] { return m_now; });
    for (int i = 0; i < 2; ++i)
        QVERIFY(!limiter.tryAcquire(u"k"_s, 2));
    // 2 a minute: one token every 30 s.
    QCOMPARE(limiter.tryAcquire(u"k"_s, 2).value_or(-1), 30);
    m_now += 20000;
    QCOMPARE(limiter.tryAcquire(u"k"_s, 2).value_or(-1), 10);
    m_now += 9500;
    QCOMPARE(limiter.tryAcquire(u"k"_s, 2).value_or(-1), 1); // 0.5 s rounds up, never 0
    m_now += 500;
    QVERIFY(!limiter.tryAcquire(u"k"_s, 2));
}

void TestRateLimiter::zeroMeansOff()
{
    m_now = 0;
    RateLimiter limiter([this] { return m_now; });
    for (int i = 0; i < 10000; ++i)
        QVERIFY(!limiter.tryAcquire(u"k"_s, 0));
}

void TestRateLimiter::newKeyOrLimitStartsFull()
{
    m_now = 0;
    RateLimiter limiter([this] { return m_now; });
    QVERIFY(!limiter.tryAcquire(u"old"_s, 1));
    QVERIFY(limiter.tryAcquire(u"old"_s, 1));
    QVERIFY(!limiter.tryAcquire(u"new"_s, 1)); // a regenerated key
    QVERIFY(limiter.tryAcquire(u"new"_s, 1));
    QVERIFY(!limiter.tryAcquire(u"new"_s, 5)); // a raised limit
}

void TestRateLimiter::eachKeyHasItsOwnBucket()
{
    m_now = 0;
    RateLimiter limiter([this] { return m_now; });
    for (int i = 0; i < 3; ++i)
        QVERIFY(!limiter.tryAcquire(u"busy-tool"_s, 3));
    QVERIFY(limiter.tryAcquire(u"busy-tool"_s, 3));
    // Another tool's key still has its whole burst...
    for (int i = 0; i < 3; ++i)
        QVERIFY(!limiter.tryAcquire(u"quiet-tool"_s, 3));
    QVERIFY(limiter.tryAcquire(u"quiet-tool"_s, 3));
    // ...and taking it gave the first nothing back.
    QVERIFY(limiter.tryAcquire(u"busy-tool"_s, 3));
}

void TestRateLimiter::manyKeysKeepTheirLimits()
{
    m_now = 0;
    RateLimiter limiter([this] { return m_now; });
    QVERIFY(!limiter.tryAcquire(u"emptied"_s, 1));
    // A thousand other keys come and go; the emptied bucket is not forgotten (it is not full).
    for (int i = 0; i < 1000; ++i)
        QVERIFY(!limiter.tryAcquire(u"key-%1"_s.arg(i), 1));
    QVERIFY(limiter.tryAcquire(u"emptied"_s, 1));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
