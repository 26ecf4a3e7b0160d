#pragma once

// A fake Discord for tests: a real HTTP server on loopback that speaks the parts of Discord's
// documented API that PingPanda uses (bot auth, DM channels, channel messages with nonces,
// webhooks), with Discord's error shapes ({"message", "code"}), 429 bodies with fractional
// retry_after, per-channel buckets and X-RateLimit-* headers, and a global limit. It records
// everything it receives.

#include "json/jsonvalue.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QUrl>

#include <deque>

class FakeDiscord : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path;
        QString query;
        QHash<QByteArray, QByteArray> headers; // lowercase names
        JsonValue body;
        qint64 atMs = 0; // since the fake started
        qint64 atNs = 0;
        int status = 0; // what the fake answered
    };
    struct Message
    {
        QString id;
        QString channelId; // "webhook:<id>" for webhook messages
        JsonValue embeds;
        QString nonce;
        qint64 atMs = 0;
        qint64 atNs = 0; // on clockNs()'s clock, when the request was read
    };
    struct Scripted
    {
        int status;
        JsonValue body;
        double retryAfter = -1;
    };

    FakeDiscord();

    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    // Nanoseconds since the fake started: the clock its messages are stamped with.
    qint64 clockNs() const { return m_clock.nsecsElapsed(); }
    QUrl apiBase() const;
    QUrl webhookUrl() const; // a webhook that exists
    // Another webhook (its messages' channelId is "webhook:<id>"); it exists while its id is in
    // `webhooks` (add it there first; remove it to delete the webhook).
    QUrl webhookUrl(const QString &id) const;
    QUrl unknownWebhookUrl() const; // one that does not (404, code 10015)

    // The world the fake knows.
    QString botToken = QStringLiteral(
        "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gfake0.abcdefghijklmnopqrstuvwxyz0123456789ABCD");
    QString userId = QStringLiteral("123456789012345678"); // a user the bot may DM
    QSet<QString> usersRefusingDms; // DMs to them fail with 403, code 50007
    QSet<QString> webhooks {QStringLiteral("4242424242")}; // ids of the webhooks that exist
    // Per-channel (and per-webhook) bucket: `channelLimit` messages per `channelWindowMs`.
    int channelLimit = 5;
    int channelWindowMs = 5000;
    int globalLimitPerSecond = 50;
    bool down = false; // every request gets its connection dropped
    bool serverErrors = false; // every request gets 502
    // Answers leave this late; the request has its effect at once (as when Discord posts the
    // message but the answer is slow).
    int responseDelayMs = 0;

    // The next message posts get these answers instead (each used once).
    void script(const Scripted &answer, int times = 1);

    // What the fake saw.
    QList<Request> requests;
    QList<Message> messages;
    int dmChannelsCreated = 0;
    int rateLimited = 0; // 429s the fake had to send
    int messagePosts() const; // POSTs to messages/webhooks, answered or not
    QList<Message> channelMessages() const { return messages; }

    static QString channelIdFor(const QString &userId)
    {
        return QStringLiteral("9") + userId.mid(1);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Bucket
    {
        qint64 windowStart = -1;
        int used = 0;
    };
    struct Answer
    {
        int status = 200;
        JsonValue body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    Answer answer(const Request &request);
    Answer postMessage(const Request &request, const QString &channelId, bool webhook);
    static Answer error(int status, int code, const QString &message);
    bool overGlobalLimit(Answer &out);

    QElapsedTimer m_clock;
    quint16 m_port = 0;
    QHash<QString, Bucket> m_buckets;
    Bucket m_global;
    std::deque<Scripted> m_script;
    QHash<QString, QString> m_nonces; // nonce -> message id
    int m_nextMessage = 1;
};
