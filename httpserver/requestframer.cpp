#include "requestframer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxLineBytes = 1024; // a chunk-size line or a trailer

bool isToken(QByteArrayView s)
{
    const auto isTokenChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    };
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

bool isDigits(QByteArrayView s)
{
    return !s.isEmpty()
        && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Where the header block ends: just after its first empty line (CRLF or a bare LF ends a line,
// as QHttpServer reads them). -1 while the block is incomplete.
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

ApiError badRequest(const QString &why)
{
    return ApiError::make(ApiError::Kind::BadRequest, u"Malformed HTTP request: %1."_s.arg(why));
}

ApiError bodyTooLarge(const ServerLimits &limits)
{
    return ApiError::make(ApiError::Kind::PayloadTooLarge,
        u"The request body is larger than %1 KiB (%2 bytes), the most the API accepts."_s
            .arg(limits.maxBodyBytes / 1024)
            .arg(limits.maxBodyBytes));
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &item : list.toByteArray().split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

RequestFramer::RequestFramer(const ServerLimits &limits)
    : m_limits(limits)
{ }

QList<RequestFramer::Found> RequestFramer::feed(QByteArrayView data)
{
    QList<Found> found;
    while (!data.isEmpty() && m_state != State::Refused) {
        switch (m_state) {
        case State::Idle:
            beginRequest(data);
            break;
        case State::Headers:
            readHeaders(data, found);
            break;
        case State::Body:
        case State::ChunkData:
            skipBody(data, found);
            break;
        case State::ChunkSize:
            readChunkSize(data, found);
            break;
        case State::ChunkDataEnd:
        case State::Trailers:
            readChunkEnd(data, found);
            break;
        case State::Refused:
            break;
        }
    }
    return found;
}

void RequestFramer::beginRequest(QByteArrayView &data)
{
    // Empty lines between requests are allowed (RFC 9112, 2.2).
    if (data.front() == '\r' || data.front() == '\n') {
        data = data.sliced(1);
        return;
    }
    m_state = State::Headers;
    m_headerBlock.clear();
    m_bodyTotal = 0;
    ++m_begun;
}

void RequestFramer::readHeaders(QByteArrayView &data, QList<Found> &found)
{
    const qsizetype before = m_headerBlock.size();
    const qsizetype take = qMin(data.size(), m_limits.maxHeaderBytes + 3 - before);
    m_headerBlock.append(data.first(take));
    // A line end read before may begin the empty line that ends the block.
    const qsizetype end = headerBlockEnd(m_headerBlock, qMax<qsizetype>(0, before - 2));
    // The block, its empty line included, may be maxHeaderBytes long: decided on where it ends,
    // never on how the bytes came in pieces.
    if (end > m_limits.maxHeaderBytes
        || (end < 0 && m_headerBlock.size() >= m_limits.maxHeaderBytes)) {
        return refuse(ApiError::make(ApiError::Kind::HeadersTooLarge,
                          u"The request's headers are larger than %1 KiB; send fewer or shorter "
                          "headers."_s.arg(m_limits.maxHeaderBytes / 1024)),
            found);
    }
    if (end < 0) {
        data = data.sliced(take);
        return;
    }
    data = data.sliced(end - before);
    m_headerBlock.truncate(end);
    readHeaderBlock(found);
}

void RequestFramer::skipBody(QByteArrayView &data, QList<Found> &found)
{
    // The body itself is QHttpServer's to read; only its end matters here.
    const qint64 take = qMin<qint64>(data.size(), m_bodyRemaining);
    data = data.sliced(take);
    m_bodyRemaining -= take;
    if (m_bodyRemaining > 0)
        return;
    if (m_state == State::ChunkData) {
        m_state = State::ChunkDataEnd;
        return;
    }
    m_state = State::Idle;
    found.append({Found::Kind::End, {}, {}});
}

void RequestFramer::readChunkSize(QByteArrayView &data, QList<Found> &found)
{
    if (!takeChunkLine(data, found))
        return;
    const QByteArray sizeText = m_line.split(';').first().trimmed();
    m_line.clear();
    bool ok = false;
    const qint64 chunk = sizeText.size() <= 15 ? sizeText.toLongLong(&ok, 16) : -1;
    if (!ok || chunk < 0)
        return refuse(badRequest(u"the chunked body has a bad chunk size"_s), found);
    m_bodyTotal += chunk;
    if (m_bodyTotal > m_limits.maxBodyBytes)
        return refuse(bodyTooLarge(m_limits), found);
    m_bodyRemaining = chunk;
    m_state = chunk == 0 ? State::Trailers : State::ChunkData;
}

void RequestFramer::readChunkEnd(QByteArrayView &data, QList<Found> &found)
{
    if (!takeChunkLine(data, found))
        return;
    const bool empty = m_line.isEmpty();
    m_line.clear();
    if (m_state == State::ChunkDataEnd) {
        if (!empty)
            return refuse(badRequest(u"a chunk does not end with a line end"_s), found);
        m_state = State::ChunkSize;
    } else if (empty) {
        // The empty line after the trailers ends the request.
        m_state = State::Idle;
        found.append({Found::Kind::End, {}, {}});
    }
}

bool RequestFramer::takeChunkLine(QByteArrayView &data, QList<Found> &found)
{
    const qsizetype lf = data.indexOf('\n');
    m_line.append(data.first(lf < 0 ? data.size() : lf));
    data = data.sliced(lf < 0 ? data.size() : lf + 1);
    if (m_line.size() > MaxLineBytes) {
        refuse(badRequest(u"a line of the chunked body is too long"_s), found);
        return false;
    }
    if (lf < 0)
        return false;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    return true;
}

void RequestFramer::readHeaderBlock(QList<Found> &found)
{
    const QByteArrayView block(m_headerBlock);
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

    // "METHOD SP target SP version": QHttpServer drops the connection without a word otherwise.
    const QByteArrayView requestLine = nextLine();
    const qsizetype space1 = requestLine.indexOf(' ');
    const qsizetype space2 = space1 < 0 ? -1 : requestLine.indexOf(' ', space1 + 1);
    if (space2 < 0 || requestLine.indexOf(' ', space2 + 1) >= 0
        || !isToken(requestLine.first(space1)) || space2 == space1 + 1) {
        return refuse(badRequest(u"the request line is not 'METHOD /path HTTP/1.1'"_s), found);
    }
    const QByteArrayView version = requestLine.sliced(space2 + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(badRequest(u"only HTTP/1.0 and HTTP/1.1 are served"_s), found);
    const bool http10 = version == "HTTP/1.0";

    qint64 contentLength = -1;
    bool chunked = false;
    bool close = false;
    bool keepAlive = false;
    bool expectContinue = false;
    for (QByteArrayView line = nextLine(); !line.isEmpty(); line = nextLine()) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return refuse(badRequest(u"a header line is not 'Name: value'"_s), found);
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const qint64 length = isDigits(value) && value.size() <= 18 ? value.toLongLong() : -1;
            if (length < 0 || (contentLength >= 0 && contentLength != length))
                return refuse(badRequest(u"the Content-Length header is invalid"_s), found);
            contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (value.compare("chunked", Qt::CaseInsensitive) != 0 || http10)
                return refuse(
                    badRequest(u"only 'Transfer-Encoding: chunked' is supported"_s), found);
            chunked = true;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            close = close || hasToken(value, "close");
            keepAlive = keepAlive || hasToken(value, "keep-alive");
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (chunked && contentLength >= 0) {
        return refuse(
            badRequest(u"Content-Length and Transfer-Encoding cannot both be given"_s), found);
    }
    if (contentLength > m_limits.maxBodyBytes)
        return refuse(bodyTooLarge(m_limits), found);

    Request request;
    request.head = requestLine.first(space1) == "HEAD";
    request.closeAfter = close || (http10 && !keepAlive);
    request.expectsContinue = expectContinue && !http10 && (chunked || contentLength > 0);
    found.append({Found::Kind::Headers, request, {}});
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength > 0) {
        m_bodyRemaining = contentLength;
        m_state = State::Body;
    } else {
        m_state = State::Idle;
        found.append({Found::Kind::End, {}, {}});
    }
}

void RequestFramer::refuse(ApiError error, QList<Found> &found)
{
    m_state = State::Refused;
    found.append({Found::Kind::Refusal, {}, std::move(error)});
}
