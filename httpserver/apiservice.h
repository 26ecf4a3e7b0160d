#pragma once

#include "error.h"
#include "serverlimits.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class ApiServer;
class CategoriesController;
class Database;
class EventStore;
class EventsController;
class LiveProfile;
class RateLimiter;

// The running Events API of one profile: its database connection, the live profile, the
// controllers and the server, wired together and listening. What `pingpanda --headless` runs,
// and what the tray app will run beside its windows.
class ApiService
{
    Q_DECLARE_TR_FUNCTIONS(ApiService)
    Q_DISABLE_COPY_MOVE(ApiService)

public:
    struct Options
    {
        QString dataDir;
        int port = -1; // -1: the server.port setting; 0: any free port
        QString bind; // empty: the server.bind setting
        ServerLimits limits;
    };

    static Result<std::unique_ptr<ApiService>> start(const Options &options);
    ~ApiService();

    QString url() const;
    ApiServer &server() { return *m_server; }

private:
    ApiService();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<LiveProfile> m_profile;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<EventsController> m_eventsController;
    std::unique_ptr<CategoriesController> m_categoriesController;
    std::unique_ptr<ApiServer> m_server;
};
