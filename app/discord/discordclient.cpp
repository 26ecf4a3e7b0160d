#include "discord/discordclient.h"

#include "version.h"
#include "json/jsonparser.h"

#include <QNetworkReply>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

QString DiscordReply::id() const
{
    const JsonValue *v = body.isObject() ? body.find(u"id") : nullptr;
    return v && v->isString() ? v->toString() : QString();
}

DiscordClient::DiscordClient(QObject *parent)
    : QObject(parent)
    , m_base(defaultApiBase())
{
    m_network.setAutoDeleteReplies(true);
}

QUrl DiscordClient::defaultApiBase()
{
    return QUrl(u"https://discord.com/api/v10"_s);
}

void DiscordClient::request(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, bool withToken, Callback done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // Discord asks bots to say who they are in this form.
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QByteArray("DiscordBot (https://pingpanda.com, " PINGPANDA_VERSION ")"));
    if (withToken)
        request.setRawHeader("Authorization", "Bot " + m_token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        // Each reply is freed once handled: a tray app sends for weeks.
        reply->deleteLater();
        DiscordReply r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (r.httpStatus == 0)
            r.networkError = reply->errorString();
        // A reply aborted by the timeout is closed: nothing to read.
        const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
        if (Result<JsonValue> json = JsonParser::parse(data))
            r.body = std::move(json).value();
        if (r.body.isObject()) {
            if (const JsonValue *code = r.body.find(u"code"); code && code->isNumber())
                r.code = int(code->toDouble());
            if (const JsonValue *message = r.body.find(u"message"); message && message->isString())
                r.message = message->toString();
            if (const JsonValue *retry = r.body.find(u"retry_after"); retry && retry->isNumber())
                r.retryAfterSeconds = retry->toDouble();
            if (const JsonValue *global = r.body.find(u"global"); global && global->isBool())
                r.global = global->toBool();
        }
        if (r.retryAfterSeconds < 0 && reply->hasRawHeader("Retry-After"))
            r.retryAfterSeconds = reply->rawHeader("Retry-After").toDouble();
        if (reply->rawHeader("X-RateLimit-Global").compare("true", Qt::CaseInsensitive) == 0)
            r.global = true;
        bool ok = false;
        const int remaining = reply->rawHeader("X-RateLimit-Remaining").toInt(&ok);
        if (ok)
            r.remaining = remaining;
        const double resetAfter = reply->rawHeader("X-RateLimit-Reset-After").toDouble(&ok);
        if (ok)
            r.resetAfterSeconds = resetAfter;
        done(r);
    });
}

void DiscordClient::currentUser(Callback done)
{
    request("GET", QUrl(m_base.toString() + u"/users/@me"_s), {}, true, std::move(done));
}

void DiscordClient::createDmChannel(const QString &userId, Callback done)
{
    JsonValue body = JsonValue::object();
    body.insert(u"recipient_id"_s, JsonValue::string(userId));
    request("POST", QUrl(m_base.toString() + u"/users/@me/channels"_s), body.toJson(), true,
        std::move(done));
}

void DiscordClient::sendMessage(
    const QString &channelId, const JsonValue &embeds, const QString &nonce, Callback done)
{
    JsonValue body = JsonValue::object();
    body.insert(u"embeds"_s, embeds);
    if (!nonce.isEmpty()) {
        // With enforce_nonce, Discord answers a repeat of the nonce with the first message
        // instead of posting again: what makes a resend after a crash safe.
        body.insert(u"nonce"_s, JsonValue::string(nonce));
        body.insert(u"enforce_nonce"_s, JsonValue::boolean(true));
    }
    request("POST", QUrl(m_base.toString() + u"/channels/%1/messages"_s.arg(channelId)),
        body.toJson(), true, std::move(done));
}

void DiscordClient::executeWebhook(const QUrl &webhook, const JsonValue &embeds, Callback done)
{
    QUrl url = webhook;
    QUrlQuery query(url);
    query.removeAllQueryItems(u"wait"_s);
    query.addQueryItem(u"wait"_s, u"true"_s);
    url.setQuery(query);
    JsonValue body = JsonValue::object();
    body.insert(u"embeds"_s, embeds);
    request("POST", url, body.toJson(), false, std::move(done));
}

void DiscordClient::getWebhook(const QUrl &webhook, Callback done)
{
    request("GET", webhook, {}, false, std::move(done));
}
