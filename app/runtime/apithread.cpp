#include "runtime/apithread.h"

#include "apiserver.h"
#include "categoriescontroller.h"
#include "config/liveprofile.h"
#include "domain/event.h"
#include "eventscontroller.h"
#include "healthcontroller.h"
#include "hookscontroller.h"
#include "ratelimiter.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/eventwriter.h"

#include <QElapsedTimer>

#include <optional>
#include <utility>

// Everything the API runs on, created, used and destroyed on the API thread.
class ApiThread::Server : public QObject
{
public:
    Status open(const Options &options, QObject *caller);

    std::unique_ptr<Database> database;
    std::unique_ptr<LiveProfile> profile;
    std::unique_ptr<EventStore> events;
    std::unique_ptr<EventWriter> writer;
    std::unique_ptr<RateLimiter> rateLimiter;
    std::unique_ptr<EventsController> eventsController;
    std::unique_ptr<CategoriesController> categoriesController;
    std::unique_ptr<HooksController> hooksController;
    std::unique_ptr<ApiServer> http;

    QObject *caller = nullptr;
    std::function<void(const QList<Event> &)> onStored;
    QList<Event> stored; // since the last hand-over to the caller

    // New events go to the caller's thread once per turn of this thread's event loop, not one
    // call each: under load a turn answers a whole transaction's events.
    // Retention follows the writes: checked at most once a minute, after events were stored, so
    // that an idle server wakes for nothing.
    QElapsedTimer sincePrune;
    void prune()
    {
        sincePrune.start();
        writer->prune({profile->historyKeepDays(), profile->historyMaxEvents()});
    }
    // Asked for (Save and apply): the settings as saved this moment, which may be younger than
    // the profile's last look at the database.
    void pruneNow()
    {
        if (profile->reload())
            prune();
    }
    void maybePrune()
    {
        constexpr qint64 PruneIntervalMs = 60 * 1000;
        if (!sincePrune.isValid() || sincePrune.elapsed() >= PruneIntervalMs)
            prune(); // the profile as the last request saw it: it looks for changes itself
    }

    void noteStored(const Event &event)
    {
        stored.append(event);
        if (stored.size() == 1)
            QMetaObject::invokeMethod(
                this, [this] { handOver(); }, Qt::QueuedConnection);
    }
    void handOver()
    {
        maybePrune();
        QMetaObject::invokeMethod(
            caller, [events = std::exchange(stored, {}), f = onStored] { f(events); },
            Qt::QueuedConnection);
    }

    void close()
    {
        // The server first: no request may reach a controller that is being destroyed.
        http.reset();
        hooksController.reset();
        eventsController.reset();
        categoriesController.reset();
        writer.reset();
        events.reset();
        profile.reset();
        database.reset();
    }
};

Status ApiThread::Server::open(const Options &options, QObject *caller)
{
    Result<std::unique_ptr<Database>> db = Database::open(options.dataDir);
    if (!db)
        return db.error();
    database = std::move(db).value();
    profile = std::make_unique<LiveProfile>(*database);
    if (Status s = profile->reload(); !s)
        return s;
    events = std::make_unique<EventStore>(*database);
    Result<std::unique_ptr<EventWriter>> started = EventWriter::start(options.dataDir);
    if (!started)
        return started.error();
    writer = std::move(started).value();
    rateLimiter = std::make_unique<RateLimiter>();
    eventsController = std::make_unique<EventsController>(*profile, *events, *writer, *rateLimiter);
    categoriesController = std::make_unique<CategoriesController>(*profile);
    hooksController
        = std::make_unique<HooksController>(*profile, *database, *eventsController, *rateLimiter);
    if (options.onStored) {
        // Handed to the caller's thread: the answers have gone out by then, and nothing there
        // (delivery, the views) holds up the next request.
        this->caller = caller;
        onStored = options.onStored;
        eventsController->setOnStored([this](const Event &event) { noteStored(event); });
    }

    // A database from before retention is rewritten once so that deletions give space back;
    // only when retention is set, and before the API answers.
    if (profile->historyKeepDays() > 0 || profile->historyMaxEvents() > 0) {
        if (Status s = database->enableIncrementalVacuum(); !s)
            qWarning("%s", qPrintable(s.error().message));
    }
    prune();

    http = std::make_unique<ApiServer>(*profile, options.limits);
    eventsController->registerRoutes(*http);
    categoriesController->registerRoutes(*http);
    hooksController->registerRoutes(*http);
    HealthController::registerRoutes(*http);
    return http->listen(options.address, options.port);
}

ApiThread::ApiThread() = default;

Result<std::unique_ptr<ApiThread>> ApiThread::start(const Options &options)
{
    std::unique_ptr<ApiThread> api(new ApiThread);
    api->m_thread.setObjectName(QStringLiteral("pingpanda-api"));
    api->m_server = std::make_unique<Server>();
    api->m_server->moveToThread(&api->m_thread);
    api->m_thread.start();

    std::optional<Status> opened;
    Server *server = api->m_server.get();
    QMetaObject::invokeMethod(
        server,
        [&] {
            opened = server->open(options, api.get());
            if (*opened) {
                api->m_url = server->http->url();
                api->m_port = server->http->serverPort();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!*opened)
        return opened->error(); // the destructor closes what was opened and stops the thread
    return api;
}

ApiThread::~ApiThread()
{
    if (m_thread.isRunning()) {
        Server *server = m_server.get();
        QMetaObject::invokeMethod(
            server, [server] { server->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

int ApiThread::connectionCount() const
{
    return m_server->http ? m_server->http->connectionCount() : 0;
}

void ApiThread::serve()
{
    Server *server = m_server.get();
    QMetaObject::invokeMethod(
        server, [server] { server->http->setAccepting(true); }, Qt::BlockingQueuedConnection);
}

void ApiThread::pruneHistory()
{
    Server *server = m_server.get();
    QMetaObject::invokeMethod(
        server, [server] { server->pruneNow(); }, Qt::QueuedConnection);
}

void ApiThread::setTokenAvailable(bool available)
{
    Server *server = m_server.get();
    QMetaObject::invokeMethod(
        server, [server, available] { server->profile->setTokenAvailable(available); },
        Qt::BlockingQueuedConnection);
}
