#include "fakediscord.h"

#include "httpresponse.h"
#include "json/jsonparser.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QString WebhookId = u"4242424242"_s;
const QString WebhookToken = u"fake-webhook-token_ABC"_s;

} // namespace

FakeDiscord::FakeDiscord()
{
    m_clock.start();
}

quint16 FakeDiscord::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl FakeDiscord::apiBase() const
{
    return QUrl(u"http://127.0.0.1:%1/api/v10"_s.arg(m_port));
}

QUrl FakeDiscord::webhookUrl() const
{
    return QUrl(
        u"http://127.0.0.1:%1/api/webhooks/%2/%3"_s.arg(m_port).arg(WebhookId, WebhookToken));
}

QUrl FakeDiscord::webhookUrl(const QString &id) const
{
    return QUrl(u"http://127.0.0.1:%1/api/webhooks/%2/token-%2"_s.arg(m_port).arg(id));
}

QUrl FakeDiscord::unknownWebhookUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/api/webhooks/1111111111/gone"_s.arg(m_port));
}

void FakeDiscord::script(const Scripted &answer, int times)
{
    for (int i = 0; i < times; ++i)
        m_script.push_back(answer);
}

int FakeDiscord::messagePosts() const
{
    int n = 0;
    for (const Request &r : requests)
        n += r.method == "POST"
            && (r.path.endsWith(u"/messages"_s) || r.path.contains(u"/webhooks/"_s));
    return n;
}

FakeDiscord::Answer FakeDiscord::error(int status, int code, const QString &message)
{
    Answer a;
    a.status = status;
    a.body = JsonValue::object();
    a.body.insert(u"message"_s, JsonValue::string(message));
    a.body.insert(u"code"_s, JsonValue::number(code));
    return a;
}

bool FakeDiscord::overGlobalLimit(Answer &out)
{
    const qint64 now = m_clock.elapsed();
    if (m_global.windowStart < 0 || now - m_global.windowStart >= 1000) {
        m_global.windowStart = now;
        m_global.used = 0;
    }
    if (++m_global.used <= globalLimitPerSecond)
        return false;
    const double retry = (1000 - (now - m_global.windowStart)) / 1000.0;
    out = error(429, 0, u"You are being rate limited."_s);
    out.body.insert(u"retry_after"_s, JsonValue::number(retry));
    out.body.insert(u"global"_s, JsonValue::boolean(true));
    out.headers.append({"Retry-After", QByteArray::number(int(std::ceil(retry)))});
    out.headers.append({"X-RateLimit-Global"_ba, "true"_ba});
    out.headers.append({"X-RateLimit-Scope"_ba, "global"_ba});
    ++rateLimited;
    return true;
}

