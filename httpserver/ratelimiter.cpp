#include "ratelimiter.h"

#include <cmath>

namespace {

// Enough buckets for every tool a person sets up; past that, the full ones are dropped.
constexpr qsizetype BucketsKept = 256;

} // namespace

RateLimiter::RateLimiter(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        m_elapsed.start();
        m_clock = [this] { return m_elapsed.elapsed(); };
    }
}

std::optional<int> RateLimiter::tryAcquire(const QString &key, int perMinute)
{
    if (perMinute <= 0)
        return std::nullopt;
    const qint64 now = m_clock();
    if (m_buckets.size() >= BucketsKept && !m_buckets.contains(key))
        dropFull(now);
    Bucket &bucket = m_buckets[key];
    if (perMinute != bucket.perMinute) {
        bucket.perMinute = perMinute;
        bucket.tokens = perMinute;
        bucket.lastRefill = now;
    }
    const double perMs = perMinute / 60000.0;
    bucket.tokens
        = std::min<double>(perMinute, bucket.tokens + double(now - bucket.lastRefill) * perMs);
    bucket.lastRefill = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    const double msUntilToken = (1.0 - bucket.tokens) / perMs;
    return std::max(1, int(std::ceil(msUntilToken / 1000.0)));
}

void RateLimiter::dropFull(qint64 now)
{
    m_buckets.removeIf([now](const QHash<QString, Bucket>::iterator it) {
        const Bucket &b = it.value();
        return b.tokens + double(now - b.lastRefill) * b.perMinute / 60000.0 >= b.perMinute;
    });
}
