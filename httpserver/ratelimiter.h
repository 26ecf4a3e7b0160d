#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

// A token bucket per API key: perMinute tokens refill evenly over a minute and the bucket holds
// at most perMinute, so a quiet script may burst. 0 turns the limit off. Each key has its own
// bucket, so one busy tool cannot use up another's; a new key, or a new limit, starts full.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit RateLimiter(Clock clock = {});

    // Takes a token for `key`; when none is left, the whole seconds until one will be there.
    std::optional<int> tryAcquire(const QString &key, int perMinute);

private:
    struct Bucket
    {
        int perMinute = -1;
        double tokens = 0;
        qint64 lastRefill = 0;
    };
    // Forgets the buckets that are full again: they would start full anyway.
    void dropFull(qint64 now);

    Clock m_clock;
    QElapsedTimer m_elapsed;
    QHash<QString, Bucket> m_buckets;
};
