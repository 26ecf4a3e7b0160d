#pragma once

#include "serverlimits.h"

#include <QTcpServer>

#include <atomic>

// The listening socket handed to QHttpServer (QAbstractHttpServer::bind). Every accepted
// connection gets a ConnectionGuard before QHttpServer sees it, and connections beyond
// ServerLimits::maxConnections are answered 503 and closed, so a flood cannot exhaust the process.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(const ServerLimits &limits, QObject *parent = nullptr);

    // Read from any thread (the server may run on a thread of its own).
    int connectionCount() const { return m_connections.load(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ServerLimits m_limits;
    std::atomic<int> m_connections {0};
};
