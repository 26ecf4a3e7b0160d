#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// One request as HttpConnection framed it: the request line, the header fields and the whole
// body (a chunked body already joined). HttpConnection parses every request once, for its limits
// and for the handlers alike.
struct HttpRequest
{
    enum class Method { Unknown, Get, Head, Post, Put, Delete, Options, Patch, Connect, Trace };

    Method method = Method::Unknown;
    QByteArray methodName; // as sent, e.g. "POST" or "FOO"
    QString path; // percent-decoded, without the query
    QList<std::pair<QByteArray, QByteArray>> headers; // names as sent, values trimmed
    QByteArray body;

    // The first field of that name (any case); null when there is none, empty (not null) when
    // the field is there without a value.
    QByteArray header(QByteArrayView name) const;

    static Method methodFromName(QByteArrayView name);
    static QByteArray nameOf(Method method); // "UNKNOWN" for Unknown
    // The path of a request target: "/a%20b?q" and "http://host/a%20b" give "/a b". Empty when
    // the target is neither form.
    static QString pathOf(QByteArrayView target);
};