FakeDiscord::Answer FakeDiscord::postMessage(
    const Request &request, const QString &channelId, bool webhook)
{
    if (!m_script.empty()) {
        const Scripted s = m_script.front();
        m_script.pop_front();
        Answer a;
        a.status = s.status;
        a.body = s.body;
        if (s.retryAfter >= 0) {
            a.headers.append({"Retry-After", QByteArray::number(int(std::ceil(s.retryAfter)))});
            if (s.status == 429)
                ++rateLimited;
        }
        return a;
    }

    // The route's bucket, as Discord keeps one per channel or webhook.
    Bucket &bucket = m_buckets[channelId];
    const qint64 now = m_clock.elapsed();
    if (bucket.windowStart < 0 || now - bucket.windowStart >= channelWindowMs) {
        bucket.windowStart = now;
        bucket.used = 0;
    }
    const double resetAfter = (channelWindowMs - (now - bucket.windowStart)) / 1000.0;
    if (bucket.used >= channelLimit) {
        Answer a = error(429, 0, u"You are being rate limited."_s);
        a.body.insert(u"retry_after"_s, JsonValue::number(std::round(resetAfter * 1000) / 1000));
        a.body.insert(u"global"_s, JsonValue::boolean(false));
        a.headers.append({"Retry-After", QByteArray::number(int(std::ceil(resetAfter)))});
        a.headers.append({"X-RateLimit-Limit", QByteArray::number(channelLimit)});
        a.headers.append({"X-RateLimit-Remaining"_ba, "0"_ba});
        a.headers.append({"X-RateLimit-Reset-After", QByteArray::number(resetAfter, 'f', 3)});
        a.headers.append({"X-RateLimit-Scope"_ba, "user"_ba});
        ++rateLimited;
        return a;
    }

    const JsonValue *embeds = request.body.isObject() ? request.body.find(u"embeds") : nullptr;
    if (!embeds || !embeds->isArray() || embeds->items().empty() || embeds->items().size() > 10)
        return error(400, 50035, u"Invalid Form Body"_s);
    qsizetype total = 0;
    for (const JsonValue &e : embeds->items()) {
        for (const char16_t *key : {u"title", u"description"}) {
            if (const JsonValue *v = e.find(QStringView(key)))
                total += v->toString().size();
        }
        if (const JsonValue *fields = e.find(u"fields")) {
            if (fields->items().size() > 25)
                return error(400, 50035, u"Invalid Form Body"_s);
            for (const JsonValue &f : fields->items()) {
                const QString name = f.find(u"name") ? f.find(u"name")->toString() : QString();
                const QString value = f.find(u"value") ? f.find(u"value")->toString() : QString();
                if (name.isEmpty() || value.isEmpty() || name.size() > 256 || value.size() > 1024)
                    return error(400, 50035, u"Invalid Form Body"_s);
                total += name.size() + value.size();
            }
        }
    }
    if (total > 6000)
        return error(400, 50035, u"Invalid Form Body: embeds exceed 6000 characters"_s);

    ++bucket.used;
    Answer a;
    a.headers.append({"X-RateLimit-Limit", QByteArray::number(channelLimit)});
    a.headers.append({"X-RateLimit-Remaining", QByteArray::number(channelLimit - bucket.used)});
    a.headers.append({"X-RateLimit-Reset-After", QByteArray::number(resetAfter, 'f', 3)});
    a.headers.append({"X-RateLimit-Bucket",
        QCryptographicHash::hash(channelId.toUtf8(), QCryptographicHash::Md5).toHex()});

    const JsonValue *nonce = request.body.isObject() ? request.body.find(u"nonce") : nullptr;
    const JsonValue *enforce
        = request.body.isObject() ? request.body.find(u"enforce_nonce") : nullptr;
    const QString nonceText = nonce ? nonce->toDisplayString() : QString();
    QString id;
    if (!webhook && nonce && enforce && enforce->toBool() && m_nonces.contains(nonceText)) {
        id = m_nonces.value(nonceText); // the first message again, nothing new posted
    } else {
        id = QString::number(1000000000000000000LL + m_nextMessage++);
        messages.append({id, channelId, *embeds, nonceText, now, request.atNs});
        if (!nonceText.isEmpty())
            m_nonces.insert(nonceText, id);
    }
    a.body = JsonValue::object();
    a.body.insert(u"id"_s, JsonValue::string(id));
    a.body.insert(u"channel_id"_s, JsonValue::string(channelId));
    a.body.insert(u"embeds"_s, *embeds);
    if (!nonceText.isEmpty())
        a.body.insert(u"nonce"_s, JsonValue::string(nonceText));
    return a;
}

