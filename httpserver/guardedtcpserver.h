#pragma once

#include "httpconnection.h"
#include "serverlimits.h"

#include <QTcpServer>

// The API server's listening socket. Every accepted connection gets an HttpConnection that
// passes its requests to the handler; connections beyond ServerLimits::maxConnections are
// answered 503 and closed, so a flood cannot exhaust the process.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(const ServerLimits &limits, HttpConnection::RequestHandler handler,
        QObject *parent = nullptr);

    int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ServerLimits m_limits;
    HttpConnection::RequestHandler m_handler;
    int m_connections = 0;
};
