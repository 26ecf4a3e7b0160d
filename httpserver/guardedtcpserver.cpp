#include "guardedtcpserver.h"

#include "apierror.h"
#include "httpconnection.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcConnection)

GuardedTcpServer::GuardedTcpServer(
    const ServerLimits &limits, HttpConnection::RequestHandler handler, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_handler(std::move(handler))
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
    if (m_connections >= m_limits.maxConnections) {
        qCWarning(lcConnection) << "refusing a connection: already" << m_connections << "open";
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
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    new HttpConnection(socket, m_limits, m_handler); // a child of the socket
}
