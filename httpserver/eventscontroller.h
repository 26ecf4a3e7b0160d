#pragma once

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

    // Called after an event is committed, e.g. to wake the delivery queue.
    void setOnStored(std::function<void()> onStored) { m_onStored = std::move(onStored); }

    void registerRoutes(ApiServer &server);

    HttpResponse create(const QHttpServerRequest &request);
    HttpResponse get(const QString &eventId);

private:
    LiveProfile &m_profile;
    EventStore &m_events;
    RateLimiter &m_rateLimiter;
    std::function<void()> m_onStored;
};
