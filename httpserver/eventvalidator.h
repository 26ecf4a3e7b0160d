#pragma once

#include "apierror.h"
#include "json/jsonvalue.h"

#include <QByteArrayView>

// A POST /api/v1/events body that passed every rule.
struct ValidatedEvent
{
    QString category;
    QString description; // null: none given
    JsonValue fields = JsonValue::object(); // scalars only, in request order

    // The request in canonical form (parsed and re-serialised): what an Idempotency-Key is
    // bound to, so that whitespace or escaping differences do not count as another request.
    QByteArray canonical() const;
};

// The request validation as a pure function: body bytes in, a ValidatedEvent or an ApiError
// (400 for what is not a JSON object, 422 for a broken rule) out. No I/O, no state: fuzzable.
// Discord's limits are checked here, up front, so that nothing is truncated later.
class EventValidator
{
public:
    static constexpr int MaxDescriptionLength = 4096;
    static constexpr int MaxFields = 25;
    static constexpr int MaxFieldNameLength = 256;
    static constexpr int MaxFieldValueLength = 1024;
    static constexpr int MaxEmbedLength = 6000;
    static constexpr int MaxJsonDepth = 32;

    static ApiResult<ValidatedEvent> validate(QByteArrayView body);
};
