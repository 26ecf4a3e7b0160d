#include "apierror.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApiError, "pingpanda.api.errors", QtInfoMsg)

ApiError ApiError::make(Kind kind, QString message)
{
    ApiError e;
    e.kind = kind;
    e.message = std::move(message);
    return e;
}

ApiError ApiError::noDestination()
{
    return make(Kind::NoDestination, u"Please enter your discord ID in your account settings"_s);
}

ApiError ApiError::categoryNotFound(const QString &name)
{
    // The apostrophe is missing in the hosted service's wording too: scripts may match on it.
    return make(Kind::NotFound, u"You dont have a category named \"%1\""_s.arg(name));
}

ApiError ApiError::rateLimited(int retryAfterSeconds)
{
    ApiError e = make(Kind::RateLimited, u"Rate limit exceeded. Please try again later."_s);
    e.retryAfterSeconds = retryAfterSeconds;
    return e;
}

ApiError ApiError::fromDomain(const Error &error)
{
    // The API speaks English whatever the desktop's language: the domain's message is in the
    // user's language, so it goes to the log and the answer says the same in English, with the
    // untranslated cause where there is one.
    qCInfo(lcApiError).noquote() << "answering an error:" << error.message;
    const QString cause = error.detail.isEmpty() ? QString() : u" (%1)"_s.arg(error.detail);
    switch (error.code) {
    case Error::Code::InvalidInput:
    case Error::Code::AlreadyExists:
    case Error::Code::InvalidState:
        return make(
            Kind::Validation, u"The request breaks a rule of the stored data%1."_s.arg(cause));
    case Error::Code::Conflict:
        // The one conflict the API meets: an Idempotency-Key reused for another request.
        return make(Kind::Validation,
            u"This Idempotency-Key was already used for a different request. Use a new key for a "
            "new event."_s);
    case Error::Code::NotFound:
        return make(Kind::NotFound, u"Not found%1."_s.arg(cause));
    case Error::Code::Storage:
    case Error::Code::Incompatible:
        return make(Kind::Unavailable,
            u"The event could not be stored: the database could not be read or written%1. "
            "Nothing was saved; try again."_s.arg(cause));
    }
    return make(Kind::Internal, u"Something went wrong%1."_s.arg(cause));
}

int ApiError::status() const
{
    switch (kind) {
    case Kind::BadRequest:
    case Kind::InvalidJson:
        return 400;
    case Kind::MissingAuth:
    case Kind::InvalidAuthFormat:
    case Kind::InvalidApiKey:
        return 401;
    case Kind::ForbiddenOrigin:
    case Kind::NoDestination:
    case Kind::CategoryNotAllowed:
        return 403;
    case Kind::NotFound:
        return 404;
    case Kind::MethodNotAllowed:
        return 405;
    case Kind::RequestTimeout:
        return 408;
    case Kind::PayloadTooLarge:
        return 413;
    case Kind::UnsupportedMediaType:
        return 415;
    case Kind::MisdirectedRequest:
        return 421;
    case Kind::Validation:
        return 422;
    case Kind::RateLimited:
        return 429;
    case Kind::HeadersTooLarge:
        return 431;
    case Kind::Unavailable:
        return 503;
    case Kind::Internal:
        return 500;
    }
    return 500;
}

HttpResponse ApiError::toResponse() const
{
    JsonValue body = JsonValue::object();
    body.insert(u"message"_s, JsonValue::string(message));
    if (!detail.isEmpty())
        body.insert(u"detail"_s, JsonValue::string(detail));
    if (kind == Kind::RateLimited)
        body.insert(u"retryAfter"_s, JsonValue::number(retryAfterSeconds));
    HttpResponse response = HttpResponse::json(status(), body);
    if (retryAfterSeconds > 0)
        response.setHeader("Retry-After"_ba, QByteArray::number(retryAfterSeconds));
    if (!allow.isEmpty())
        response.setHeader("Allow"_ba, allow);
    return response;
}
