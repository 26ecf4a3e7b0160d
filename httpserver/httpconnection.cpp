#include "httpconnection.h"

#include "apierror.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "pingpanda.http", QtInfoMsg)

namespace {

constexpr qsizetype MaxLineBytes = 1024; // a chunk-size line or a trailer

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

HttpResponse errorResponse(ApiError::Kind kind, const QString &message)
{
    return ApiError::make(kind, message).toResponse();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const ServerLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::beforeRead);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    touch();

    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(m_limits.requestTimeout);
    connect(&m_requestTimer, &QTimer::timeout, this, &HttpConnection::onRequestTimeout);

    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(m_limits.lingerTimeout);
    connect(&m_lingerTimer, &QTimer::timeout, m_socket, &QTcpSocket::abort);
}

void HttpConnection::attachAfter()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::afterRead);
}

HttpConnection *HttpConnection::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void HttpConnection::beforeRead()
{
    if (m_state == State::Closing) {
        drain();
        return;
    }
    // QHttpServer reads inside a transaction, so what it has read stays out of bytesAvailable();
    // what is new is what arrived since it last ran.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unreadAfterServer;
    if (fresh <= 0)
        return;
    const QByteArray unread = m_socket->peek(available);
    consume(unread.constData() + (unread.size() - fresh), fresh);
    if (m_state != State::Closing)
        touch();
}

void HttpConnection::afterRead()
{
    m_unreadAfterServer = m_socket->bytesAvailable();
}

