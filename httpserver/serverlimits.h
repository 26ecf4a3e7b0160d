#pragma once

#include <QtGlobal>

#include <chrono>

// What one client may cost the server; ConnectionGuard and GuardedTcpServer enforce it.
struct ServerLimits
{
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxHeaderBytes = 32 * 1024;
    // Room for a thousand busy clients and still a health check or the GUI's own requests; the
    // process raises its open-file limit to 8192, so the cap, not the fd table, is what refuses.
    int maxConnections = 4000;
    // A connection with no request under way is closed after this long.
    std::chrono::milliseconds idleTimeout {30000};
    // A request must arrive completely within this long of its first byte (slow or stalled
    // clients, lying Content-Length).
    std::chrono::milliseconds requestTimeout {30000};
    // Requests one connection may have waiting for their answers (pipelined); a client that
    // sends more without reading is refused.
    qsizetype maxPipelined = 100;
    // After refusing a request, how long to let the client read the answer before closing.
    std::chrono::milliseconds lingerTimeout {2000};
};
