#pragma once

#include "httpresponse.h"

class ApiServer;

// GET /api/v1/health: {"status": "ok", "version": "..."}. No authentication and no secrets,
// so that monitors and `pingpanda send` can tell whether the server is up.
class HealthController
{
public:
    static void registerRoutes(ApiServer &server);
    static HttpResponse health();
};
