#include "liveprofile.h"

#include "categorystore.h"
#include "database.h"
#include "profile.h"
#include "settings.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLiveProfile, "pingpanda.profile", QtInfoMsg)

LiveProfile::LiveProfile(Database &database)
    : m_db(database)
{ }

Result<qint64> LiveProfile::dataVersion() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return Error::storage(tr("Could not check the database for changes."));
    return q.value(0).toLongLong();
}

Status LiveProfile::reload()
{
    Result<qint64> version = dataVersion();
    if (!version)
        return version.error();

    Result<QString> key = Profile(m_db).apiKey();
    if (!key)
        return key.error();
    Result<QList<Category>> categories = CategoryStore(m_db).list();
    if (!categories)
        return categories.error();
    Settings settings(m_db);
    QString values[4];
    const Settings::Key keys[4]
        = {Settings::Key::RateLimitPerMinute, Settings::Key::ServerAllowedOrigins,
            Settings::Key::DiscordUserId, Settings::Key::DiscordWebhookUrl};
    for (int i = 0; i < 4; ++i) {
        Result<QString> v = settings.value(keys[i]);
        if (!v)
            return v.error();
        values[i] = v.value();
    }

    m_apiKey = key.value();
    m_rateLimitPerMinute = values[0].toInt();
    m_allowedOrigins = values[1].split(u',', Qt::SkipEmptyParts);
    m_discordUserId = values[2];
    m_discordWebhookUrl = values[3];
    m_categories.clear();
    for (const Category &c : categories.value())
        m_categories.insert(c.name, c);
    m_dataVersion = version.value();
    qCDebug(lcLiveProfile) << "profile loaded:" << m_categories.size() << "categories";
    return {};
}

Status LiveProfile::refreshIfChanged()
{
    Result<qint64> version = dataVersion();
    if (!version)
        return version.error();
    if (version.value() == m_dataVersion)
        return {};
    qCInfo(lcLiveProfile) << "the profile changed on disk; reloading";
    return reload();
}

const Category *LiveProfile::category(const QString &name) const
{
    auto it = m_categories.constFind(name);
    return it == m_categories.cend() ? nullptr : &it.value();
}

QList<Category> LiveProfile::categories() const
{
    QList<Category> list = m_categories.values();
    std::sort(list.begin(), list.end(),
        [](const Category &a, const Category &b) { return a.name < b.name; });
    return list;
}
