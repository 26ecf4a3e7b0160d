#pragma once

#include "apiserver.h"
#include "domain/event.h"
#include "httpresponse.h"
#include "storage/eventstore.h"

#include <functional>
#include <variant>

class EventStore;
class EventWriter;
class LiveProfile;
class RateLimiter;

// POST /api/v1/events and GET /api/v1/events/<id>. Authentication is the server's; what is
// left here runs in the contract's order: 403 (no destination), 415, 400, 422, 403 (a tool's key
// sending a category it may not), 404, 429 (each key its own bucket), then the event goes to the
// writer thread, and only after the commit of the transaction that holds it comes the 200.
class EventsController
{
    Q_DISABLE_COPY_MOVE(EventsController)

public:
    EventsController(
        LiveProfile &profile, EventStore &events, EventWriter &writer, RateLimiter &rateLimiter);

    // Called with each new event once it is committed, e.g. to wake the delivery queue.
    void setOnStored(std::function<void(const Event &)> onStored)
    {
        m_onStored = std::move(onStored);
    }

    void registerRoutes(ApiServer &server);

    void create(
        const QHttpServerRequest &request, const Caller &caller, ApiServer::Respond respond);
    HttpResponse get(const QString &eventId, const Caller &caller);
    // Hands a checked event to the writer and answers 200 once it is on disk (or why it is not);
    // what follows a stored event (onStored) comes after the answer. Hooks store through here.
    void store(NewEvent event, ApiServer::Respond respond);

private:
    // Everything up to the write: the event to store, or the answer that refuses it.
    std::variant<NewEvent, HttpResponse> check(
        const QHttpServerRequest &request, const Caller &caller);

    LiveProfile &m_profile;
    EventStore &m_events;
    EventWriter &m_writer;
    RateLimiter &m_rateLimiter;
    std::function<void(const Event &)> m_onStored;
};
