#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "serverlimits.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

// One client connection of the API server: HTTP/1.1 on a QTcpSocket. It frames and parses each
// request once, and on the way: answers 413 as soon as a body is known to be too large, without
// buffering it; answers 431 for oversized headers and 400 for malformed ones; answers
// "100 Continue"; closes idle and stalled connections; and closes after a response when the
// client asked for it (Connection: close, HTTP/1.0). Each complete request goes to the handler
// with a ticket; its answer goes out through respond(), in request order, even when a later one
// is ready first.
class HttpConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // Called for each complete request; answer it through connection.respond(ticket, ...), now
    // or later. The request does not outlive the call.
    using RequestHandler = std::function<void(
        HttpConnection &connection, quint64 ticket, const HttpRequest &request)>;

    // Becomes a child of socket and reads everything it receives.
    HttpConnection(QTcpSocket *socket, const ServerLimits &limits, RequestHandler handler);

    // Answers the request the handler got this ticket with. Answers go out in request order,
    // whenever each is ready.
    void respond(quint64 ticket, const HttpResponse &response);
    // Sends an error answer and closes the connection without reading further requests.
    void refuse(const HttpResponse &response);

private:
    enum class State { Idle, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Closing };

    struct PendingRequest
    {
        bool closeAfter = false;
        bool head = false;
        quint64 ticket = 0;
        std::optional<QByteArray> answer; // ready to go once every earlier one went
    };

    void onReadyRead();
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
    RequestHandler m_handler;
    State m_state = State::Idle;
    QByteArray m_headerBuffer;
    QByteArray m_lineBuffer; // chunk size lines and trailers
    qint64 m_bodyRemaining = 0;
    qint64 m_bodyTotal = 0;
    PendingRequest m_current;
    HttpRequest m_request; // the one being read
    QList<PendingRequest> m_pending; // complete requests waiting for their response, oldest first
    quint64 m_nextTicket = 1;
    QTimer m_idleTimer; // armed once, re-armed for what is left when it fires early
    QElapsedTimer m_lastActivity;
    QTimer m_requestTimer;
    QElapsedTimer m_requestStarted; // invalid: no request under way
    QTimer m_lingerTimer;
};
