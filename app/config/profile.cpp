#include "config/profile.h"

#include "domain/apikey.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const auto ApiKeyName = u"api-key"_s;
const auto ProfileIdName = u"profile-id"_s;
const auto RunningUrlName = u"running-url"_s;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; i += 4) {
        const quint32 word = QRandomGenerator::system()->generate();
        for (int j = 0; j < 4 && i + j < count; ++j)
            bytes[i + j] = char((word >> (8 * j)) & 0xFF);
    }
    return bytes;
}

QString generateProfileId()
{
    return QString::fromLatin1(randomBytes(16).toHex());
}

} // namespace

Result<QString> Profile::getOrCreate(const QString &name, QString (*generate)())
{
    QString value;
    // In one transaction so that two processes starting together agree on one value.
    Status s = m_db.transaction([&]() -> Status {
        auto insert = m_db.prepare(u"INSERT OR IGNORE INTO profile (key, value) VALUES (?, ?)"_s);
        if (!insert)
            return insert.error();
        insert.value().addBindValue(name);
        insert.value().addBindValue(generate());
        if (Status e = Database::exec(insert.value(), tr("Saving the profile")); !e)
            return e;
        auto select = m_db.prepare(u"SELECT value FROM profile WHERE key = ?"_s);
        if (!select)
            return select.error();
        select.value().addBindValue(name);
        if (Status e = Database::exec(select.value(), tr("Reading the profile")); !e)
            return e;
        if (!select.value().next())
            return Error::storage(tr("The profile could not be read back."));
        value = select.value().value(0).toString();
        return {};
    });
    if (!s)
        return s.error();
    return value;
}

Status Profile::store(const QString &name, const QString &value)
{
    auto q = m_db.prepare(u"INSERT INTO profile (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(name);
    q.value().addBindValue(value);
    return Database::exec(q.value(), tr("Saving the profile"));
}

Result<QString> Profile::apiKey()
{
    return getOrCreate(ApiKeyName, &ApiKey::generate);
}

Result<QString> Profile::regenerateApiKey()
{
    const QString key = ApiKey::generate();
    if (Status s = store(ApiKeyName, key); !s)
        return s.error();
    return key;
}

Result<QString> Profile::profileId()
{
    return getOrCreate(ProfileIdName, &generateProfileId);
}

Result<QString> Profile::value(const QString &name)
{
    auto q = m_db.prepare(u"SELECT value FROM profile WHERE key = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(name);
    if (Status s = Database::exec(q.value(), tr("Reading the profile")); !s)
        return s.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status Profile::setValue(const QString &name, const QString &value)
{
    if (!value.isEmpty())
        return store(name, value);
    auto q = m_db.prepare(u"DELETE FROM profile WHERE key = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(name);
    return Database::exec(q.value(), tr("Saving the profile"));
}

Result<QString> Profile::runningUrl()
{
    return value(RunningUrlName);
}

Status Profile::setRunningUrl(const QString &url)
{
    return setValue(RunningUrlName, url);
}
