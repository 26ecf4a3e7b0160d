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

// Where the header block ends: just after its first empty line (CRLF or a bare LF ends a line).
// -1 while the block is incomplete. One look per line, at each LF.
qsizetype headerBlockEnd(QByteArrayView buffer, qsizetype from)
{
    for (qsizetype lf = buffer.indexOf('\n', from); lf >= 0; lf = buffer.indexOf('\n', lf + 1)) {
        if (lf + 1 < buffer.size() && buffer[lf + 1] == '\n')
            return lf + 2;
        if (lf + 2 < buffer.size() && buffer[lf + 1] == '\r' && buffer[lf + 2] == '\n')
            return lf + 3;
    }
    return -1;
}

HttpResponse errorResponse(ApiError::Kind kind, const QString &message)
{
    return ApiError::make(kind, message).toResponse();
}

} // namespace

HttpConnection::HttpConnection(
    QTcpSocket *socket, const ServerLimits &limits, RequestHandler handler)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
{
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);

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

void HttpConnection::onReadyRead()
{
    // Straight from the socket's buffer into the parser, through a buffer on the stack: a
    // connection keeps no read buffer of its own between reads.
    char chunk[16 * 1024];
    while (m_state != State::Closing) {
        const qint64 read = m_socket->read(chunk, sizeof chunk);
        if (read <= 0)
            break;
        consume(chunk, read);
    }
    if (m_state != State::Closing)
        touch();
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
            m_request = {};
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
            // A line end read before may begin the empty line that ends the block.
            const qsizetype end = headerBlockEnd(m_headerBuffer, qMax<qsizetype>(0, before - 2));
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
            m_request.body.append(data, take);
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
            m_request.body.append(data, take);
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

    // Lines end in CRLF or a bare LF; the block ends with an empty line. Views into the buffer,
    // so that only what the handler keeps is copied.
    m_request.head = m_headerBuffer; // shared, not copied: the fields point into it
    const QByteArrayView block(m_request.head);
    qsizetype at = 0;
    const auto nextLine = [&]() {
        qsizetype end = block.indexOf('\n', at);
        if (end < 0)
            end = block.size();
        QByteArrayView line = block.sliced(at, end - at);
        at = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };

    const QByteArrayView requestLine = nextLine();
    if (requestLine.isEmpty())
        return bad(u"no request line"_s);
    // "METHOD SP target SP version", exactly two spaces.
    const qsizetype space1 = requestLine.indexOf(' ');
    const qsizetype space2 = space1 < 0 ? -1 : requestLine.indexOf(' ', space1 + 1);
    if (space2 < 0 || requestLine.indexOf(' ', space2 + 1) >= 0
        || !isToken(requestLine.first(space1)) || space2 == space1 + 1) {
        return bad(u"the request line is not 'METHOD /path HTTP/1.1'"_s);
    }
    const QByteArrayView method = requestLine.first(space1);
    const QByteArrayView target = requestLine.sliced(space1 + 1, space2 - space1 - 1);
    const QByteArrayView version = requestLine.sliced(space2 + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return bad(u"only HTTP/1.0 and HTTP/1.1 are served"_s);
    const bool http10 = version == "HTTP/1.0";
    m_request.method = HttpRequest::methodFromName(method);
    m_request.methodName = method.toByteArray();
    m_request.path = HttpRequest::pathOf(target);
    if (m_request.path.isEmpty())
        return bad(u"the request target is neither '/path' nor 'http://host/path'"_s);

    qint64 contentLength = -1;
    bool chunked = false;
    bool closeToken = false;
    bool keepAliveToken = false;
    bool expectContinue = false;
    while (at < block.size()) {
        const QByteArrayView line = nextLine();
        if (line.isEmpty())
            break; // the end of the block
        if (line.startsWith(' ') || line.startsWith('\t'))
            return bad(u"folded header lines are not allowed"_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return bad(u"a header line is not 'Name: value'"_s);
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        const auto is = [name](QByteArrayView known) {
            return name.size() == known.size() && name.compare(known, Qt::CaseInsensitive) == 0;
        };
        if (is("content-length")) {
            bool ok = value.size() <= 18 && !value.isEmpty();
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 length = ok ? value.toLongLong() : -1;
            if (!ok || (contentLength >= 0 && contentLength != length))
                return bad(u"the Content-Length header is invalid"_s);
            contentLength = length;
        } else if (is("transfer-encoding")) {
            if (value.compare("chunked", Qt::CaseInsensitive) != 0 || http10)
                return bad(u"only 'Transfer-Encoding: chunked' is supported"_s);
            chunked = true;
        } else if (is("connection")) {
            for (QByteArrayView token :
                QByteArray::fromRawData(value.data(), value.size()).split(',')) {
                token = token.trimmed();
                closeToken = closeToken || token.compare("close", Qt::CaseInsensitive) == 0;
                keepAliveToken
                    = keepAliveToken || token.compare("keep-alive", Qt::CaseInsensitive) == 0;
            }
        } else if (is("expect")) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
        // An empty value is placed just after the colon, so that it reads as present.
        const qsizetype valueAt = value.isEmpty() ? name.data() - block.data() + colon + 1
                                                  : value.data() - block.data();
        m_request.fields.append({name.data() - block.data(), name.size(), valueAt, value.size()});
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

    m_current.head = m_request.method == HttpRequest::Method::Head;
    m_current.closeAfter = closeToken || (http10 && !keepAliveToken);
    if (expectContinue && !http10 && (chunked || contentLength > 0))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");

    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength > 0) {
        m_request.body.reserve(contentLength); // at most maxBodyBytes, checked above
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
    m_current.ticket = m_nextTicket++;
    m_pending.append(m_current);
    m_state = State::Idle;
    // The handler may answer at once, and that answer may close the connection: consume() stops
    // reading then.
    const HttpRequest request = std::move(m_request);
    m_request = {};
    m_handler(*this, m_current.ticket, request);
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
    // Nothing more is read, nor answered, on this connection.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::drain);
    m_socket->write(response.serialize(true));
    startLinger();
}

void HttpConnection::drain()
{
    // Discards what the client still sends (the rest of a refused body) without keeping it.
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
