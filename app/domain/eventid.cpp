#include "domain/eventid.h"

#include <QMutex>
#include <QRandomGenerator>

namespace {

constexpr char Digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

void appendBase36(QString &out, quint64 value, int width)
{
    QChar buf[16];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = QLatin1Char(Digits[value % 36]);
        value /= 36;
    }
    out.append(buf, width);
}

} // namespace

QString EventId::generate(qint64 msecsSinceEpoch)
{
    static QMutex mutex;
    static qint64 lastTime = 0;
    static quint32 counter = 0;

    constexpr quint32 CounterSpan = 36 * 36 * 36 * 36;
    qint64 time;
    quint32 count;
    {
        QMutexLocker lock(&mutex);
        if (msecsSinceEpoch > lastTime) {
            lastTime = msecsSinceEpoch;
            counter = 0;
        } else if (++counter == CounterSpan) {
            // 1.6 million ids in one millisecond: borrow the next one to stay ordered.
            ++lastTime;
            counter = 0;
        }
        time = lastTime;
        count = counter;
    }

    QString id;
    id.reserve(Length);
    id.append(QLatin1Char('c'));
    appendBase36(id, quint64(time), 8);
    appendBase36(id, count, 4);
    // Time and counter make ids unique; the random part only makes them hard to guess. The
    // global generator is seeded once from the system's; asking the system for each id was a
    // system call per event.
    appendBase36(id, QRandomGenerator::global()->generate64() % 2821109907456ULL, 8); // 36^8
    return id;
}

bool EventId::isValid(QStringView id)
{
    if (id.size() != Length || id.front() != u'c')
        return false;
    for (QChar c : id.mid(1)) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z')))
            return false;
    }
    return true;
}
