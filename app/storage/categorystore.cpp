#include "storage/categorystore.h"

#include "domain/weburl.h"
#include "storage/database.h"
#include "storage/eventcounts.h"
#include "json/jsonparser.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

Category fromRow(const QSqlQuery &q)
{
    Category c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.emoji = q.value(2).toString();
    c.color = q.value(3).toUInt();
    c.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    c.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    if (const Result<JsonValue> fields = JsonParser::parse(q.value(6).toString().toUtf8())) {
        for (const JsonValue &field : fields->items())
            c.totalFields << field.toString();
    }
    c.urgent = q.value(7).toBool();
    c.muted = q.value(8).toBool();
    c.webhookUrl = q.value(9).toString();
    return c;
}

const auto SelectColumns = u"SELECT id, name, emoji, color, created_at, updated_at, total_fields, "
                           "urgent, muted, webhook_url FROM categories"_s;

// NULL for the dashboard's own rule, else the names as a JSON array.
QVariant totalFieldsValue(const QStringList &fields)
{
    if (fields.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    JsonValue names = JsonValue::array();
    for (const QString &field : fields)
        names.append(JsonValue::string(field));
    return QString::fromUtf8(names.toJson());
}

// NULL for none.
QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Status CategoryStore::validate(Category &category) const
{
    if (Status s = Category::validateName(category.name); !s)
        return s;
    if (Status s = Category::validateEmoji(category.emoji); !s)
        return s;
    if (category.color > 0xFFFFFF)
        return Error::invalidInput(tr("A colour must be between #000000 and #FFFFFF."));
    if (!category.webhookUrl.isEmpty()) {
        const Result<QString> webhook = WebUrl::normalizeDiscordWebhook(category.webhookUrl);
        if (!webhook)
            return webhook.error();
        category.webhookUrl = webhook.value();
    }
    return {};
}

Result<Category> CategoryStore::add(const Category &given)
{
    Category category = given;
    if (Status s = validate(category); !s)
        return s.error();
    Category stored = category;
    Status s = m_db.transaction([&]() -> Status {
        Result<Category> existing = find(category.name);
        if (existing.ok()) {
            return Error::alreadyExists(
                tr("A category named \"%1\" already exists.").arg(category.name));
        }
        if (existing.error().code != Error::Code::NotFound)
            return existing.error();

        auto q
            = m_db.prepare(u"INSERT INTO categories (name, emoji, color, created_at, updated_at, "
                           "total_fields, urgent, muted, webhook_url) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!q)
            return q.error();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        q.value().addBindValue(category.name);
        q.value().addBindValue(optionalText(category.emoji));
        q.value().addBindValue(category.color);
        q.value().addBindValue(now);
        q.value().addBindValue(now);
        q.value().addBindValue(totalFieldsValue(category.totalFields));
        q.value().addBindValue(category.urgent);
        q.value().addBindValue(category.muted);
        q.value().addBindValue(optionalText(category.webhookUrl));
        if (Status e = Database::exec(q.value(), tr("Saving the category")); !e)
            return e;
        stored.id = q.value().lastInsertId().toLongLong();
        stored.createdAt = stored.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        return {};
    });
    if (!s)
        return s.error();
    return stored;
}

Result<Category> CategoryStore::update(const QString &name, const Category &given)
{
    Category changed = given;
    if (Status s = validate(changed); !s)
        return s.error();
    Category stored;
    Status s = m_db.transaction([&]() -> Status {
        Result<Category> current = find(name);
        if (!current)
            return current.error();
        if (changed.name != name) {
            Result<Category> clash = find(changed.name);
            if (clash.ok()) {
                return Error::alreadyExists(
                    tr("A category named \"%1\" already exists.").arg(changed.name));
            }
            if (clash.error().code != Error::Code::NotFound)
                return clash.error();
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto q = m_db.prepare(u"UPDATE categories SET name = ?, emoji = ?, color = ?, updated_at = "
                              "?, total_fields = ?, urgent = ?, muted = ?, webhook_url = ? "
                              "WHERE id = ?"_s);
        if (!q)
            return q.error();
        q.value().addBindValue(changed.name);
        q.value().addBindValue(optionalText(changed.emoji));
        q.value().addBindValue(changed.color);
        q.value().addBindValue(now);
        q.value().addBindValue(totalFieldsValue(changed.totalFields));
        q.value().addBindValue(changed.urgent);
        q.value().addBindValue(changed.muted);
        q.value().addBindValue(optionalText(changed.webhookUrl));
        q.value().addBindValue(current->id);
        if (Status e = Database::exec(q.value(), tr("Saving the category")); !e)
            return e;
        if (changed.name != name) {
            if (Status e = EventCounts(m_db).renaming(name, changed.name); !e)
                return e;
            auto events = m_db.prepare(u"UPDATE events SET category = ? WHERE category = ?"_s);
            if (!events)
                return events.error();
            events.value().addBindValue(changed.name);
            events.value().addBindValue(name);
            if (Status e = Database::exec(events.value(), tr("Moving the category's events")); !e)
                return e;
        }
        if (changed.muted && !current->muted) {
            // What waits to be sent would never go now: muted too. A message already promised
            // to Discord (a nonce) may be on its way; the delivery queue settles those.
            auto events = m_db.prepare(u"UPDATE events SET status = 'MUTED' WHERE category = ? "
                                       "AND status = 'PENDING' AND delivery_nonce IS NULL"_s);
            if (!events)
                return events.error();
            events.value().addBindValue(changed.name);
            if (Status e = Database::exec(events.value(), tr("Muting the category's events")); !e)
                return e;
            const EventCounts::Tally muted {
                {{changed.name, Event::statusName(DeliveryStatus::Pending)},
                    events.value().numRowsAffected()}};
            if (Status e = EventCounts(m_db).moved(muted, DeliveryStatus::Muted); !e)
                return e;
        }
        stored = changed;
        stored.id = current->id;
        stored.createdAt = current->createdAt;
        stored.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        return {};
    });
    if (!s)
        return s.error();
    return stored;
}

Status CategoryStore::remove(const QString &name)
{
    auto q = m_db.prepare(u"DELETE FROM categories WHERE name = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(name);
    if (Status s = Database::exec(q.value(), tr("Removing the category")); !s)
        return s;
    if (q.value().numRowsAffected() == 0)
        return Error::notFound(tr("There is no category named \"%1\".").arg(name));
    return {};
}

Result<Category> CategoryStore::find(const QString &name) const
{
    auto q = m_db.prepare(SelectColumns + u" WHERE name = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(name);
    if (Status s = Database::exec(q.value(), tr("Reading the category")); !s)
        return s.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no category named \"%1\".").arg(name));
    return fromRow(q.value());
}

Result<QList<Category>> CategoryStore::list() const
{
    auto q = m_db.prepare(SelectColumns + u" ORDER BY name"_s);
    if (!q)
        return q.error();
    if (Status s = Database::exec(q.value(), tr("Reading the categories")); !s)
        return s.error();
    QList<Category> categories;
    while (q.value().next())
        categories.append(fromRow(q.value()));
    return categories;
}

Result<qint64> CategoryStore::eventCount(const QString &name) const
{
    auto q = m_db.prepare(u"SELECT coalesce(sum(n), 0) FROM event_counts WHERE category = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(name);
    if (Status s = Database::exec(q.value(), tr("Counting the category's events")); !s)
        return s.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}
