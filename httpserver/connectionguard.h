#pragma once

#include "httpresponse.h"
#include "requestframer.h"
#include "serverlimits.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class QTcpSocket;

// What QHttpServer 6.4 leaves to its user, on one client connection. QHttpServer parses and
// routes every request; this guard sees the same bytes first (its readyRead slot runs before the
// server's) and frames them (RequestFramer) only as far as the limits need. So it answers 413 as
// soon as a body is known to be too large, without buffering it; 431 for oversized headers and
// 400 for a request QHttpServer would drop in silence; "100 Continue"; closes idle and stalled
// connections; bounds how many requests one connection may have unanswered; and closes after an
// answer when the client asked for it (Connection: close, HTTP/1.0).
//
// It also puts the answers in request order: QHttpServer 6.4 writes a responder's answer at once,
// so an answer that waits for the disk would otherwise be overtaken by the next request's. The
// server hands each request's responder over (takeRequest) and answers through the guard
// (respond), now or later.
class ConnectionGuard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    // Becomes a child of socket and reads before `httpServer` does: construct it before the
    // server connects to the socket, and call serverAttached() once it has.
    ConnectionGuard(QTcpSocket *socket, QObject *httpServer, const ServerLimits &limits);
    void serverAttached();

    static ConnectionGuard *of(QTcpSocket *socket);

    // The request the server is handling now, oldest first: its ticket for respond().
    quint64 takeRequest(QHttpServerResponder &&responder);
    // Answers the request of this ticket; answers go out in request order.
    void respond(quint64 ticket, const HttpResponse &response);

private:
    // A request whose headers were framed, until its answer is written.
    struct Request
    {
        RequestFramer::Request framed;
        quint64 ticket = 0; // 0: not handed to the server yet
        std::unique_ptr<QHttpServerResponder> responder;
        std::optional<HttpResponse> answer;
    };

    void beforeServerRead();
    void afterServerRead();
    void act(const QList<RequestFramer::Found> &found);
    void sendReady();
    void write(const Request &request);
    void refuse(const HttpResponse &response);
    void closeAfterWriting();
    void sendRefusalIfDue();
    void discardInput();
    void touch();
    void onIdleTimeout();
    void onRequestTimeout();

    QTcpSocket *m_socket;
    QPointer<QObject> m_server;
    ServerLimits m_limits;
    RequestFramer m_framer;
    bool m_closing = false;
    qint64 m_unreadByServer = 0; // what the server left unread when it last ran
    std::deque<Request> m_requests; // framed, not yet answered, oldest first
    quint64 m_nextTicket = 1;
    std::optional<HttpResponse> m_refusal; // sent once the requests before it are answered
    QTimer m_idleTimer;
    QElapsedTimer m_lastActivity;
    QTimer m_requestTimer;
    QElapsedTimer m_requestStarted; // invalid: no request under way
    quint64 m_requestsTimed = 0; // the framer's count of requests begun, when last timed
    QTimer m_lingerTimer;
};
