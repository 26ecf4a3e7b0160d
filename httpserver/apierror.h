#pragma once

#include "domain/error.h"
#include "httpresponse.h"

#include <QString>

// Everything the API can answer instead of success, as a value. status() is the one place that
// maps these to HTTP; toResponse() the one place that shapes the JSON body.
//
// API messages are not translated: scripts read them, the hosted service's are English, and a
// server's answers must not change with the desktop's language.
class ApiError
{
public:
    enum class Kind {
        BadRequest, // 400: malformed HTTP
        InvalidJson, // 400: body is not JSON / not an object
        MissingAuth, // 401
        InvalidAuthFormat, // 401
        InvalidApiKey, // 401
        ForbiddenOrigin, // 403: a web page's request from an origin not allowed
        NoDestination, // 403: Discord is not set up
        CategoryNotAllowed, // 403: the tool's key may not send this category
        NotFound, // 404
        MethodNotAllowed, // 405
        RequestTimeout, // 408
        PayloadTooLarge, // 413
        UnsupportedMediaType, // 415
        MisdirectedRequest, // 421: Host is not this server
        Validation, // 422
        RateLimited, // 429
        HeadersTooLarge, // 431
        Unavailable, // 503: storage cannot take the event now, or too many connections
        Internal, // 500
    };

    Kind kind = Kind::Internal;
    QString message;
    QString detail; // extra explanation (the JSON parser's reason for a 400)
    int retryAfterSeconds = 0; // 429 (and 503 when known)
    QByteArray allow; // 405: the methods the path accepts

    static ApiError make(Kind kind, QString message);
    // A core error (store, validation) as the API answers it.
    static ApiError fromDomain(const Error &error);
    // The answers the events and hooks share, worded as the hosted service words them.
    static ApiError noDestination();
    static ApiError categoryNotFound(const QString &name);
    static ApiError rateLimited(int retryAfterSeconds);

    int status() const;
    HttpResponse toResponse() const;
};

template<typename T>
using ApiResult = Result<T, ApiError>;
