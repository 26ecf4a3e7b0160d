#include "storage/retention.h"

#include "storage/database.h"
#include "storage/eventcounts.h"
#include "storage/eventstore.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

using namespace Qt::StringLiterals;

Result<int> Retention::step(const Rule &rule, const QDateTime &now, int limit)
{
    if (!rule.any())
        return 0;
    int deleted = 0;
    // Not synced on its own: a deletion lost to a power cut is simply made again.
    const Status s = m_db.transaction(
        [&]() -> Status {
            if (rule.keepDays > 0) {
                const Result<int> n
                    = deleteOldest(now.addDays(-rule.keepDays).toMSecsSinceEpoch(), limit);
                if (!n)
                    return n.error();
                deleted += n.value();
            }
            if (rule.maxEvents > 0 && deleted < limit) {
                const Result<qint64> total = EventStore(m_db).count({});
                if (!total)
                    return total.error();
                const qint64 excess = total.value() - rule.maxEvents;
                if (excess > 0) {
                    const Result<int> n = deleteOldest(std::numeric_limits<qint64>::max(),
                        int(qMin<qint64>(excess, limit - deleted)));
                    if (!n)
                        return n.error();
                    deleted += n.value();
                }
            }
            // The pages this step freed go back in the same transaction: one commit a step.
            return deleted > 0 ? givePagesBack(StepPages) : Status();
        },
        Database::Flush::Deferred);
    if (!s)
        return s.error();
    return deleted;
}

Result<qint64> Retention::run(const Rule &rule, const QDateTime &now)
{
    qint64 total = 0;
    for (;;) {
        const Result<int> n = step(rule, now);
        if (!n)
            return n.error();
        if (n.value() == 0)
            break;
        total += n.value();
    }
    const Status freed
        = m_db.transaction([this] { return givePagesBack(0); }, Database::Flush::Deferred);
    if (!freed)
        return freed.error();
    return total;
}

Result<Retention::Size> Retention::size() const
{
    const Result<qint64> events = EventStore(m_db).count({});
    if (!events)
        return events.error();
    Size size;
    size.events = events.value();
    // The database file and its write-ahead log: what the history takes on disk.
    size.bytes = QFileInfo(m_db.filePath()).size() + QFileInfo(m_db.filePath() + u"-wal"_s).size();
    return size;
}

Result<int> Retention::deleteOldest(qint64 before, int limit)
{
    // Oldest first along events_by_time; pending events stay, whatever their age: they are
    // still owed a delivery.
    Result<QSqlQuery *> q = m_db.cached(
        u"DELETE FROM events WHERE seq IN (SELECT seq FROM events INDEXED BY events_by_time "
        "WHERE created_at < ? AND status <> 'PENDING' ORDER BY created_at, seq LIMIT ?) "
        "RETURNING category, status"_s);
    if (!q)
        return q.error();
    q.value()->bindValue(0, before);
    q.value()->bindValue(1, limit);
    if (Status s = Database::exec(*q.value(), tr("Deleting old events")); !s)
        return s.error();
    EventCounts::Tally gone;
    int deleted = 0;
    while (q.value()->next()) {
        ++gone[{q.value()->value(0).toString(), q.value()->value(1).toString()}];
        ++deleted;
    }
    if (Status s = EventCounts(m_db).removed(gone); !s)
        return s.error();
    return deleted;
}

Status Retention::givePagesBack(int pages)
{
    qint64 free = 0;
    const Result<bool> read
        = m_db.readFirstRow(u"PRAGMA freelist_count"_s, {}, tr("Giving disk space back"),
            [&free](const QSqlQuery &row) { free = row.value(0).toLongLong(); });
    if (!read)
        return read.error();
    const qint64 count = pages > 0 ? qMin<qint64>(pages, free) : free;
    // One page per step of the pragma, and Qt SQL steps a statement without result columns
    // once: so one page per run. Does nothing on a database that is not in incremental
    // auto-vacuum mode (see Database::enableIncrementalVacuum).
    Result<QSqlQuery *> q = m_db.cached(u"PRAGMA incremental_vacuum(1)"_s);
    if (!q)
        return q.error();
    for (qint64 i = 0; i < count; ++i) {
        if (Status s = Database::exec(*q.value(), tr("Giving disk space back")); !s)
            return s;
        q.value()->finish(); // stopped after its one step: done with it
    }
    return {};
}
