#include "apiserver.h"

#include "config/liveprofile.h"
#include "connectionguard.h"
#include "guardedtcpserver.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "pingpanda.api", QtInfoMsg)

namespace {

// "host", "host:port", "[v6]" or "[v6]:port" split into a lowercase host and a port (-1: none).
bool splitHostHeader(QByteArrayView value, QString &host, int &port)
{
    QByteArray h = value.trimmed().toByteArray().toLower();
    port = -1;
    qsizetype portColon = -1;
    if (h.startsWith('[')) {
        const qsizetype close = h.indexOf(']');
        if (close < 0)
            return false;
        if (close + 1 < h.size()) {
            if (h.at(close + 1) != ':')
                return false;
            portColon = close + 1;
        }
    } else {
        portColon = h.indexOf(':');
    }
    if (portColon >= 0) {
        bool ok = false;
        port = h.mid(portColon + 1).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return false;
        h.truncate(portColon);
    }
    if (h.isEmpty())
        return false;
    host = QString::fromLatin1(h);
    return true;
}

QByteArray nameOf(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return "GET"_ba;
    case Method::Put:
        return "PUT"_ba;
    case Method::Delete:
        return "DELETE"_ba;
    case Method::Post:
        return "POST"_ba;
    case Method::Head:
        return "HEAD"_ba;
    case Method::Options:
        return "OPTIONS"_ba;
    case Method::Patch:
        return "PATCH"_ba;
    case Method::Connect:
        return "CONNECT"_ba;
    case Method::Trace:
        return "TRACE"_ba;
    default:
        return {}; // QHttpServer 6.4 keeps no name for a method it does not know
    }
}

bool isIpLiteral(const QString &host)
{
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    return !QHostAddress(h).isNull();
}

} // namespace

ApiServer::ApiServer(LiveProfile &profile, const ServerLimits &limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_profile(profile)
    , m_limits(limits)
{ }

ApiServer::~ApiServer() = default;

void ApiServer::route(Method method, const QString &path, Access access, Handler handler)
{
    m_routes.append({method, path.split(u'/', Qt::SkipEmptyParts), access, std::move(handler), {}});
}

void ApiServer::route(Method method, const QString &path, Access access, DeferredHandler handler)
{
    m_routes.append({method, path.split(u'/', Qt::SkipEmptyParts), access, {}, std::move(handler)});
}

Status ApiServer::listen(const QHostAddress &address, quint16 port)
{
    auto server = std::make_unique<GuardedTcpServer>(m_limits);
    if (!server->listen(address, port)) {
        const QString where = u"%1 on %2"_s.arg(port).arg(address.toString());
        if (server->serverError() == QAbstractSocket::AddressInUseError) {
            return Error::invalidState(
                tr("Port %1 is already in use, perhaps by another PingPanda. Stop that program, or "
                   "choose another port with --port N (or: pingpanda config set server.port N).")
                    .arg(where));
        }
        return Error::invalidState(
            tr("Cannot listen on port %1: %2. Choose another port with --port "
               "N, or another address with --bind.")
                .arg(where, server->errorString()));
    }
    m_tcpServer = server.release();
    m_tcpServer->pauseAccepting();
    bind(m_tcpServer); // and makes it a child of this server

    const QHostAddress bound = m_tcpServer->serverAddress();
    m_anyAddress = bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4
        || bound == QHostAddress::AnyIPv6;
    m_hostNames = {u"localhost"_s};
    const QString literal = bound.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(bound.toString())
        : bound.toString();
    m_hostNames << literal.toLower();
    if (!bound.isLoopback()) {
        // Reachable from the network: the machine's own names are names of it too.
        const QString name = QHostInfo::localHostName().toLower();
        if (!name.isEmpty())
            m_hostNames << name << name + u".local"_s;
    }
    qCInfo(lcApi) << "listening on" << url();
    return {};
}

void ApiServer::setAccepting(bool accepting)
{
    if (!m_tcpServer)
        return;
    if (accepting)
        m_tcpServer->resumeAccepting();
    else
        m_tcpServer->pauseAccepting();
}

QHostAddress ApiServer::serverAddress() const
{
    return m_tcpServer ? m_tcpServer->serverAddress() : QHostAddress();
}

quint16 ApiServer::serverPort() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QString ApiServer::url() const
{
    const QHostAddress a = serverAddress();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(a.toString())
                                                                       : a.toString();
    return u"http://%1:%2"_s.arg(host).arg(serverPort());
}

int ApiServer::connectionCount() const
{
    return m_tcpServer ? m_tcpServer->connectionCount() : 0;
}

std::optional<QByteArray> ApiServer::header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[fieldName, value] : request.headers()) {
        if (name.compare(fieldName, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

bool ApiServer::constantTimeEquals(QByteArrayView presented, QByteArrayView secret)
{
    // The loop runs over what was presented and reads the secret at every step, so its time
    // depends on the presented length only, never on how much of the secret matched. (A key's
    // length tells nothing: every API key has the same.) Hashing both sides with SHA-256 did
    // the same at a tenth of a request's cost.
    if (secret.isEmpty())
        return false;
    unsigned char diff = presented.size() == secret.size() ? 0 : 1;
    for (qsizetype i = 0; i < presented.size(); ++i)
        diff |= static_cast<unsigned char>(presented[i] ^ secret[i % secret.size()]);
    return diff == 0;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ConnectionGuard *guard = ConnectionGuard::of(socket);
    if (!guard)
        return false; // not a connection of this server's listening socket
    const quint64 ticket = guard->takeRequest(makeResponder(request, socket));
    // Method and path for the debug line only when that line is written.
    const bool debug = lcApi().isDebugEnabled();
    dispatch(request,
        [guard = QPointer<ConnectionGuard>(guard), ticket,
            method = debug ? nameOf(request.method()) : QByteArray(),
            path = debug ? request.url().path() : QString()](const HttpResponse &response) {
            qCDebug(lcApi) << method << path << response.status;
            if (guard)
                guard->respond(ticket, response);
        });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() takes every request of a guarded connection; any other is not ours.
    socket->disconnectFromHost();
}

bool ApiServer::matches(const Route &route, const QList<QStringView> &segments, QStringView &arg)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.segments[i] == u"<arg>"_s)
            arg = segments[i];
        else if (route.segments[i] != segments[i])
            return false;
    }
    return true;
}

