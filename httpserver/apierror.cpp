#include "apierror.h"

using namespace Qt::StringLiterals;

ApiError ApiError::make(Kind kind, QString message)
{
    ApiError e;
    e.kind = kind;
    e.message = std::move(message);
    return e;
}

ApiError ApiError::fromDomain(const Error &error)
{
    switch (error.code) {
    case Error::Code::InvalidInput:
    case Error::Code::Conflict:
        return make(Kind::Validation, error.message);
    case Error::Code::NotFound:
        return make(Kind::NotFound, error.message);
    case Error::Code::AlreadyExists:
    case Error::Code::InvalidState:
        return make(Kind::Validation, error.message);
    case Error::Code::Storage:
    case Error::Code::Incompatible:
        return make(Kind::Unavailable,
            u"The event could not be stored: %1 Nothing was saved; try again."_s.arg(
                error.message));
    }
    return make(Kind::Internal, error.message);
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
        response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    if (!allow.isEmpty())
        response.setHeader("Allow", allow);
    return response;
}
