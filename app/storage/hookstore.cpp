#include "storage/hookstore.h"

#include "domain/apikey.h"
#include "storage/categorystore.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Result<QString> HookStore::add(const QString &name, const QString &category, HookPreset preset)
{
    if (Status s = Hook::validateName(name); !s)
        return s.error();
    const QString key = Hook::generateKey();
    Status s = m_db.transaction([&]() -> Status {
        if (Result<bool> taken = m_db.readFirstRow(
                u"SELECT 1 FROM hooks WHERE name = ?"_s, {name}, tr("Looking up the hook"));
            !taken) {
            return taken.error();
        } else if (taken.value()) {
            return Error::alreadyExists(
                tr("There is already a hook named \"%1\". Choose another name, or remove it "
                   "first: pingpanda hook remove %1")
                    .arg(name));
        }
        if (Result<Category> found = CategoryStore(m_db).find(category); !found) {
            if (found.error().code != Error::Code::NotFound)
                return found.error();
            return Error::notFound(
                tr("There is no category named \"%1\". Add it first: pingpanda category add %1")
                    .arg(category));
        }
        Result<QSqlQuery> q = m_db.prepare(u"INSERT INTO hooks (name, category, preset, "
                                           "key_hash, created_at) VALUES (?, ?, ?, ?, ?)"_s);
        if (!q)
            return q.error();
        q.value().addBindValue(name);
        q.value().addBindValue(category);
        q.value().addBindValue(Hook::presetName(preset));
        q.value().addBindValue(ApiKey::hashOf(key.toLatin1()));
        q.value().addBindValue(QDateTime::currentMSecsSinceEpoch());
        return Database::exec(q.value(), tr("Saving the hook"));
    });
    if (!s)
        return s.error();
    return key;
}

Result<QList<Hook>> HookStore::list(bool withLastPayload) const
{
    Result<QSqlQuery> q = m_db.prepare(
        u"SELECT name, category, preset, key_hash, created_at, last_received_at, %1, "
        "last_outcome FROM hooks ORDER BY name"_s.arg(
            withLastPayload ? u"last_payload"_s : u"NULL"_s));
    if (!q)
        return q.error();
    if (Status s = Database::exec(q.value(), tr("Reading the hooks")); !s)
        return s.error();
    QList<Hook> hooks;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        Hook hook;
        hook.name = row.value(0).toString();
        hook.category = row.value(1).toString();
        hook.preset = Hook::presetFromName(row.value(2).toString()).value_or(HookPreset::Generic);
        hook.keyHash = row.value(3).toByteArray();
        hook.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC);
        if (!row.value(5).isNull())
            hook.lastReceivedAt
                = QDateTime::fromMSecsSinceEpoch(row.value(5).toLongLong(), Qt::UTC);
        hook.lastPayload = row.value(6).toByteArray();
        hook.lastOutcome = row.value(7).toString();
        hooks.append(hook);
    }
    return hooks;
}

Status HookStore::remove(const QString &name)
{
    Result<QSqlQuery> q = m_db.prepare(u"DELETE FROM hooks WHERE name = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(name);
    if (Status s = Database::exec(q.value(), tr("Removing the hook")); !s)
        return s;
    if (q.value().numRowsAffected() == 0) {
        return Error::notFound(
            tr("There is no hook named \"%1\". See them all with: pingpanda hook list").arg(name));
    }
    return {};
}

Result<QString> HookStore::replaceKey(const QString &name)
{
    const QString key = Hook::generateKey();
    Result<QSqlQuery> q = m_db.prepare(u"UPDATE hooks SET key_hash = ? WHERE name = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(ApiKey::hashOf(key.toLatin1()));
    q.value().addBindValue(name);
    if (Status s = Database::exec(q.value(), tr("Saving the hook's new key")); !s)
        return s.error();
    if (q.value().numRowsAffected() == 0)
        return Error::notFound(tr("There is no hook named \"%1\".").arg(name));
    return key;
}

Status HookStore::noteReceived(
    const QString &name, const QByteArray &payload, const QString &outcome, const QDateTime &at)
{
    Result<QSqlQuery *> q = m_db.cached(u"UPDATE hooks SET last_received_at = ?, last_payload = ?, "
                                        "last_outcome = ? WHERE name = ?"_s);
    if (!q)
        return q.error();
    q.value()->bindValue(0, at.toMSecsSinceEpoch());
    q.value()->bindValue(1, payload);
    q.value()->bindValue(2, outcome);
    q.value()->bindValue(3, name);
    return Database::exec(*q.value(), tr("Noting what the hook received"));
}
