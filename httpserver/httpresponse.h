#pragma once

#include "json/jsonvalue.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// An answer of the API: status, headers and body. ConnectionGuard writes it through QHttpServer's
// responder, or, for a request it refuses before QHttpServer has it, as serialize() gives it.
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

    // Status line, headers (with Content-Length and, when closing, Connection: close), body.
    QByteArray serialize(bool closeConnection) const;
};