std::optional<ApiError> ApiServer::checkHost(const QHttpServerRequest &request) const
{
    const QByteArray value = request.value("Host"_ba);
    if (value.isEmpty())
        return std::nullopt; // HTTP/1.0 clients may send none; a browser always does
    QString host;
    int port = -1;
    const bool parsed = splitHostHeader(value, host, port);
    const bool known
        = parsed && (m_hostNames.contains(host) || (m_anyAddress && isIpLiteral(host)));
    if (known && (port == -1 || port == serverPort()))
        return std::nullopt;
    // A name the user gave (server.allowed-hosts): a tunnel or proxy in front, on its own port.
    if (parsed && m_profile.allowedHosts().contains(host))
        return std::nullopt;
    // Refusing other names stops web pages from reaching the API through DNS rebinding.
    return ApiError::make(ApiError::Kind::MisdirectedRequest,
        u"This server does not answer for the host \"%1\". Use %2, or add the name with: "
        "pingpanda config set server.allowed-hosts NAME"_s.arg(
            QString::fromLatin1(value.first(qMin<qsizetype>(value.size(), 100))), url()));
}

std::variant<Caller, ApiError> ApiServer::authenticate(const QHttpServerRequest &request)
{
    const QByteArray value = request.value("Authorization"_ba);
    if (value.isEmpty())
        return ApiError::make(ApiError::Kind::MissingAuth, u"Unauthorized"_s);
    // "Bearer KEY": the scheme in any case, any whitespace around and between the two, none in
    // the key.
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    const QByteArrayView text = QByteArrayView(value).trimmed();
    const qsizetype schemeEnd = std::find_if(text.begin(), text.end(), isSpace) - text.begin();
    const QByteArrayView rest = text.sliced(schemeEnd).trimmed();
    if (text.first(schemeEnd).compare("Bearer", Qt::CaseInsensitive) != 0 || rest.isEmpty()
        || std::any_of(rest.begin(), rest.end(), isSpace)) {
        return ApiError::make(ApiError::Kind::InvalidAuthFormat,
            u"Invalid auth header format. Expected 'Bearer [API_KEY]'"_s);
    }
    if (constantTimeEquals(rest, m_profile.apiKeyBytes()))
        return Caller {{}, {}, m_profile.apiKey()};
    if (const ApiKey *key = m_profile.toolKey(rest)) {
        m_profile.noteUsed(*key);
        return Caller {key->name, key->categories, u"key:"_s + key->name};
    }
    return ApiError::make(ApiError::Kind::InvalidApiKey, u"Invalid API key"_s);
}

std::optional<ApiError> ApiServer::checkOrigin(const QByteArray &origin) const
{
    if (origin.isEmpty() || m_profile.allowedOrigins().contains(QString::fromLatin1(origin)))
        return std::nullopt;
    return ApiError::make(ApiError::Kind::ForbiddenOrigin,
        u"Requests from web pages are refused (Origin %1). To allow this page, run: pingpanda "
        "config set server.allowed-origins %1"_s.arg(QString::fromLatin1(origin.left(200))));
}

