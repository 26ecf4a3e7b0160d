#pragma once

#include "httpresponse.h"

class ApiServer;
class LiveProfile;

// GET /api/v1/categories: [{"name", "emoji", "color": "#RRGGBB"}], sorted by name.
class CategoriesController
{
    Q_DISABLE_COPY_MOVE(CategoriesController)

public:
    explicit CategoriesController(LiveProfile &profile)
        : m_profile(profile)
    { }

    void registerRoutes(ApiServer &server);
    HttpResponse list() const;

private:
    LiveProfile &m_profile;
};
