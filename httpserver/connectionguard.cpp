#include "connectionguard.h"

#include "apierror.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "pingpanda.http", QtInfoMsg)

ConnectionGuard::ConnectionGuard(
    QTcpSocket *socket, QObject *httpServer, const ServerLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_server(httpServer)
    , m_limits(limits)
    , m_framer(limits)
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeServerRead);

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &ConnectionGuard::onIdleTimeout);
    touch();
    m_requestTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, &ConnectionGuard::onRequestTimeout);
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(m_limits.lingerTimeout);
    connect(&m_lingerTimer, &QTimer::timeout, m_socket, &QTcpSocket::abort);
}

void ConnectionGuard::serverAttached()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServerRead);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::beforeServerRead()
{
    if (m_closing)
        return discardInput();
    // The server reads inside a transaction, so what it has read stays out of bytesAvailable();
    // what arrived since it last ran is at the end of what is unread.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unreadByServer;
    if (fresh <= 0)
        return;
    const QByteArray unread = m_socket->peek(available);
    act(m_framer.feed(QByteArrayView(unread).last(fresh)));
    if (m_closing)
        return;
    touch();
    // A request must arrive whole within requestTimeout of its first byte. The timer is armed
    // only when none is, so that a busy connection does not stop and start one per request.
    if (!m_framer.midRequest()) {
        m_requestStarted.invalidate();
    } else if (m_framer.requestsBegun() != m_requestsTimed) {
        m_requestsTimed = m_framer.requestsBegun();
        m_requestStarted.start();
        if (!m_requestTimer.isActive())
            m_requestTimer.start(m_limits.requestTimeout);
    }
}

void ConnectionGuard::afterServerRead()
{
    m_unreadByServer = m_closing ? 0 : m_socket->bytesAvailable();
}

void ConnectionGuard::act(const QList<RequestFramer::Found> &found)
{
    using Kind = RequestFramer::Found::Kind;
    for (const RequestFramer::Found &f : found) {
        if (f.kind == Kind::Refusal)
            return refuse(f.refusal->toResponse());
        if (f.kind != Kind::Headers)
            continue;
        m_requests.push_back({f.request, 0, nullptr, std::nullopt});
        if (qsizetype(m_requests.size()) > m_limits.maxPipelined) {
            return refuse(ApiError::make(ApiError::Kind::Unavailable,
                u"More than %1 requests on this connection are waiting for their answers; read "
                "the answers before sending more."_s.arg(m_limits.maxPipelined))
                              .toResponse());
        }
        sendReady(); // a "100 Continue", if the request is the next to be answered
    }
}

quint64 ConnectionGuard::takeRequest(QHttpServerResponder &&responder)
{
    const quint64 ticket = m_nextTicket++;
    auto taken = std::find_if(
        m_requests.begin(), m_requests.end(), [](const Request &r) { return r.ticket == 0; });
    if (taken == m_requests.end()) {
        // The guard frames what the server parses, so this does not happen; were it to, the
        // answer would still go out in turn.
        taken = m_requests.insert(m_requests.end(), Request {});
    }
    taken->ticket = ticket;
    taken->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    return ticket;
}

void ConnectionGuard::respond(quint64 ticket, const HttpResponse &response)
{
    auto it = std::find_if(m_requests.begin(), m_requests.end(),
        [ticket](const Request &r) { return r.ticket == ticket; });
    if (it == m_requests.end())
        return; // the connection closed before this answer was ready
    it->answer = response;
    sendReady();
}

void ConnectionGuard::sendReady()
{
    while (!m_requests.empty()) {
        Request &next = m_requests.front();
        if (!next.answer) {
            // The client may wait for this before it sends the body.
            if (next.framed.expectsContinue && !m_closing)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            next.framed.expectsContinue = false;
            break;
        }
        write(next);
        const bool close = next.framed.closeAfter;
        m_requests.pop_front();
        touch();
        if (close)
            return closeAfterWriting();
    }
    sendRefusalIfDue();
}

void ConnectionGuard::write(const Request &request)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState || !request.responder)
        return;
    QHttpServerResponder &responder = *request.responder;
    const HttpResponse &answer = *request.answer;
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    for (const auto &[name, value] : answer.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length"_ba, QByteArray::number(answer.body.size()));
    if (request.framed.closeAfter)
        responder.writeHeader("Connection"_ba, "close"_ba);
    responder.writeBody(request.framed.head ? QByteArray() : answer.body);
}

void ConnectionGuard::refuse(const HttpResponse &response)
{
    if (m_closing)
        return;
    qCDebug(lcConnection) << "refusing a request with" << response.status;
    m_refusal = response;
    closeAfterWriting();
}

void ConnectionGuard::closeAfterWriting()
{
    m_closing = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    // Nothing more is parsed on this connection: what the client still sends is discarded here.
    if (m_server)
        disconnect(m_socket, &QTcpSocket::readyRead, m_server, nullptr);
    discardInput();
    if (m_refusal) {
        // The requests the server was handed get their answers first; the others are dropped.
        std::erase_if(m_requests, [](const Request &r) { return r.ticket == 0; });
        sendRefusalIfDue();
    } else {
        // An answer that closes, or an idle connection: nothing after it is answered.
        m_requests.clear();
        m_socket->disconnectFromHost();
    }
}

void ConnectionGuard::sendRefusalIfDue()
{
    if (!m_refusal || !m_requests.empty())
        return;
    m_socket->write(m_refusal->serialize(true));
    m_refusal.reset();
    // Half-close once the answer is out: the client reads it and sees the end, while the rest of
    // what it sends is discarded. Closing outright could reset the connection before the client
    // has read the answer; the linger timer ends it if the client never does.
    const auto halfClose = [this] {
        if (m_socket->bytesToWrite() > 0 || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
#ifdef Q_OS_WIN
        ::shutdown(SOCKET(m_socket->socketDescriptor()), SD_SEND);
#else
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, halfClose);
    m_socket->flush();
    halfClose();
    m_lingerTimer.start();
}

void ConnectionGuard::discardInput()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

void ConnectionGuard::touch()
{
    m_lastActivity.start();
    if (!m_idleTimer.isActive())
        m_idleTimer.start(m_limits.idleTimeout);
}

void ConnectionGuard::onIdleTimeout()
{
    if (m_closing)
        return;
    if (m_framer.midRequest() || !m_requests.empty()) {
        m_idleTimer.start(m_limits.idleTimeout);
        return;
    }
    const auto idleFor = std::chrono::milliseconds(m_lastActivity.elapsed());
    if (idleFor < m_limits.idleTimeout) {
        m_idleTimer.start(m_limits.idleTimeout - idleFor); // active since the timer was armed
        return;
    }
    qCDebug(lcConnection) << "closing an idle connection";
    closeAfterWriting();
}

void ConnectionGuard::onRequestTimeout()
{
    if (!m_requestStarted.isValid() || m_closing)
        return; // no request under way
    const auto takenFor = std::chrono::milliseconds(m_requestStarted.elapsed());
    if (takenFor < m_limits.requestTimeout) {
        m_requestTimer.start(m_limits.requestTimeout - takenFor); // a later request's deadline
        return;
    }
    refuse(ApiError::make(ApiError::Kind::RequestTimeout,
        u"The request did not arrive completely within %1 seconds; the connection is closed."_s.arg(
            m_limits.requestTimeout.count() / 1000.0))
               .toResponse());
}
