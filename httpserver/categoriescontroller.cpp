#include "categoriescontroller.h"

#include "apiserver.h"
#include "config/liveprofile.h"

using namespace Qt::StringLiterals;

void CategoriesController::registerRoutes(ApiServer &server)
{
    server.route(ApiServer::Method::Get, u"/api/v1/categories"_s, ApiServer::Access::ApiKey,
        [this](const QHttpServerRequest &, const QString &, const Caller &caller) {
            return list(caller);
        });
}

HttpResponse CategoriesController::list(const Caller &caller) const
{
    JsonValue array = JsonValue::array();
    for (const Category &c : m_profile.categories()) {
        if (!caller.allows(c.name))
            continue; // a tool's key sees the categories it may send
        JsonValue o = JsonValue::object();
        o.insert(u"name"_s, JsonValue::string(c.name));
        o.insert(u"emoji"_s, c.emoji.isEmpty() ? JsonValue::null() : JsonValue::string(c.emoji));
        o.insert(u"color"_s, JsonValue::string(c.colorName()));
        array.append(std::move(o));
    }
    return HttpResponse::json(200, array);
}