FakeDiscord::Answer FakeDiscord::answer(const Request &request)
{
    Answer global;
    if (overGlobalLimit(global))
        return global;
    if (serverErrors)
        return error(502, 0, u"Bad Gateway"_s);

    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    // /api/webhooks/<id>/<token>: no bot token needed.
    if (parts.size() == 4 && parts[0] == u"api"_s && parts[1] == u"webhooks"_s) {
        const QString expectedToken = parts[2] == WebhookId ? WebhookToken : u"token-"_s + parts[2];
        if (!webhooks.contains(parts[2]) || parts[3] != expectedToken)
            return error(404, 10015, u"Unknown Webhook"_s);
        if (request.method == "GET") {
            Answer a;
            a.body = JsonValue::object();
            a.body.insert(u"id"_s, JsonValue::string(parts[2]));
            a.body.insert(u"name"_s, JsonValue::string(u"PingPanda"_s));
            a.body.insert(u"channel_id"_s, JsonValue::string(u"777"_s));
            return a;
        }
        if (request.method == "POST") {
            if (request.query != u"wait=true"_s)
                return error(400, 0, u"the fake expects ?wait=true"_s);
            return postMessage(request, u"webhook:"_s + parts[2], true);
        }
        return error(405, 0, u"405: Method Not Allowed"_s);
    }

    if (parts.size() < 2 || parts[0] != u"api"_s || parts[1] != u"v10"_s)
        return error(404, 0, u"404: Not Found"_s);
    if (request.headers.value("authorization") != "Bot " + botToken.toUtf8())
        return error(401, 0, u"401: Unauthorized"_s);

    const QStringList route = parts.mid(2);
    if (request.method == "GET" && route == QStringList {u"users"_s, u"@me"_s}) {
        Answer a;
        a.body = JsonValue::object();
        a.body.insert(u"id"_s, JsonValue::string(u"555555555555555555"_s));
        a.body.insert(u"username"_s, JsonValue::string(u"PingPanda Bot"_s));
        a.body.insert(u"bot"_s, JsonValue::boolean(true));
        return a;
    }
    if (request.method == "POST" && route == QStringList {u"users"_s, u"@me"_s, u"channels"_s}) {
        const JsonValue *recipient
            = request.body.isObject() ? request.body.find(u"recipient_id") : nullptr;
        const QString who = recipient ? recipient->toString() : QString();
        if (who != userId && !usersRefusingDms.contains(who))
            return error(400, 50033, u"Invalid Recipient(s)"_s);
        ++dmChannelsCreated;
        Answer a;
        a.body = JsonValue::object();
        a.body.insert(u"id"_s, JsonValue::string(channelIdFor(who)));
        a.body.insert(u"type"_s, JsonValue::number(1));
        return a;
    }
    if (request.method == "POST" && route.size() == 3 && route[0] == u"channels"_s
        && route[2] == u"messages"_s) {
        const QString channel = route[1];
        for (const QString &refusing : std::as_const(usersRefusingDms)) {
            if (channel == channelIdFor(refusing))
                return error(403, 50007, u"Cannot send messages to this user"_s);
        }
        if (channel != channelIdFor(userId))
            return error(404, 10003, u"Unknown Channel"_s);
        return postMessage(request, channel, false);
    }
    return error(404, 0, u"404: Not Found"_s);
}

bool FakeDiscord::handleRequest(const QHttpServerRequest &http, QTcpSocket *socket)
{
    Request request;
    request.method = http.method() == QHttpServerRequest::Method::Get ? "GET"
        : http.method() == QHttpServerRequest::Method::Post           ? "POST"
                                                                      : "OTHER";
    request.path = http.url().path();
    request.query = http.url().query();
    for (const auto &[name, value] : http.headers())
        request.headers.insert(name.toLower(), value);
    if (Result<JsonValue> body = JsonParser::parse(http.body()))
        request.body = std::move(body).value();
    request.atNs = m_clock.nsecsElapsed();
    request.atMs = request.atNs / 1000000;

    if (down) {
        requests.append(request);
        socket->abort();
        return true;
    }
    const Answer a = answer(request);
    request.status = a.status;
    requests.append(request);

    const QByteArray body = a.body.toJson();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + ' '
        + HttpResponse::reasonPhrase(a.status) + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n";
    for (const auto &[name, value] : a.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + body;
    if (responseDelayMs > 0) {
        QTimer::singleShot(responseDelayMs, this, [socket = QPointer<QTcpSocket>(socket), out] {
            if (socket)
                socket->write(out);
        });
        return true;
    }
    socket->write(out);
    return true;
}

void FakeDiscord::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->abort();
}
