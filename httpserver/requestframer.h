#pragma once

#include "apierror.h"
#include "serverlimits.h"

#include <QByteArray>
#include <QList>

#include <optional>

// Where HTTP/1.x requests begin and end in a connection's byte stream, read only as far as the
// server's limits need: the request line's shape and version, and the Content-Length,
// Transfer-Encoding, Connection and Expect headers. QHttpServer parses the requests; this keeps
// no body and builds no request. A pure function of the bytes fed (in whatever pieces they
// come), so that it can be fuzzed on its own; ConnectionGuard acts on what it finds.
class RequestFramer
{
public:
    // What one request's headers said about handling it.
    struct Request
    {
        bool head = false; // HEAD: the answer has no body
        bool closeAfter = false; // Connection: close, or HTTP/1.0 without keep-alive
        bool expectsContinue = false; // Expect: 100-continue with a body to come
    };
    // What was found in the bytes fed, in order.
    struct Found
    {
        enum class Kind { Headers, End, Refusal };
        Kind kind;
        Request request; // Headers: a request whose headers are complete
        std::optional<ApiError> refusal; // Refusal: why nothing more is read
    };

    explicit RequestFramer(const ServerLimits &limits);

    QList<Found> feed(QByteArrayView data);

    // Whether a request has begun and not ended (its time is running), and how many have begun.
    bool midRequest() const { return m_state != State::Idle && m_state != State::Refused; }
    quint64 requestsBegun() const { return m_begun; }
    bool refused() const { return m_state == State::Refused; }

private:
    enum class State { Idle, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Refused };

    // One step of feed() in each state: each takes what it reads off the front of `data`.
    void beginRequest(QByteArrayView &data);
    void readHeaders(QByteArrayView &data, QList<Found> &found);
    void skipBody(QByteArrayView &data, QList<Found> &found);
    void readChunkSize(QByteArrayView &data, QList<Found> &found);
    void readChunkEnd(QByteArrayView &data, QList<Found> &found);
    bool takeChunkLine(QByteArrayView &data, QList<Found> &found);
    void readHeaderBlock(QList<Found> &found);
    void refuse(ApiError error, QList<Found> &found);

    ServerLimits m_limits;
    State m_state = State::Idle;
    QByteArray m_headerBlock;
    QByteArray m_line; // a chunk-size line or a trailer
    qint64 m_bodyRemaining = 0;
    qint64 m_bodyTotal = 0;
    quint64 m_begun = 0;
};
