#include "guardedtcpserver.h"

#include "apierror.h"
#include "connectionguard.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcConnection)

GuardedTcpServer::GuardedTcpServer(const ServerLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // Qt's default backlog (50) drops the handshakes of a burst of clients connecting at once;
    // those then wait for TCP's retransmissions, seconds later.
    setListenBacklogSize(1024);
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_connections.load() >= m_limits.maxConnections) {
        qCWarning(lcConnection) << "refusing a connection: already" << m_connections.load()
                                << "open";
        ApiError busy = ApiError::make(ApiError::Kind::Unavailable,
            u"The server has too many open connections; try again in a moment."_s);
        busy.retryAfterSeconds = 1;
        socket->write(busy.toResponse().serialize(true));
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(m_limits.lingerTimeout, socket, &QTcpSocket::abort);
        socket->disconnectFromHost();
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    // The guard reads each block first; QHttpServer connects to the socket when it is handed
    // over (QTcpServer::pendingConnectionAvailable, a direct connection), and the guard's second
    // slot runs after the server's.
    auto *guard = new ConnectionGuard(socket, parent(), m_limits); // a child of the socket
    addPendingConnection(socket);
    guard->serverAttached();
}
