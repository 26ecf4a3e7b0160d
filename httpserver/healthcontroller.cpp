#include "healthcontroller.h"

#include "apiserver.h"
#include "version.h"

using namespace Qt::StringLiterals;

void HealthController::registerRoutes(ApiServer &server)
{
    server.route(ApiServer::Method::Get, u"/api/v1/health"_s, ApiServer::Access::Public,
        [](const QHttpServerRequest &, const QString &, const Caller &) { return health(); });
}

HttpResponse HealthController::health()
{
    JsonValue body = JsonValue::object();
    body.insert(u"status"_s, JsonValue::string(u"ok"_s));
    body.insert(u"version"_s, JsonValue::string(QStringLiteral(PINGPANDA_VERSION)));
    return HttpResponse::json(200, body);
}
