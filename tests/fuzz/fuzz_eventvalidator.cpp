// libFuzzer target: the Events API's request validation (EventValidator::validate). Whatever the
// body, it answers an event or an error; an accepted event keeps every rule, and the same request
// written differently gets the same canonical form (what an Idempotency-Key is bound to).

#include "eventvalidator.h"
#include "json/jsonparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const ApiResult<ValidatedEvent> result = EventValidator::validate(body);
    if (!result)
        return 0;
    const ValidatedEvent &event = result.value();
    if (event.category.isEmpty() || !event.fields.isObject()
        || event.fields.members().size() > size_t(EventValidator::MaxFields)
        || event.description.size() > EventValidator::MaxDescriptionLength
        || event.description.contains(QChar(0)))
        std::abort();
    for (const auto &[name, value] : event.fields.members()) {
        if (!value.isScalar() || name.isEmpty() || name.size() > EventValidator::MaxFieldNameLength
            || value.toDisplayString().size() > EventValidator::MaxFieldValueLength
            || name.contains(QChar(0)) || value.toDisplayString().contains(QChar(0)))
            std::abort();
    }
    // The same request written differently (compact, other escapes) is the same request.
    const Result<JsonValue> parsed = JsonParser::parse(body);
    if (!parsed)
        std::abort(); // accepted, yet not JSON?
    const ApiResult<ValidatedEvent> again = EventValidator::validate(parsed->toJson());
    if (!again || again->canonical() != event.canonical())
        std::abort();
    return 0;
}
