#pragma once

#include "event.h"
#include "httpresponse.h"

#include <QHttpServerRequest>

#include <functional>

class ApiServer;
class EventStore;
class LiveProfile;
class RateLimiter;

// POST /api/v1/events and GET /api/v1/events/<id>. Authentication is the server's; what is
// left here runs in the contract's order: 403 (no destination), 415, 400, 422, 404, 429, then
// one transaction, and only after its commit the 200.
class EventsController
{
    Q_DISABLE_COPY_MOVE(EventsController)

public:
    EventsController(LiveProfile &profile, EventStore &events, RateLimiter &rateLimiter);

    // Called with each new event once it is committed, e.g. to wake the delivery queue.
    void setOnStored(std::function<void(const Event &)> onStored)
    {
        m_onStored = std::move(onStored);
    }

    void registerRoutes(ApiServer &server);

    HttpResponse create(const QHttpServerRequest &request);
    HttpResponse get(const QString &eventId);

private:
    LiveProfile &m_profile;
    EventStore &m_events;
    RateLimiter &m_rateLimiter;
    std::function<void(const Event &)> m_onStored;
};
