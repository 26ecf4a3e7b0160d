#include "httprequest.h"

#include <QUrl>

QByteArrayView HttpRequest::header(QByteArrayView name) const
{
    const QByteArrayView block(head);
    for (const Field &field : fields) {
        // Lengths first: the case-insensitive comparison is the dearer part of every look-up.
        if (field.nameSize == name.size()
            && block.sliced(field.nameAt, field.nameSize).compare(name, Qt::CaseInsensitive) == 0) {
            // Present without a value is not absent: an empty view, but not a null one.
            return QByteArrayView(head.constData() + field.valueAt, field.valueSize);
        }
    }
    return {};
}

namespace {

constexpr std::pair<QByteArrayView, HttpRequest::Method> KnownMethods[] = {
    {"GET", HttpRequest::Method::Get},
    {"HEAD", HttpRequest::Method::Head},
    {"POST", HttpRequest::Method::Post},
    {"PUT", HttpRequest::Method::Put},
    {"DELETE", HttpRequest::Method::Delete},
    {"OPTIONS", HttpRequest::Method::Options},
    {"PATCH", HttpRequest::Method::Patch},
    {"CONNECT", HttpRequest::Method::Connect},
    {"TRACE", HttpRequest::Method::Trace},
};

} // namespace

HttpRequest::Method HttpRequest::methodFromName(QByteArrayView name)
{
    // Methods are case-sensitive (RFC 9110, 9.1): "get" is not GET.
    for (const auto &[known, method] : KnownMethods) {
        if (name == known)
            return method;
    }
    return Method::Unknown;
}

QByteArray HttpRequest::nameOf(Method method)
{
    for (const auto &[known, m] : KnownMethods) {
        if (m == method)
            return known.toByteArray();
    }
    return QByteArrayLiteral("UNKNOWN");
}

QString HttpRequest::pathOf(QByteArrayView target)
{
    if (target.startsWith('/')) {
        // Origin form, the usual one: cut the query, then decode.
        const qsizetype query = target.indexOf('?');
        const QByteArrayView encoded = query < 0 ? target : target.first(query);
        if (!encoded.contains('%'))
            return QString::fromUtf8(encoded); // nothing to decode: the common case, cheaply
        return QUrl::fromPercentEncoding(encoded.toByteArray());
    }
    // Absolute form (RFC 9112, 3.2.2), which a server must accept too.
    const QUrl url = QUrl::fromEncoded(target.toByteArray(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return {};
    return url.path().isEmpty() ? QStringLiteral("/") : url.path();
}
