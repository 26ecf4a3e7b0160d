#pragma once

#include "jsonvalue.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// A response as it goes on the wire: HttpConnection writes it as serialize() gives it, so the
// server controls every header and when a connection closes.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const JsonValue &value);
    // A body that is JSON text already.
    static HttpResponse json(int status, QByteArray text);
    static HttpResponse empty(int status);
    static QByteArray reasonPhrase(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    // Status line, headers (with Content-Length and, when closing, Connection: close), body.
    // A HEAD request gets the headers only.
    QByteArray serialize(bool closeConnection, bool headOnly = false) const;
};
