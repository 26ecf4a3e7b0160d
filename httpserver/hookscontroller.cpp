#include "hookscontroller.h"

#include "config/liveprofile.h"
#include "contenttype.h"
#include "discord/discordembed.h"
#include "domain/apikey.h"
#include "eventscontroller.h"
#include "ratelimiter.h"
#include "storage/hookstore.h"
#include "json/jsonparser.h"

#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace {

// The part of a refused payload kept for the person looking at the hook.
constexpr qsizetype KeptPayloadBytes = 64 * 1024;

// The key a sender presents: "Authorization: Bearer KEY", else "?key=KEY" in the URL (many
// senders cannot set headers).
QByteArray presentedKey(const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value("Authorization"_ba).trimmed();
    if (authorization.size() > 7 && authorization.first(7).toLower() == "bearer ")
        return authorization.sliced(7).trimmed();
    return QUrlQuery(request.url()).queryItemValue(u"key"_s, QUrl::FullyDecoded).toLatin1();
}

HttpResponse outcomeOf(const ApiError &e, QString &outcome)
{
    outcome = u"Refused with %1: %2"_s.arg(e.status()).arg(e.message);
    return e.toResponse();
}

} // namespace

HooksController::HooksController(
    LiveProfile &profile, Database &database, EventsController &events, RateLimiter &rateLimiter)
    : m_profile(profile)
    , m_db(database)
    , m_events(events)
    , m_rateLimiter(rateLimiter)
{ }

void HooksController::registerRoutes(ApiServer &server)
{
    server.route(ApiServer::Method::Post, u"/api/v1/hooks/<arg>"_s, ApiServer::Access::Public,
        [this](const QHttpServerRequest &request, const QString &name, const Caller &,
            ApiServer::Respond respond) { receive(request, name, std::move(respond)); });
}

void HooksController::receive(
    const QHttpServerRequest &request, const QString &name, ApiServer::Respond respond)
{
    const Hook *found = m_profile.hook(name);
    if (!found) {
        return respond(ApiError::make(ApiError::Kind::NotFound,
            u"There is no hook named \"%1\". Make one with: pingpanda hook add %1 --category C"_s
                .arg(name.left(60)))
                           .toResponse());
    }
    const Hook hook = *found; // the profile may reload before the answer
    if (std::optional<ApiError> e = authenticate(request, hook))
        return respond(e->toResponse());

    QString outcome;
    std::variant<NewEvent, HttpResponse> checked = check(request, hook, outcome);
    noteReceived(hook, request.body(), outcome);
    if (HttpResponse *answer = std::get_if<HttpResponse>(&checked))
        return respond(*answer);
    m_events.store(std::get<NewEvent>(std::move(checked)), std::move(respond));
}

std::optional<ApiError> HooksController::authenticate(
    const QHttpServerRequest &request, const Hook &hook) const
{
    if (hook.preset == HookPreset::GitHub) {
        // GitHub signs each delivery with the webhook's secret, this hook's key. The key is
        // longer than HMAC's block, so HMAC itself uses its SHA-256: the hash kept verifies it.
        const std::optional<QByteArray> signature
            = ApiServer::header(request, "X-Hub-Signature-256");
        if (!signature) {
            return ApiError::make(ApiError::Kind::MissingAuth,
                u"Unauthorized: GitHub deliveries carry X-Hub-Signature-256. Set this hook's key "
                "as the webhook's Secret."_s);
        }
        const QByteArray expected = "sha256="
            + QMessageAuthenticationCode::hash(
                request.body(), hook.keyHash, QCryptographicHash::Sha256)
                  .toHex();
        if (!ApiServer::constantTimeEquals(signature->trimmed().toLower(), expected)) {
            return ApiError::make(ApiError::Kind::InvalidApiKey,
                u"The X-Hub-Signature-256 signature does not match: the webhook's Secret must be "
                "this hook's key."_s);
        }
        return std::nullopt;
    }
    const QByteArray key = presentedKey(request);
    if (key.isEmpty()) {
        return ApiError::make(ApiError::Kind::MissingAuth,
            u"Unauthorized: send the hook's key as 'Authorization: Bearer <key>' or add "
            "'?key=<key>' to the URL."_s);
    }
    if (!ApiServer::constantTimeEquals(ApiKey::hashOf(key), hook.keyHash))
        return ApiError::make(ApiError::Kind::InvalidApiKey, u"Invalid hook key"_s);
    return std::nullopt;
}

std::variant<NewEvent, HttpResponse> HooksController::check(
    const QHttpServerRequest &request, const Hook &hook, QString &outcome)
{
    const Category *target = m_profile.category(hook.category);
    if (!m_profile.hasDestination() && !(target && !target->webhookUrl.isEmpty()))
        return outcomeOf(ApiError::noDestination(), outcome);
    if (auto e = ContentType::checkJson(request.value("Content-Type"_ba))) {
        e->message += u" Most senders have a setting for it (GitHub: Content type "
                      "application/json)."_s;
        return outcomeOf(*e, outcome);
    }
    const Result<JsonValue> payload = JsonParser::parse(request.body());
    if (!payload || !payload->isObject()) {
        ApiError e = ApiError::make(ApiError::Kind::InvalidJson, u"Invalid JSON request body"_s);
        if (!payload)
            e.detail = payload.error().detail;
        return outcomeOf(e, outcome);
    }
    const QString githubEvent
        = QString::fromLatin1(ApiServer::header(request, "X-GitHub-Event").value_or(QByteArray()));
    Result<HookEvent> read = HookReader::read(hook.preset, payload.value(), githubEvent);
    if (!read)
        return outcomeOf(ApiError::make(ApiError::Kind::Validation, read.error().message), outcome);
    HookEvent event = std::move(read).value();

    const Category *category = m_profile.category(hook.category);
    if (!category) {
        return outcomeOf(ApiError::categoryNotFound(hook.category), outcome);
    }
    if (std::optional<int> wait
        = m_rateLimiter.tryAcquire(u"hook:"_s + hook.name, m_profile.rateLimitPerMinute())) {
        return outcomeOf(ApiError::rateLimited(*wait), outcome);
    }
    if (event.ignored) {
        outcome = u"A ping: nothing stored."_s;
        JsonValue body = JsonValue::object();
        body.insert(u"message"_s, JsonValue::string(u"Ping received; nothing was stored"_s));
        return HttpResponse::json(200, body);
    }

    HookReader::fit(event,
        DiscordEmbed::MaxCharactersPerMessage
            - DiscordEmbed::titleFor(hook.category, category).size());
    outcome = event.description;
    NewEvent newEvent;
    newEvent.category = hook.category;
    newEvent.description = event.description;
    newEvent.fields = std::move(event.fields);
    return newEvent;
}

void HooksController::noteReceived(
    const Hook &hook, const QByteArray &payload, const QString &outcome)
{
    if (Status s = HookStore(m_db).noteReceived(
            hook.name, payload.left(KeptPayloadBytes), outcome, QDateTime::currentDateTimeUtc());
        !s) {
        qCWarning(lcApi) << "could not keep what the hook" << hook.name
                         << "received:" << s.error().message;
    }
}
