#include "httpresponse.h"

using namespace Qt::StringLiterals;

HttpResponse HttpResponse::json(int status, const JsonValue &value)
{
    return json(status, value.toJson());
}

HttpResponse HttpResponse::json(int status, QByteArray text)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(text);
    r.setHeader("Content-Type"_ba, "application/json"_ba);
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue"_ba;
    case 200:
        return "OK"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 415:
        return "Unsupported Media Type"_ba;
    case 421:
        return "Misdirected Request"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Unknown"_ba;
    }
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::serialize(bool closeConnection) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    return out + "\r\n" + body;
}
