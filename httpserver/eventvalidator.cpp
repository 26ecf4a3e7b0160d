#include "eventvalidator.h"

#include "domain/category.h"
#include "json/jsonparser.h"

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

ApiError invalid(QString message)
{
    return ApiError::make(ApiError::Kind::Validation, std::move(message));
}

QString typeName(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
        return u"null"_s;
    case JsonValue::Type::Bool:
        return u"a boolean"_s;
    case JsonValue::Type::Number:
        return u"a number"_s;
    case JsonValue::Type::String:
        return u"a string"_s;
    case JsonValue::Type::Array:
        return u"an array"_s;
    case JsonValue::Type::Object:
        return u"an object"_s;
    }
    return {};
}

// A key as it appears in a message: shortened so that a 10 KB key does not make a 10 KB answer.
QString shown(const QString &key)
{
    QString text = key.size() > 40 ? key.left(40) + u"…"_s : key;
    return text.replace(QChar(0), u"\\u0000"_s);
}

// A NUL character (\u0000) is valid JSON, but Discord cannot show it: it is refused up front
// rather than failing at Discord after a 200.
bool hasNul(const QString &text)
{
    return text.contains(QChar(0));
}

std::optional<ApiError> checkKeys(const JsonValue &root)
{
    for (const auto &[key, value] : root.members()) {
        if (key != u"category"_s && key != u"fields"_s && key != u"description"_s) {
            return invalid(
                u"Unknown key \"%1\": the body may only contain \"category\", \"fields\" "
                "and \"description\"."_s.arg(shown(key)));
        }
    }
    return std::nullopt;
}

std::optional<ApiError> checkCategory(const JsonValue *category)
{
    if (!category)
        return invalid(u"\"category\" is required: the name of one of your categories."_s);
    if (!category->isString())
        return invalid(u"\"category\" must be a string, not %1."_s.arg(typeName(*category)));
    if (!Category::validateName(category->toString()).ok()) {
        return invalid(u"\"category\" must be 1 to 50 lowercase letters, digits, '-' or '_'; got "
                       "\"%1\"."_s.arg(shown(category->toString())));
    }
    return std::nullopt;
}

std::optional<ApiError> checkDescription(const JsonValue &description)
{
    if (!description.isString())
        return invalid(u"\"description\" must be a string, not %1."_s.arg(typeName(description)));
    if (description.toString().size() > EventValidator::MaxDescriptionLength) {
        return invalid(u"\"description\" is %1 characters long; Discord allows at most %2."_s
                           .arg(description.toString().size())
                           .arg(EventValidator::MaxDescriptionLength));
    }
    if (hasNul(description.toString())) {
        return invalid(u"\"description\" contains a NUL character (\\u0000), which Discord "
                       "cannot show; remove it."_s);
    }
    return std::nullopt;
}

std::optional<ApiError> checkFieldName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return invalid(u"A key in \"fields\" is empty; Discord needs a name for each field."_s);
    if (hasNul(name)) {
        return invalid(u"The field name \"%1\" contains a NUL character (\\u0000), which "
                       "Discord cannot show; remove it."_s.arg(shown(name)));
    }
    if (name.size() > EventValidator::MaxFieldNameLength) {
        return invalid(u"The field name \"%1\" is %2 characters long; Discord allows at most %3."_s
                           .arg(shown(name))
                           .arg(name.size())
                           .arg(EventValidator::MaxFieldNameLength));
    }
    return std::nullopt;
}

std::optional<ApiError> checkFieldValue(const QString &name, const JsonValue &value)
{
    if (!value.isScalar()) {
        return invalid(u"\"fields.%1\" must be a string, number or boolean, not %2."_s.arg(
            shown(name), typeName(value)));
    }
    if (value.isNumber() && !std::isfinite(value.toDouble())) {
        return invalid(
            u"\"fields.%1\" is a number too large to represent; send it as a string."_s.arg(
                shown(name)));
    }
    // A number or a boolean always shows as a short text that is not empty (at most 24
    // characters, "-1.2345678901234567e-100"): only a string's text needs checking.
    if (!value.isString())
        return std::nullopt;
    const QString &text = value.toString();
    if (hasNul(text)) {
        return invalid(u"\"fields.%1\" contains a NUL character (\\u0000), which Discord cannot "
                       "show; remove it."_s.arg(shown(name)));
    }
    if (text.trimmed().isEmpty()) {
        return invalid(
            u"\"fields.%1\" is empty; Discord does not show empty fields."_s.arg(shown(name)));
    }
    if (text.size() > EventValidator::MaxFieldValueLength) {
        return invalid(
            u"\"fields.%1\" is %2 characters long; Discord allows at most %3."_s.arg(shown(name))
                .arg(text.size())
                .arg(EventValidator::MaxFieldValueLength));
    }
    return std::nullopt;
}

std::optional<ApiError> checkFields(const JsonValue &fields)
{
    if (!fields.isObject())
        return invalid(u"\"fields\" must be an object, not %1."_s.arg(typeName(fields)));
    if (fields.members().size() > size_t(EventValidator::MaxFields)) {
        return invalid(
            u"\"fields\" has %1 entries; Discord allows at most %2."_s.arg(fields.members().size())
                .arg(EventValidator::MaxFields));
    }
    for (const auto &[name, value] : fields.members()) {
        if (std::optional<ApiError> e = checkFieldName(name))
            return e;
        if (std::optional<ApiError> e = checkFieldValue(name, value))
            return e;
    }
    return std::nullopt;
}

} // namespace

ApiResult<ValidatedEvent> EventValidator::validate(QByteArrayView body)
{
    JsonParser::Options options;
    options.maxDepth = MaxJsonDepth;
    Result<JsonValue> parsed = JsonParser::parse(body, options);
    if (!parsed || !parsed->isObject()) {
        ApiError e = ApiError::make(ApiError::Kind::InvalidJson, u"Invalid JSON request body"_s);
        e.detail = parsed ? u"The body must be a JSON object, like {\"category\": \"sale\"}."_s
                          : parsed.error().message;
        return e;
    }
    const JsonValue &root = parsed.value();
    if (std::optional<ApiError> e = checkKeys(root))
        return *e;
    const JsonValue *category = root.find(u"category");
    if (std::optional<ApiError> e = checkCategory(category))
        return *e;
    ValidatedEvent event;
    event.category = category->toString();
    if (const JsonValue *description = root.find(u"description")) {
        if (std::optional<ApiError> e = checkDescription(*description))
            return *e;
        event.description = description->toString();
    }
    if (const JsonValue *fields = root.find(u"fields")) {
        if (std::optional<ApiError> e = checkFields(*fields))
            return *e;
        event.fields = *fields;
    }
    return event;
}

QByteArray ValidatedEvent::canonical() const
{
    JsonValue canonical = JsonValue::object();
    canonical.insert(u"category"_s, JsonValue::string(category));
    canonical.insert(u"description"_s,
        description.isNull() ? JsonValue::null() : JsonValue::string(description));
    canonical.insert(u"fields"_s, fields);
    return canonical.toJson();
}
