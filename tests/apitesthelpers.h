#pragma once

// Helpers for tests that talk to a real server over loopback: whole HTTP exchanges with
// QNetworkAccessManager, and raw bytes over a QTcpSocket for what a well-behaved client never
// sends. Both wait by running the event loop, so an in-process server keeps serving meanwhile.

#include "json/jsonparser.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lowercase
    bool complete = false;

    JsonValue json() const
    {
        Result<JsonValue> v = JsonParser::parse(body);
        return v ? v.value() : JsonValue();
    }
    QString message() const
    {
        const JsonValue v = json();
        const JsonValue *m = v.isObject() ? v.find(u"message") : nullptr;
        return m ? m->toString() : QString();
    }
};

inline HttpReply httpRequest(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
    const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
    int timeoutMs = 10000)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply r;
    r.complete = reply->isFinished();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return r;
}

// Splits raw bytes into the HTTP responses they hold (bodies by Content-Length).
inline QList<HttpReply> parseResponses(QByteArray data)
{
    QList<HttpReply> replies;
    while (data.startsWith("HTTP/1.")) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = data.left(end).split('\n');
        HttpReply r;
        r.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length", "0").toLongLong();
        r.body = data.mid(end + 4, length);
        r.complete = r.body.size() == length;
        data = data.mid(end + 4 + length);
        replies.append(r);
    }
    return replies;
}

// A raw connection to host:port; everything received is kept in received().
class RawClient
{
public:
    RawClient(quint16 port)
    {
        QObject::connect(
            &m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_closed = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // Runs the event loop until condition() holds or timeoutMs pass; returns condition().
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs)
    {
        // condition() is evaluated once per round, so it may have effects (send a request).
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            if (condition())
                return true;
            if (timer.elapsed() >= timeoutMs)
                return false;
            QEventLoop loop;
            QTimer::singleShot(5, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }

    bool waitForResponses(int count, int timeoutMs = 5000)
    {
        return waitFor(
            [&] {
                const QList<HttpReply> r = parseResponses(m_received);
                return r.size() >= count && r.at(count - 1).complete;
            },
            timeoutMs);
    }
    bool waitForClose(int timeoutMs = 5000)
    {
        return waitFor([this] { return m_closed; }, timeoutMs);
    }

    QList<HttpReply> responses() const { return parseResponses(m_received); }
    QByteArray received() const { return m_received; }
    bool closed() const { return m_closed; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};