void HttpConnection::consume(const char *data, qint64 size)
{
    // Reads one line of a chunked body into m_lineBuffer; true once it is complete.
    const auto takeLine = [&](bool &complete) {
        complete = false;
        while (size > 0) {
            const char c = *data++;
            --size;
            if (c == '\n') {
                if (m_lineBuffer.endsWith('\r'))
                    m_lineBuffer.chop(1);
                complete = true;
                return true;
            }
            m_lineBuffer += c;
            if (m_lineBuffer.size() > MaxLineBytes) {
                refuse(errorResponse(ApiError::Kind::BadRequest,
                    u"The request's chunked body is malformed (a line is too long)."_s));
                return false;
            }
        }
        return true;
    };

    while (size > 0 && m_state != State::Closing) {
        switch (m_state) {
        case State::Idle:
            // Empty lines between requests are allowed (RFC 9112, 2.2).
            if (*data == '\r' || *data == '\n') {
                ++data;
                --size;
                break;
            }
            m_state = State::Headers;
            m_headerBuffer.clear();
            m_current = {};
            m_bodyTotal = 0;
            // The deadline moves with each request; the timer is only armed when none is, so
            // that a busy connection does not stop and start a timer per request.
            m_requestStarted.start();
            if (!m_requestTimer.isActive())
                m_requestTimer.start(m_limits.requestTimeout);
            break;

        case State::Headers: {
            const qsizetype before = m_headerBuffer.size();
            const qsizetype room = m_limits.maxHeaderBytes + 4 - before;
            const qsizetype take = qMin<qint64>(size, room);
            m_headerBuffer.append(data, take);
            const qsizetype from = qMax<qsizetype>(0, before - 3);
            qsizetype end = -1;
            const qsizetype crlf = m_headerBuffer.indexOf("\r\n\r\n", from);
            const qsizetype lf = m_headerBuffer.indexOf("\n\n", from);
            if (crlf >= 0 && (lf < 0 || crlf + 2 <= lf))
                end = crlf + 4;
            else if (lf >= 0)
                end = lf + 2;
            if (end < 0) {
                if (m_headerBuffer.size() > m_limits.maxHeaderBytes) {
                    refuse(errorResponse(ApiError::Kind::HeadersTooLarge,
                        u"The request's headers are larger than %1 KiB; send fewer or shorter headers."_s
                            .arg(m_limits.maxHeaderBytes / 1024)));
                    return;
                }
                data += take;
                size -= take;
                break;
            }
            const qsizetype used = end - before;
            data += used;
            size -= used;
            m_headerBuffer.truncate(end);
            if (!parseHeaderBlock())
                return;
            break;
        }

        case State::Body: {
            const qint64 take = qMin(size, m_bodyRemaining);
            data += take;
            size -= take;
            m_bodyRemaining -= take;
            if (m_bodyRemaining == 0)
                requestComplete();
            break;
        }

        case State::ChunkSize: {
            bool complete = false;
            if (!takeLine(complete) || !complete)
                break;
            const QByteArray line = m_lineBuffer.split(';').first().trimmed();
            m_lineBuffer.clear();
            bool ok = false;
            const qint64 chunk = line.size() <= 15 ? line.toLongLong(&ok, 16) : -1;
            if (!ok || chunk < 0) {
                refuse(errorResponse(ApiError::Kind::BadRequest,
                    u"The request's chunked body is malformed (bad chunk size)."_s));
                return;
            }
            m_bodyTotal += chunk;
            if (m_bodyTotal > m_limits.maxBodyBytes) {
                refuse(errorResponse(ApiError::Kind::PayloadTooLarge,
                    u"The request body is larger than %1 KiB (%2 bytes), the most the API accepts."_s
                        .arg(m_limits.maxBodyBytes / 1024)
                        .arg(m_limits.maxBodyBytes)));
                return;
            }
            m_bodyRemaining = chunk;
            m_state = chunk == 0 ? State::Trailers : State::ChunkData;
            break;
        }

        case State::ChunkData: {
            const qint64 take = qMin(size, m_bodyRemaining);
            data += take;
            size -= take;
            m_bodyRemaining -= take;
            if (m_bodyRemaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }

        case State::ChunkDataEnd:
        case State::Trailers: {
            bool complete = false;
            if (!takeLine(complete) || !complete)
                break;
            const bool empty = m_lineBuffer.isEmpty();
            m_lineBuffer.clear();
            if (m_state == State::ChunkDataEnd) {
                if (!empty) {
                    refuse(errorResponse(ApiError::Kind::BadRequest,
                        u"The request's chunked body is malformed (missing line end after a chunk)."_s));
                    return;
                }
                m_state = State::ChunkSize;
            } else if (empty) {
                requestComplete();
            }
            break;
        }

        case State::Closing:
            return;
        }
    }
}

bool HttpConnection::parseHeaderBlock()
{
    const auto bad = [this](const QString &why) {
        refuse(
            errorResponse(ApiError::Kind::BadRequest, u"Malformed HTTP request: %1."_s.arg(why)));
        return false;
    };

    QList<QByteArray> lines = m_headerBuffer.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return bad(u"no request line"_s);

    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty())
        return bad(u"the request line is not 'METHOD /path HTTP/1.1'"_s);
    const QByteArray &version = requestLine[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return bad(u"only HTTP/1.0 and HTTP/1.1 are served"_s);
    const bool http10 = version == "HTTP/1.0";

    qint64 contentLength = -1;
    bool chunked = false;
    bool closeToken = false;
    bool keepAliveToken = false;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t'))
            return bad(u"folded header lines are not allowed"_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return bad(u"a header line is not 'Name: value'"_s);
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = value.size() <= 18 && !value.isEmpty();
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 length = ok ? value.toLongLong() : -1;
            if (!ok || (contentLength >= 0 && contentLength != length))
                return bad(u"the Content-Length header is invalid"_s);
            contentLength = length;
        } else if (name == "transfer-encoding") {
            if (value.compare("chunked", Qt::CaseInsensitive) != 0 || http10)
                return bad(u"only 'Transfer-Encoding: chunked' is supported"_s);
            chunked = true;
        } else if (name == "connection") {
            for (const QByteArray &token : value.split(',')) {
                const QByteArray t = token.trimmed().toLower();
                closeToken = closeToken || t == "close";
                keepAliveToken = keepAliveToken || t == "keep-alive";
            }
        } else if (name == "expect") {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (chunked && contentLength >= 0)
        return bad(u"Content-Length and Transfer-Encoding cannot both be given"_s);

    if (contentLength > m_limits.maxBodyBytes) {
        refuse(errorResponse(ApiError::Kind::PayloadTooLarge,
            u"The request body is larger than %1 KiB (%2 bytes), the most the API accepts."_s
                .arg(m_limits.maxBodyBytes / 1024)
                .arg(m_limits.maxBodyBytes)));
        return false;
    }

    m_current.head = requestLine[0] == "HEAD";
    m_current.closeAfter = closeToken || (http10 && !keepAliveToken);
    if (expectContinue && !http10 && (chunked || contentLength > 0))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");

    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength > 0) {
        m_bodyRemaining = contentLength;
        m_state = State::Body;
    } else {
        requestComplete();
    }
    return true;
}

void HttpConnection::requestComplete()
{
    m_requestStarted.invalidate(); // the timer, if it fires, finds nothing to time out
    m_pending.append(m_current);
    m_state = State::Idle;
}

quint64 HttpConnection::takeRequest()
{
    const quint64 ticket = m_nextTicket++;
    for (PendingRequest &request : m_pending) {
        if (request.ticket == 0) {
            request.ticket = ticket;
            return ticket;
        }
    }
    // An answer without a framed request (it cannot happen through QHttpServer): send it as is.
    PendingRequest unframed;
    unframed.ticket = ticket;
    m_pending.append(unframed);
    return ticket;
}

void HttpConnection::respond(quint64 ticket, const HttpResponse &response)
{
    if (m_state == State::Closing)
        return; // refused or closing: a late answer has nowhere to go
    for (PendingRequest &request : m_pending) {
        if (request.ticket == ticket) {
            request.answer = response.serialize(request.closeAfter, request.head);
            break;
        }
    }
    sendReadyAnswers();
}

void HttpConnection::sendReadyAnswers()
{
    while (!m_pending.isEmpty() && m_pending.first().answer && m_state != State::Closing) {
        const PendingRequest request = m_pending.takeFirst();
        write(*request.answer);
        touch();
        if (request.closeAfter) {
            m_state = State::Closing;
            m_requestTimer.stop();
            m_idleTimer.stop();
            disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
            connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::drain);
            m_socket->disconnectFromHost();
        }
    }
}

