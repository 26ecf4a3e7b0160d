#include "eventscontroller.h"

#include "apiserver.h"
#include "config/liveprofile.h"
#include "contenttype.h"
#include "discord/discordembed.h"
#include "eventvalidator.h"
#include "ratelimiter.h"
#include "storage/eventstore.h"
#include "storage/eventwriter.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

// The answer of a stored event, members in the hosted service's order.
HttpResponse accepted(const Event &event)
{
    JsonValue body = JsonValue::object();
    body.insert(u"message"_s, JsonValue::string(u"Event processed successfully"_s));
    body.insert(u"eventId"_s, JsonValue::string(event.id));
    // A replayed event that failed since is answered PENDING, as the hosted service does (a
    // retry may still send it); a muted category's is MUTED (contract §6).
    const DeliveryStatus shown
        = event.status == DeliveryStatus::Failed ? DeliveryStatus::Pending : event.status;
    body.insert(u"deliveryStatus"_s, JsonValue::string(Event::statusName(shown)));
    return HttpResponse::json(200, body);
}

std::optional<ApiError> checkIdempotencyKey(QByteArrayView key)
{
    bool ok = !key.isEmpty() && key.size() <= 255;
    for (char c : key)
        ok = ok && c >= 0x21 && c <= 0x7e;
    if (ok)
        return std::nullopt;
    return ApiError::make(ApiError::Kind::Validation,
        u"The Idempotency-Key header must be 1 to 255 visible ASCII characters (no spaces), such "
        u"as "
        "a UUID."_s);
}

} // namespace

EventsController::EventsController(
    LiveProfile &profile, EventStore &events, EventWriter &writer, RateLimiter &rateLimiter)
    : m_profile(profile)
    , m_events(events)
    , m_writer(writer)
    , m_rateLimiter(rateLimiter)
{ }

void EventsController::registerRoutes(ApiServer &server)
{
    server.route(ApiServer::Method::Post, u"/api/v1/events"_s, ApiServer::Access::ApiKey,
        [this](const QHttpServerRequest &request, const QString &, const Caller &caller,
            ApiServer::Respond respond) { create(request, caller, std::move(respond)); });
    server.route(ApiServer::Method::Get, u"/api/v1/events/<arg>"_s, ApiServer::Access::ApiKey,
        [this](const QHttpServerRequest &, const QString &id, const Caller &caller) {
            return get(id, caller);
        });
}

void EventsController::create(
    const QHttpServerRequest &request, const Caller &caller, ApiServer::Respond respond)
{
    std::variant<NewEvent, HttpResponse> checked = check(request, caller);
    if (HttpResponse *refused = std::get_if<HttpResponse>(&checked))
        return respond(*refused);
    store(std::get<NewEvent>(std::move(checked)), std::move(respond));
}

void EventsController::store(NewEvent event, ApiServer::Respond respond)
{
    // Answered once the writer's transaction holding it has committed: a 200 means on disk.
    const QString category = event.category;
    event.duringHold = m_profile.holdsSends();
    // The answer moves along with the event, not copied (each copy of it allocates).
    m_writer.add(std::move(event),
        [this, respond = std::move(respond), category](const Result<StoredEvent> &stored) {
            if (!stored) {
                if (stored.error().code == Error::Code::NotFound)
                    return respond(ApiError::categoryNotFound(category).toResponse());
                return respond(ApiError::fromDomain(stored.error()).toResponse());
            }
            // The answer first: what follows a stored event (delivery, notices) never delays it.
            respond(accepted(stored->event));
            if (!stored->replayed && m_onStored)
                m_onStored(stored->event);
        });
}

std::variant<NewEvent, HttpResponse> EventsController::check(
    const QHttpServerRequest &request, const Caller &caller)
{
    if (!m_profile.hasDestination() && !m_profile.anyCategoryWebhook())
        return ApiError::noDestination().toResponse();
    if (auto e = ContentType::checkJson(request.value("Content-Type"_ba)))
        return e->toResponse();

    ApiResult<ValidatedEvent> validated = EventValidator::validate(request.body());
    if (!validated)
        return validated.error().toResponse();
    ValidatedEvent &event = validated.value();
    if (!caller.allows(event.category)) {
        return ApiError::make(ApiError::Kind::CategoryNotAllowed,
            u"This API key may not send \"%1\" events"_s.arg(event.category))
            .toResponse();
    }

    NewEvent newEvent;
    newEvent.category = event.category;
    newEvent.description = event.description;
    if (const std::optional<QByteArray> key = ApiServer::header(request, "Idempotency-Key")) {
        if (auto e = checkIdempotencyKey(*key))
            return e->toResponse();
        newEvent.idempotencyKey = QString::fromLatin1(*key);
        newEvent.requestHash
            = QCryptographicHash::hash(event.canonical(), QCryptographicHash::Sha256);
        // A retry answers the first event, before the category or the rate limit are looked at:
        // it creates nothing.
        Result<std::optional<Event>> earlier
            = m_events.findByIdempotencyKey(newEvent.idempotencyKey, newEvent.requestHash);
        if (!earlier)
            return ApiError::fromDomain(earlier.error()).toResponse();
        if (earlier.value())
            return accepted(*earlier.value());
    }

    const Category *category = m_profile.category(event.category);
    if (!category)
        return ApiError::categoryNotFound(event.category).toResponse();
    if (!m_profile.hasDestination() && category->webhookUrl.isEmpty())
        return ApiError::noDestination().toResponse();
    const qsizetype embedLength
        = DiscordEmbed::lengthFor(event.category, event.description, event.fields, category);
    if (embedLength > EventValidator::MaxEmbedLength) {
        return ApiError::make(ApiError::Kind::Validation,
            u"The message would be %1 characters long (title, description and fields together); "
            "Discord allows at most %2."_s.arg(embedLength)
                .arg(EventValidator::MaxEmbedLength))
            .toResponse();
    }

    if (std::optional<int> wait
        = m_rateLimiter.tryAcquire(caller.rateBucket, m_profile.rateLimitPerMinute())) {
        return ApiError::rateLimited(*wait).toResponse();
    }

    newEvent.fields = std::move(event.fields);
    return newEvent;
}

HttpResponse EventsController::get(const QString &eventId, const Caller &caller)
{
    Result<Event> event = m_events.get(eventId);
    // A tool's key sees only the events it may send: others answer as if they did not exist.
    if (event && !caller.allows(event->category))
        event = Error::notFound({});
    if (!event) {
        if (event.error().code == Error::Code::NotFound) {
            return ApiError::make(ApiError::Kind::NotFound,
                u"There is no event with the id \"%1\"."_s.arg(eventId.left(100)))
                .toResponse();
        }
        return ApiError::fromDomain(event.error()).toResponse();
    }
    return HttpResponse::json(200, event->toJson());
}
