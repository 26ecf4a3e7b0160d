#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <optional>

// A token bucket per API key: perMinute tokens refill evenly over a minute and the bucket holds
// at most perMinute, so a quiet script may burst. 0 turns the limit off. Only the current key
// has a bucket: a regenerated key starts full.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit RateLimiter(Clock clock = {});

    // Takes a token for `key`; when none is left, the whole seconds until one will be there.
    std::optional<int> tryAcquire(const QString &key, int perMinute);

private:
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QString m_key;
    int m_perMinute = -1;
    double m_tokens = 0;
    qint64 m_lastRefill = 0;
};
