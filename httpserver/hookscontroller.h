#pragma once

#include "apiserver.h"
#include "hooks/hookreader.h"
#include "storage/eventstore.h"

#include <variant>

class Database;
class EventsController;
class LiveProfile;
class RateLimiter;

// POST /api/v1/hooks/<name>: another program's own webhook payload, read by the hook's preset
// into an event of the hook's category. After the server's checks (421, 403 Origin), in this
// order: 404 unknown hook, 401 wrong or missing key (for GitHub, the X-Hub-Signature-256 made
// with it), 403 no destination, 415, 400, 422 a payload the preset cannot read, 404 the hook's
// category is gone, 429 (each hook its own bucket), then stored as events are: the 200 comes
// once it is on disk. A GitHub ping answers 200 and stores nothing.
//
// What each authenticated delivery was and became is kept with the hook, for the person
// setting up the sender.
class HooksController
{
    Q_DISABLE_COPY_MOVE(HooksController)

public:
    HooksController(LiveProfile &profile, Database &database, EventsController &events,
        RateLimiter &rateLimiter);

    void registerRoutes(ApiServer &server);
    void receive(
        const QHttpServerRequest &request, const QString &name, ApiServer::Respond respond);

private:
    // The event to store, or the answer that refuses the delivery (an ignored ping is a 200).
    std::variant<NewEvent, HttpResponse> check(
        const QHttpServerRequest &request, const Hook &hook, QString &outcome);
    std::optional<ApiError> authenticate(const QHttpServerRequest &request, const Hook &hook) const;
    void noteReceived(const Hook &hook, const QByteArray &payload, const QString &outcome);

    LiveProfile &m_profile;
    Database &m_db;
    EventsController &m_events;
    RateLimiter &m_rateLimiter;
};
