#include "hooks/hookreader.h"

using namespace Qt::StringLiterals;

namespace {

// Members that many tools use for their message, in the order they are looked for.
const QStringList TextMembers
    = {u"description"_s, u"message"_s, u"text"_s, u"title"_s, u"summary"_s, u"msg"_s};

} // namespace

namespace HookReader {

// The Events API's shape ({"description", "fields"}), or any object: a text member becomes the
// description and the other top-level scalars the fields (nested values are skipped: a field
// shows one value).
Result<HookEvent> readGeneric(const JsonValue &payload)
{
    HookEvent event;
    const JsonValue *fields = payload.find(u"fields");
    const bool eventShape = fields && fields->isObject();
    QString textMember;
    for (const QString &name : TextMembers) {
        const JsonValue *value = payload.find(name);
        if (value && value->isString() && !value->toString().trimmed().isEmpty()) {
            event.description = value->toString();
            textMember = name;
            break;
        }
    }
    const JsonValue &source = eventShape ? *fields : payload;
    for (const auto &[name, value] : source.members()) {
        if (value.isScalar() && (eventShape || name != textMember))
            event.fields.insert(name, value);
    }
    if (event.description.isEmpty() && event.fields.members().empty()) {
        return Error::invalidInput(
            u"The payload has nothing to show: send {\"description\": \"...\", \"fields\": "
            "{...}}, or an object with text or number members."_s);
    }
    return event;
}

} // namespace HookReader