HttpResponse ApiServer::withCors(HttpResponse response, const QByteArray &origin)
{
    if (!origin.isEmpty()) {
        response.setHeader("Access-Control-Allow-Origin"_ba, origin);
        response.setHeader("Vary"_ba, "Origin"_ba);
    }
    response.setHeader("Cache-Control"_ba, "no-store"_ba);
    return response;
}

ApiServer::Match ApiServer::findRoute(QStringView path, Method method) const
{
    if (method == Method::Head)
        method = Method::Get; // HEAD is GET without the body; the guard leaves the body out
    const QList<QStringView> segments = path.split(u'/', Qt::SkipEmptyParts);
    Match match;
    for (const Route &r : std::as_const(m_routes)) {
        QStringView arg;
        if (!matches(r, segments, arg))
            continue;
        match.pathMethods.append(r.method);
        if (r.method == method) {
            match.route = &r;
            match.arg = arg.toString();
        }
    }
    return match;
}

QByteArray ApiServer::Match::allowed(bool withOptions) const
{
    QByteArrayList names;
    for (Method m : pathMethods) {
        names << nameOf(m);
        if (m == Method::Get)
            names << "HEAD";
    }
    if (withOptions)
        names << "OPTIONS";
    return names.join(", ");
}

HttpResponse ApiServer::preflight(const Match &match, const QByteArray &origin)
{
    HttpResponse response = HttpResponse::empty(204);
    const QByteArray allowed = match.allowed(true);
    response.setHeader("Allow"_ba, allowed);
    if (!origin.isEmpty()) {
        response.setHeader("Access-Control-Allow-Methods"_ba, allowed);
        response.setHeader(
            "Access-Control-Allow-Headers"_ba, "Authorization, Content-Type, Idempotency-Key"_ba);
        response.setHeader("Access-Control-Max-Age"_ba, "600"_ba);
    }
    return response;
}

void ApiServer::dispatch(const QHttpServerRequest &request, Respond respond)
{
    if (Result<bool> refreshed = m_profile.refreshIfChanged(); !refreshed)
        return respond(ApiError::fromDomain(refreshed.error()).toResponse());
    if (std::optional<ApiError> e = checkHost(request))
        return respond(e->toResponse());
    // Kept by the answer: those that wait for the disk are written after the request is gone.
    const QByteArray origin = request.value("Origin"_ba);
    if (std::optional<ApiError> e = checkOrigin(origin))
        return respond(e->toResponse());
    const auto answer = [&respond, &origin](
                            const HttpResponse &response) { respond(withCors(response, origin)); };

    // The path percent-decoded, without the query; an absolute-form target ("http://host/path")
    // names the same resource.
    const QString path = request.url().path();
    if (!path.startsWith(u'/')) {
        return answer(ApiError::make(ApiError::Kind::BadRequest,
            u"Malformed HTTP request: the request target is neither '/path' nor "
            "'http://host/path'."_s)
                          .toResponse());
    }
    const Match match = findRoute(path, request.method());
    if (match.pathMethods.isEmpty()) {
        return answer(ApiError::make(ApiError::Kind::NotFound,
            u"There is nothing at %1. The API serves POST /api/v1/events, GET /api/v1/events/<id>, "
            "GET /api/v1/categories, POST /api/v1/hooks/<name> and GET /api/v1/health."_s.arg(
                path.left(200)))
                          .toResponse());
    }
    if (request.method() == Method::Options)
        return answer(preflight(match, origin));
    if (!match.route) {
        const QByteArray name = nameOf(request.method());
        ApiError e = ApiError::make(ApiError::Kind::MethodNotAllowed,
            u"%1 is not allowed on %2; use %3."_s.arg(
                name.isEmpty() ? u"That method"_s : QString::fromLatin1(name), path.left(200),
                QString::fromLatin1(match.allowed(false))));
        e.allow = match.allowed(true);
        return answer(e.toResponse());
    }
    Caller caller;
    if (match.route->access == Access::ApiKey) {
        std::variant<Caller, ApiError> authenticated = authenticate(request);
        if (const ApiError *e = std::get_if<ApiError>(&authenticated))
            return answer(e->toResponse());
        caller = std::get<Caller>(std::move(authenticated));
    }
    if (!match.route->deferred)
        return answer(match.route->handler(request, match.arg, caller));
    match.route->deferred(request, match.arg, caller,
        [respond = std::move(respond), origin](
            const HttpResponse &response) { respond(withCors(response, origin)); });
}
