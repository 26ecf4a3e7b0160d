#pragma once

#include "apierror.h"
#include "domain/error.h"
#include "httpresponse.h"
#include "serverlimits.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QVarLengthArray>

#include <functional>
#include <variant>

class GuardedTcpServer;
class LiveProfile;

// Who sent a request, as its key says: the profile's own key, which may send everything, or a
// key made for one tool (`pingpanda api-key add`), which may be limited to some categories.
struct Caller
{
    QString keyName; // empty: the profile's own key, or a public route
    QStringList categories; // empty: every category
    QString rateBucket; // each key has its own rate limit

    bool allows(const QString &category) const
    {
        return categories.isEmpty() || categories.contains(category);
    }
};

// The HTTP front of the Events API. Every request passes, in the contract's order: the Host
// check (421), the Origin rule (403, or a CORS preflight), routing (404, 405 with Allow), then,
// for protected routes, authentication (401) in this one place, and only then a controller.
// Oversized bodies (413) never get here: the connection guard answers them first.
//
// A QAbstractHttpServer rather than a QHttpServer with route(): QHttpServer 6.4 answers a wrong
// method, an unknown one and an unknown path alike with an empty 404, runs no check before its
// routes, and does not apply afterRequest() to what its missing handler writes.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    using Method = QHttpServerRequest::Method;
    enum class Access { Public, ApiKey };
    // The request, the value of the path's "<arg>" segment (if it has one) and who sent it.
    using Handler = std::function<HttpResponse(
        const QHttpServerRequest &request, const QString &arg, const Caller &caller)>;
    // Sends the answer; call it once, on the server's thread, now or later.
    using Respond = std::function<void(const HttpResponse &response)>;
    // A handler whose answer comes later (an event is answered once it is on disk). It must take
    // what it needs from the request before returning: the request does not outlive the call.
    using DeferredHandler = std::function<void(const QHttpServerRequest &request,
        const QString &arg, const Caller &caller, Respond respond)>;

    ApiServer(LiveProfile &profile, const ServerLimits &limits, QObject *parent = nullptr);
    ~ApiServer() override;

    // Path segments written "<arg>" match any one segment.
    void route(Method method, const QString &path, Access access, Handler handler);
    void route(Method method, const QString &path, Access access, DeferredHandler handler);

    // Listens on address:port (0: any free port). The error names the port and what to do.
    // Connections wait in the backlog until accepting() is turned on.
    Status listen(const QHostAddress &address, quint16 port);
    void setAccepting(bool accepting);
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    // http://ADDR:PORT, with IPv6 addresses in brackets.
    QString url() const;
    int connectionCount() const;

    // The first header field of that name (any case); none when the request has no such field,
    // an empty value when it has one without a value.
    static std::optional<QByteArray> header(const QHttpServerRequest &request, QByteArrayView name);
    // Compares without leaking, through timing, how much of the key was right.
    static bool constantTimeEquals(QByteArrayView presented, QByteArrayView secret);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        Method method;
        QStringList segments;
        Access access;
        Handler handler; // one of these two
        DeferredHandler deferred;
    };

    // The routes a path matches: the one for the method, if any, and every method the path has.
    struct Match
    {
        const Route *route = nullptr;
        QString arg;
        QVarLengthArray<Method, 8> pathMethods;
        // The methods for an Allow header ("GET, HEAD", and OPTIONS when asked).
        QByteArray allowed(bool withOptions) const;
    };

    void dispatch(const QHttpServerRequest &request, Respond respond);
    Match findRoute(QStringView path, Method method) const;
    std::optional<ApiError> checkOrigin(const QByteArray &origin) const;
    static HttpResponse withCors(HttpResponse response, const QByteArray &origin);
    static HttpResponse preflight(const Match &match, const QByteArray &origin);
    std::optional<ApiError> checkHost(const QHttpServerRequest &request) const;
    std::variant<Caller, ApiError> authenticate(const QHttpServerRequest &request);
    static bool matches(const Route &route, const QList<QStringView> &segments, QStringView &arg);

    LiveProfile &m_profile;
    ServerLimits m_limits;
    GuardedTcpServer *m_tcpServer = nullptr;
    QList<Route> m_routes;
    QStringList m_hostNames; // names the Host header may carry; empty: any IP literal is fine too
    bool m_anyAddress = false;
};
