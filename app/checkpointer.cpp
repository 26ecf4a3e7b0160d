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

    std::optional<Error> failure;
    Context *context = checkpointer->m_context.get();
    QMetaObject::invokeMethod(
        context,
        [context, &dataDir, &failure] {
            Result<std::unique_ptr<Database>> database = Database::open(dataDir);
            if (!database) {
                failure = database.error();
                return;
            }
            context->database = std::move(database).value();
        },
        Qt::BlockingQueuedConnection);
    if (failure)
        return *failure; // the destructor stops the thread
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