void HttpConnection::write(const QByteArray &bytes)
{
    // Straight to the socket when nothing is queued before it: QTcpSocket would buffer the answer
    // and send it on its next turn in the event loop, which costs a poll and two notifier
    // changes per answer. What the kernel does not take at once goes through QTcpSocket.
    qint64 sent = 0;
    if (m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
#if defined(Q_OS_WIN)
        const int n
            = ::send(SOCKET(m_socket->socketDescriptor()), bytes.constData(), int(bytes.size()), 0);
#elif defined(MSG_NOSIGNAL)
        const ssize_t n = ::send(int(m_socket->socketDescriptor()), bytes.constData(),
            size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
#else
        const int n = 0; // no per-call way to keep SIGPIPE away (macOS): QTcpSocket sends it all
#endif
        sent = n > 0 ? qint64(n) : 0;
    }
    if (sent < bytes.size())
        m_socket->write(bytes.constData() + sent, bytes.size() - sent);
}

void HttpConnection::touch()
{
    m_lastActivity.start();
    if (!m_idleTimer.isActive())
        m_idleTimer.start(m_limits.idleTimeout);
}

void HttpConnection::refuse(const HttpResponse &response)
{
    if (m_state == State::Closing)
        return;
    qCDebug(lcConnection) << "refusing a request with" << response.status;
    m_state = State::Closing;
    m_requestTimer.stop();
    m_idleTimer.stop();
    // QHttpServer must not read, nor answer, anything more on this connection.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::drain);
    m_socket->write(response.serialize(true));
    startLinger();
}

void HttpConnection::drain()
{
    // Discards what the client still sends (the rest of a refused body) without keeping it.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnection::startLinger()
{
    // Half-close once the answer is out: the client reads it and sees the end, while the rest of
    // what it sends is discarded. Closing outright could reset the connection before the client
    // has read the answer.
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

void HttpConnection::onIdleTimeout()
{
    if (m_state != State::Idle || !m_pending.isEmpty()) {
        m_idleTimer.start(m_limits.idleTimeout);
        return;
    }
    const auto idleFor = std::chrono::milliseconds(m_lastActivity.elapsed());
    if (idleFor < m_limits.idleTimeout) {
        m_idleTimer.start(m_limits.idleTimeout - idleFor); // active since the timer was armed
        return;
    }
    qCDebug(lcConnection) << "closing an idle connection";
    m_state = State::Closing;
    m_socket->disconnectFromHost();
}

void HttpConnection::onRequestTimeout()
{
    if (!m_requestStarted.isValid())
        return; // no request under way
    const auto takenFor = std::chrono::milliseconds(m_requestStarted.elapsed());
    if (takenFor < m_limits.requestTimeout) {
        m_requestTimer.start(m_limits.requestTimeout - takenFor); // a later request's deadline
        return;
    }
    refuse(errorResponse(ApiError::Kind::RequestTimeout,
        u"The request did not arrive completely within %1 seconds; the connection is closed."_s.arg(
            m_limits.requestTimeout.count() / 1000.0)));
}
