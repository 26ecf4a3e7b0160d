#include "ratelimiter.h"

#include <cmath>

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
    if (key != m_key || perMinute != m_perMinute) {
        // A new key or a new limit starts with a full bucket.
        m_key = key;
        m_perMinute = perMinute;
        m_tokens = perMinute;
        m_lastRefill = now;
    }
    const double perMs = perMinute / 60000.0;
    m_tokens = std::min<double>(perMinute, m_tokens + double(now - m_lastRefill) * perMs);
    m_lastRefill = now;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return std::nullopt;
    }
    const double msUntilToken = (1.0 - m_tokens) / perMs;
    return std::max(1, int(std::ceil(msUntilToken / 1000.0)));
}
