#pragma once

#include "httpresponse.h"
#include "serverlimits.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QTcpSocket;

// Guards one client connection in front of QHttpServer. It reads every byte before QHttpServer
// does (its readyRead slot is connected first) and frames requests itself, so it can:
// answer 413 as soon as a body is known to be too large, without buffering it; answer 431 for
// oversized headers and 400 for malformed ones (QHttpServer 6.4 just drops the connection);
// answer "100 Continue"; close idle and stalled connections; and close after a response when the
// client asked for it (Connection: close, HTTP/1.0). Responses to complete requests go out
// through respond(), in request order, even when a later one is ready first.
class HttpConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // Becomes a child of socket. Call before QHttpServer connects to the socket, and call
    // attachAfter() once it has.
    HttpConnection(QTcpSocket *socket, const ServerLimits &limits);
    void attachAfter();

    static HttpConnection *of(QTcpSocket *socket);

    // Takes the oldest request not yet taken, for an answer that may come later (after the
    // event is on disk). Answers go out in request order, whenever each is ready.
    quint64 takeRequest();
    // Answers the request takeRequest() returned this ticket for.
    void respond(quint64 ticket, const HttpResponse &response);
    // Takes the oldest request and answers it now.
    void respond(const HttpResponse &response) { respond(takeRequest(), response); }
    // Sends an error answer and closes the connection without reading further requests.
    void refuse(const HttpResponse &response);

    bool isClosing() const { return m_state == State::Closing; }

private:
    enum class State { Idle, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Closing };

    struct PendingRequest
    {
        bool closeAfter = false;
        bool head = false;
        quint64 ticket = 0; // 0: not taken yet
        std::optional<QByteArray> answer; // ready to go once every earlier one went
    };

    void beforeRead();
    void afterRead();
    void consume(const char *data, qint64 size);
    bool parseHeaderBlock();
    void requestComplete();
    void onIdleTimeout();
    void onRequestTimeout();
    void drain();
    void startLinger();
    void sendReadyAnswers();
    void write(const QByteArray &bytes);
    // Notes activity: the idle timeout counts from the last.
    void touch();

    QTcpSocket *m_socket;
    ServerLimits m_limits;
    State m_state = State::Idle;
    qint64 m_unreadAfterServer = 0; // bytes QHttpServer left unread when it last ran
    QByteArray m_headerBuffer;
    QByteArray m_lineBuffer; // chunk size lines and trailers
    qint64 m_bodyRemaining = 0;
    qint64 m_bodyTotal = 0;
    PendingRequest m_current;
    QList<PendingRequest> m_pending; // complete requests waiting for their response, oldest first
    quint64 m_nextTicket = 1;
    QTimer m_idleTimer; // armed once, re-armed for what is left when it fires early
    QElapsedTimer m_lastActivity;
    QTimer m_requestTimer;
    QElapsedTimer m_requestStarted; // invalid: no request under way
    QTimer m_lingerTimer;
};
