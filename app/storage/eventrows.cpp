#include "storage/eventrows.h"

#include "storage/database.h"
#include "json/jsonparser.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEventRows, "pingpanda.events", QtInfoMsg)

namespace EventRows {

namespace {

const auto SelectColumns
    = u"SELECT id, category, description, fields, created_at, status, attempts, "
      "delivered_at, error, delivery_nonce, held FROM events"_s;

} // namespace

QDateTime fromMsecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Event fromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toString();
    e.category = q.value(1).toString();
    e.description = q.value(2).isNull() ? QString() : q.value(2).toString();
    Result<JsonValue> fields = JsonParser::parse(q.value(3).toString().toUtf8());
    if (fields.ok() && fields->isObject())
        e.fields = std::move(fields).value();
    else
        qCWarning(lcEventRows) << "event" << e.id << "has unreadable fields";
    e.createdAt = fromMsecs(q.value(4));
    e.status = Event::parseStatus(q.value(5).toString()).value_or(DeliveryStatus::Pending);
    e.attempts = q.value(6).toInt();
    e.deliveredAt = fromMsecs(q.value(7));
    e.error = q.value(8).isNull() ? QString() : q.value(8).toString();
    e.deliveryNonce = q.value(9).isNull() ? QString() : q.value(9).toString();
    e.held = q.value(10).toBool();
    return e;
}

QVariant nullableText(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

Result<QSqlQuery> run(
    Database &db, const QString &sql, const QVariantList &values, const QString &what)
{
    Result<QSqlQuery> q = db.prepare(sql);
    if (!q)
        return q.error();
    for (const QVariant &v : values)
        q.value().addBindValue(v);
    if (Status s = Database::exec(q.value(), what); !s)
        return s.error();
    return q;
}

Result<QList<Event>> select(
    Database &db, const QString &sqlAfterFrom, const QVariantList &values, const QString &what)
{
    Result<QSqlQuery> q = run(db, SelectColumns + sqlAfterFrom, values, what);
    if (!q)
        return q.error();
    QList<Event> events;
    while (q.value().next())
        events.append(fromRow(q.value()));
    return events;
}

} // namespace EventRows
