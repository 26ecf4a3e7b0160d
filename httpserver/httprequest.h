#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVarLengthArray>

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
    // The header block as received, and where each field's name (as sent) and value (trimmed)
    // lie in it: one buffer for them all rather than two for each field.
    QByteArray head;
    struct Field
    {
        qsizetype nameAt = 0;
        qsizetype nameSize = 0;
        qsizetype valueAt = 0;
        qsizetype valueSize = 0;
    };
    QVarLengthArray<Field, 16> fields;
    QByteArray body;

    // The first field of that name (any case), as a view into `head`, valid while this request
    // is: null when there is none, empty (not null) when the field is there without a value.
    QByteArrayView header(QByteArrayView name) const;

    static Method methodFromName(QByteArrayView name);
    static QByteArray nameOf(Method method); // "UNKNOWN" for Unknown
    // The path of a request target: "/a%20b?q" and "http://host/a%20b" give "/a b". Empty when
    // the target is neither form.
    static QString pathOf(QByteArrayView target);
};
