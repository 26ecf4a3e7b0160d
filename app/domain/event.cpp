#include "domain/event.h"

using namespace Qt::StringLiterals;

QString Event::statusName(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return u"PENDING"_s;
    case DeliveryStatus::Delivered:
        return u"DELIVERED"_s;
    case DeliveryStatus::Failed:
        return u"FAILED"_s;
    case DeliveryStatus::Muted:
        return u"MUTED"_s;
    }
    return {};
}

std::optional<DeliveryStatus> Event::parseStatus(QStringView name)
{
    for (DeliveryStatus s : {DeliveryStatus::Pending, DeliveryStatus::Delivered,
             DeliveryStatus::Failed, DeliveryStatus::Muted}) {
        if (name.compare(statusName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString DeliveryAttempt::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return u"DELIVERED"_s;
    case Outcome::Retrying:
        return u"RETRYING"_s;
    case Outcome::Failed:
        return u"FAILED"_s;
    case Outcome::Requeued:
        return u"REQUEUED"_s;
    }
    return {};
}

std::optional<DeliveryAttempt::Outcome> DeliveryAttempt::parseOutcome(QStringView name)
{
    for (Outcome o : {Outcome::Delivered, Outcome::Retrying, Outcome::Failed, Outcome::Requeued}) {
        if (name == outcomeName(o))
            return o;
    }
    return std::nullopt;
}

QString Event::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

JsonValue Event::toJson() const
{
    const auto stringOrNull
        = [](const QString &s) { return s.isNull() ? JsonValue::null() : JsonValue::string(s); };
    JsonValue o = JsonValue::object();
    o.insert(u"eventId"_s, JsonValue::string(id));
    o.insert(u"category"_s, JsonValue::string(category));
    o.insert(u"description"_s, stringOrNull(description));
    o.insert(u"fields"_s, fields);
    o.insert(u"createdAt"_s, JsonValue::string(isoTime(createdAt)));
    o.insert(u"deliveryStatus"_s, JsonValue::string(statusName(status)));
    o.insert(u"attempts"_s, JsonValue::number(attempts));
    o.insert(u"deliveredAt"_s,
        deliveredAt.isValid() ? JsonValue::string(isoTime(deliveredAt)) : JsonValue::null());
    o.insert(u"error"_s, stringOrNull(error));
    return o;
}
