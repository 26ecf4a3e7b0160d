#include "storage/apikeystore.h"

#include "storage/categorystore.h"
#include "storage/database.h"
#include "json/jsonparser.h"
#include "json/jsonvalue.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

ApiKey fromRow(const QSqlQuery &q)
{
    ApiKey key;
    key.name = q.value(0).toString();
    key.hash = q.value(1).toByteArray();
    if (const Result<JsonValue> names = JsonParser::parse(q.value(2).toString().toUtf8())) {
        for (const JsonValue &name : names->items())
            key.categories << name.toString();
    }
    key.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    if (!q.value(4).isNull())
        key.lastUsedAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    return key;
}

// NULL for every category, else the names as a JSON array.
QVariant categoriesValue(const QStringList &categories)
{
    if (categories.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    JsonValue names = JsonValue::array();
    for (const QString &name : categories)
        names.append(JsonValue::string(name));
    return QString::fromUtf8(names.toJson());
}

} // namespace

Result<QString> ApiKeyStore::add(const QString &name, const QStringList &categories)
{
    if (Status s = ApiKey::validateName(name); !s)
        return s.error();
    const QString key = ApiKey::generate();
    Status s = m_db.transaction([&]() -> Status {
        if (Result<bool> taken = m_db.readFirstRow(
                u"SELECT 1 FROM api_keys WHERE name = ?"_s, {name}, tr("Looking up the API key"));
            !taken) {
            return taken.error();
        } else if (taken.value()) {
            return Error::alreadyExists(
                tr("There is already an API key named \"%1\". Choose another name, or revoke "
                   "it first: pingpanda api-key revoke %1")
                    .arg(name));
        }
        CategoryStore categoryStore(m_db);
        for (const QString &category : categories) {
            if (Result<Category> found = categoryStore.find(category); !found)
                return found.error();
        }
        Result<QSqlQuery> q = m_db.prepare(
            u"INSERT INTO api_keys (name, key_hash, categories, created_at) VALUES (?, ?, ?, ?)"_s);
        if (!q)
            return q.error();
        q.value().addBindValue(name);
        q.value().addBindValue(ApiKey::hashOf(key.toLatin1()));
        q.value().addBindValue(categoriesValue(categories));
        q.value().addBindValue(QDateTime::currentMSecsSinceEpoch());
        return Database::exec(q.value(), tr("Saving the API key"));
    });
    if (!s)
        return s.error();
    return key;
}

Result<QList<ApiKey>> ApiKeyStore::list() const
{
    Result<QSqlQuery> q = m_db.prepare(u"SELECT name, key_hash, categories, created_at, "
                                       "last_used_at FROM api_keys ORDER BY name"_s);
    if (!q)
        return q.error();
    if (Status s = Database::exec(q.value(), tr("Reading the API keys")); !s)
        return s.error();
    QList<ApiKey> keys;
    while (q.value().next())
        keys.append(fromRow(q.value()));
    return keys;
}

Status ApiKeyStore::revoke(const QString &name)
{
    Result<QSqlQuery> q = m_db.prepare(u"DELETE FROM api_keys WHERE name = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(name);
    if (Status s = Database::exec(q.value(), tr("Revoking the API key")); !s)
        return s;
    if (q.value().numRowsAffected() == 0) {
        return Error::notFound(
            tr("There is no API key named \"%1\". See them all with: pingpanda api-key list")
                .arg(name));
    }
    return {};
}

Status ApiKeyStore::markUsed(const QString &name, const QDateTime &at)
{
    Result<QSqlQuery *> q = m_db.cached(u"UPDATE api_keys SET last_used_at = ? WHERE name = ?"_s);
    if (!q)
        return q.error();
    q.value()->bindValue(0, at.toMSecsSinceEpoch());
    q.value()->bindValue(1, name);
    return Database::exec(*q.value(), tr("Noting when the API key was used"));
}
