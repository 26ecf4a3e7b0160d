#pragma once

#include "json/jsonvalue.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

// What Discord answered, with what its rules need: the JSON error code and message, a 429's
// retry_after, and the rate-limit headers that say how much of a bucket is left.
struct DiscordReply
{
    int httpStatus = 0; // 0: no answer at all (network error, timeout)
    QString networkError;
    JsonValue body;
    int code = 0; // Discord's JSON error code, e.g. 50007
    QString message; // Discord's error message
    double retryAfterSeconds = -1; // from a 429's body or its Retry-After header
    bool global = false; // a 429 for the whole bot, not one route
    int remaining = -1; // X-RateLimit-Remaining, -1 when absent
    double resetAfterSeconds = -1; // X-RateLimit-Reset-After

    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    QString id() const; // the "id" of the returned object (channel, message, user)
};

// Discord's HTTP API as PingPanda uses it, on QNetworkAccessManager with timeouts. Every call
// reports once, through its callback, in this object's thread.
class DiscordClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordClient)

public:
    using Callback = std::function<void(const DiscordReply &)>;
    static constexpr int TimeoutMs = 20000;

    explicit DiscordClient(QObject *parent = nullptr);

    // https://discord.com/api/v10 unless PINGPANDA_DISCORD_API_BASE or the setting says otherwise.
    void setApiBase(const QUrl &base) { m_base = base; }
    QUrl apiBase() const { return m_base; }
    void setToken(const QString &token) { m_token = token; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // GET /users/@me: is the token good?
    void currentUser(Callback done);
    // POST /users/@me/channels {"recipient_id"}: the DM channel with a user (created once).
    void createDmChannel(const QString &userId, Callback done);
    // POST /channels/<id>/messages {"embeds", "nonce", "enforce_nonce": true}
    void sendMessage(
        const QString &channelId, const JsonValue &embeds, const QString &nonce, Callback done);
    // POST <webhook>?wait=true {"embeds"}: no token needed.
    void executeWebhook(const QUrl &webhook, const JsonValue &embeds, Callback done);
    // GET <webhook>: does it exist?
    void getWebhook(const QUrl &webhook, Callback done);

    static QUrl defaultApiBase();

private:
    void request(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool withToken,
        Callback done);

    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_token;
    int m_timeoutMs = TimeoutMs;
};
