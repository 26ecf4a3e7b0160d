#include "contenttype.h"

using namespace Qt::StringLiterals;

std::optional<ApiError> ContentType::checkJson(QByteArrayView value)
{
    if (value.isEmpty())
        return std::nullopt;
    const auto is = [](QByteArrayView text, QByteArrayView known) {
        return text.compare(known, Qt::CaseInsensitive) == 0;
    };
    qsizetype end = value.indexOf(';');
    const QByteArrayView type = value.first(end < 0 ? value.size() : end).trimmed();
    bool json = is(type, "application/json")
        || (type.size() >= 17 && is(type.first(12), "application/") && is(type.last(5), "+json"));
    while (json && end >= 0) {
        const qsizetype from = end + 1;
        end = value.indexOf(';', from);
        const QByteArrayView param
            = value.sliced(from, (end < 0 ? value.size() : end) - from).trimmed();
        if (param.size() >= 8 && is(param.first(8), "charset=")) {
            // The charset's name, quoted or not.
            QByteArrayView charset = param.sliced(8);
            if (charset.size() >= 2 && charset.front() == '"' && charset.back() == '"')
                charset = charset.sliced(1, charset.size() - 2);
            json = is(charset, "utf-8");
        }
    }
    if (json)
        return std::nullopt;
    return ApiError::make(ApiError::Kind::UnsupportedMediaType,
        u"The body must be JSON: send the header 'Content-Type: application/json' (got '%1')."_s
            .arg(QString::fromLatin1(value.first(qMin<qsizetype>(value.size(), 100)))));
}
