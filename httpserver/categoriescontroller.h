#pragma once

#include "httpresponse.h"

class ApiServer;
class LiveProfile;
struct Caller;

// GET /api/v1/categories: [{"name", "emoji", "color": "#RRGGBB"}], sorted by name; for a key
// limited to some categories, those.
class CategoriesController
{
    Q_DISABLE_COPY_MOVE(CategoriesController)

public:
    explicit CategoriesController(LiveProfile &profile)
        : m_profile(profile)
    { }

    void registerRoutes(ApiServer &server);
    HttpResponse list(const Caller &caller) const;

private:
    LiveProfile &m_profile;
};
