#include "apiservice.h"

#include "apiserver.h"
#include "categoriescontroller.h"
#include "database.h"
#include "eventscontroller.h"
#include "eventstore.h"
#include "healthcontroller.h"
#include "liveprofile.h"
#include "profile.h"
#include "ratelimiter.h"
#include "settings.h"

ApiService::ApiService() = default;

ApiService::~ApiService()
{
    // The server goes first: no request may reach a controller that is being destroyed.
    m_server.reset();
    if (m_db) {
        if (Status s = Profile(*m_db).setRunningUrl(QString()); !s)
            qWarning("Could not clear the running server's address: %ls",
                qUtf16Printable(s.error().message));
    }
}

Result<std::unique_ptr<ApiService>> ApiService::start(const Options &options)
{
    std::unique_ptr<ApiService> service(new ApiService);
    Result<std::unique_ptr<Database>> db = Database::open(options.dataDir);
    if (!db)
        return db.error();
    service->m_db = std::move(db).value();

    Settings settings(*service->m_db);
    const QHostAddress address
        = options.bind.isEmpty() ? settings.serverBind() : QHostAddress(options.bind);
    if (address.isNull())
        return Error::invalidInput(
            tr("\"%1\" is not an IP address to listen on.").arg(options.bind));
    const quint16 port = options.port >= 0 ? quint16(options.port) : settings.serverPort();

    service->m_profile = std::make_unique<LiveProfile>(*service->m_db);
    if (Status s = service->m_profile->reload(); !s)
        return s.error();
    service->m_events = std::make_unique<EventStore>(*service->m_db);
    service->m_rateLimiter = std::make_unique<RateLimiter>();
    service->m_eventsController = std::make_unique<EventsController>(
        *service->m_profile, *service->m_events, *service->m_rateLimiter);
    service->m_categoriesController = std::make_unique<CategoriesController>(*service->m_profile);

    service->m_server = std::make_unique<ApiServer>(*service->m_profile, options.limits);
    service->m_eventsController->registerRoutes(*service->m_server);
    service->m_categoriesController->registerRoutes(*service->m_server);
    HealthController::registerRoutes(*service->m_server);
    if (Status s = service->m_server->listen(address, port); !s)
        return s.error();
    if (Status s = Profile(*service->m_db).setRunningUrl(service->url()); !s)
        return s.error();
    return service;
}

QString ApiService::url() const
{
    return m_server->url();
}
