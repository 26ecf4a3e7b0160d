#include "checkpointer.h"

#include "database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckpoint, "pingpanda.checkpoint", QtInfoMsg)

class Checkpointer::Context : public QObject
{
public:
    std::unique_ptr<Database> database;
};

Checkpointer::Checkpointer() = default;

Result<std::unique_ptr<Checkpointer>> Checkpointer::start(const QString &dataDir)
{
    std::unique_ptr<Checkpointer> checkpointer(new Checkpointer);
    checkpointer->m_thread.setObjectName(QStringLiteral("pingpanda-checkpoint"));
    checkpointer->m_context = std::make_unique<Context>();
    checkpointer->m_context->moveToThread(&checkpointer->m_thread);
    checkpointer->m_thread.start();

    Result<std::unique_ptr<Database>> database
        = Database::openOnThreadOf(checkpointer->m_context.get(), dataDir);
    if (!database)
        return database.error(); // the destructor stops the thread
    checkpointer->m_context->database = std::move(database).value();
    return checkpointer;
}

Checkpointer::~Checkpointer()
{
    if (m_thread.isRunning()) {
        Context *context = m_context.get();
        QMetaObject::invokeMethod(
            context, [context] { context->database.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void Checkpointer::request()
{
    if (m_running.exchange(true))
        return;
    QMetaObject::invokeMethod(
        m_context.get(), [this] { pass(); }, Qt::QueuedConnection);
}

void Checkpointer::pass()
{
    Result<Database::Checkpoint> done = m_context->database->checkpoint();
    if (!done) {
        // Not fatal: SQLite's own checkpoint still keeps the log from growing.
        qCWarning(lcCheckpoint) << "checkpoint failed:" << done.error().detail;
    } else {
        qCDebug(lcCheckpoint).nospace()
            << "copied " << done.value().copiedPages << " of " << done.value().logPages << " pages"
            << (done.value().busy ? " (busy)" : "");
    }
    ++m_passes;
    m_finished = true;
    m_running = false;
}
