#include "storage/eventwriter.h"

#include "storage/database.h"

#include <QLoggingCategory>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcEventWriter, "pingpanda.writer", QtInfoMsg)

// Lives on the writer thread with the connection it opened there.
class EventWriter::Worker : public QObject
{
public:
    std::unique_ptr<Database> database;
    std::unique_ptr<EventStore> store;
    bool pruning = false;
    qint64 pruned = 0; // in the current cycle
};

EventWriter::EventWriter() = default;

Result<std::unique_ptr<EventWriter>> EventWriter::start(const QString &dataDir)
{
    std::unique_ptr<EventWriter> writer(new EventWriter);
    writer->m_thread.setObjectName(QStringLiteral("pingpanda-writer"));
    writer->m_worker = std::make_unique<Worker>();
    writer->m_worker->moveToThread(&writer->m_thread);
    writer->m_thread.start();

    Result<std::unique_ptr<Database>> database
        = Database::openOnThreadOf(writer->m_worker.get(), dataDir);
    if (!database)
        return database.error(); // the destructor stops the thread
    writer->m_worker->database = std::move(database).value();
    writer->m_worker->store = std::make_unique<EventStore>(*writer->m_worker->database);
    return writer;
}

EventWriter::~EventWriter()
{
    if (m_thread.isRunning()) {
        handOver();
        Worker *worker = m_worker.get();
        QMetaObject::invokeMethod(
            worker,
            [this, worker] {
                drain(*worker);
                worker->store.reset();
                worker->database.reset();
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    if (!m_done.isEmpty())
        qCInfo(lcEventWriter) << m_done.size() << "answers dropped at shutdown";
    if (m_commits > 0)
        qCInfo(lcEventWriter).nospace()
            << "stored " << m_committedEvents << " events in " << m_commits << " transactions";
}

void EventWriter::add(NewEvent event, Done done)
{
    const quint64 ticket = m_nextTicket++;
    m_done.insert(ticket, std::move(done));
    m_unsent.append({ticket, std::move(event)});
    if (m_unsent.size() == 1) {
        // Handed over once this turn of the event loop has read every request that was ready:
        // the writer then gets them together, in one transaction, instead of a few at a time.
        QMetaObject::invokeMethod(this, &EventWriter::handOver, Qt::QueuedConnection);
    }
}

void EventWriter::handOver()
{
    if (m_unsent.isEmpty())
        return;
    bool wake = false;
    {
        QMutexLocker lock(&m_mutex);
        m_queue.append(std::move(m_unsent));
        if (m_queue.size() >= m_lastBatch)
            m_arrived.wakeAll();
        wake = !m_draining;
        m_draining = true;
    }
    m_unsent.clear();
    if (wake) {
        Worker *worker = m_worker.get();
        QMetaObject::invokeMethod(
            worker, [this, worker] { drain(*worker); }, Qt::QueuedConnection);
    }
}

void EventWriter::drain(Worker &worker)
{
    for (;;) {
        QList<Queued> batch;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.isEmpty()) {
                m_draining = false;
                return;
            }
            // Commit delay: when fewer events are here than the last transaction held, the
            // others are most likely on their way (clients send again as soon as they are
            // answered); waiting for them a moment makes one sync to disk serve them all.
            if (m_queue.size() < m_lastBatch) {
                m_arrived.wait(&m_mutex,
                    QDeadlineTimer::addNSecs(
                        QDeadlineTimer::current(Qt::PreciseTimer), CommitDelayUs * 1000));
            }
            if (m_queue.size() <= MaxBatch) {
                batch.swap(m_queue);
            } else {
                batch = m_queue.mid(0, MaxBatch);
                m_queue.remove(0, MaxBatch);
            }
            m_lastBatch = batch.size(); // read by handOver() on the other thread
        }
        QList<NewEvent> events;
        events.reserve(batch.size());
        for (Queued &queued : batch)
            events.append(std::move(queued.event));
        QList<Result<StoredEvent>> stored = worker.store->add(events);
        Results results;
        results.reserve(batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i)
            results.append({batch[i].ticket, std::move(stored[i])});
        // Answered on the owner's thread; dropped if the owner is gone by then.
        QMetaObject::invokeMethod(
            this, [this, results = std::move(results)] { finish(results); }, Qt::QueuedConnection);
    }
}

void EventWriter::finish(const Results &results)
{
    bool committed = false;
    for (const auto &[ticket, result] : results) {
        committed = committed || result.ok();
        if (result.ok())
            ++m_committedEvents;
        Done done = m_done.take(ticket);
        if (done)
            done(result);
    }
    if (committed)
        ++m_commits;
}

void EventWriter::prune(const Retention::Rule &rule)
{
    if (!rule.any())
        return;
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker,
        [this, worker, rule] {
            if (worker->pruning)
                return;
            worker->pruning = true;
            worker->pruned = 0;
            pruneStep(*worker, rule);
        },
        Qt::QueuedConnection);
}

void EventWriter::pruneStep(Worker &worker, const Retention::Rule &rule)
{
    const Result<int> deleted
        = Retention(*worker.database).step(rule, QDateTime::currentDateTime());
    if (deleted && deleted.value() > 0) {
        worker.pruned += deleted.value();
        QMetaObject::invokeMethod(
            &worker, [this, &worker, rule] { pruneStep(worker, rule); }, Qt::QueuedConnection);
        return;
    }
    worker.pruning = false;
    if (!deleted)
        qCWarning(lcEventWriter) << "history retention stopped:" << deleted.error().message;
    else if (worker.pruned > 0)
        qCInfo(lcEventWriter) << "history retention deleted" << worker.pruned << "events";
}
