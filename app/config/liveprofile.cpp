#include "config/liveprofile.h"

#include "config/profile.h"
#include "config/settings.h"
#include "config/snooze.h"
#include "storage/apikeystore.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/hookstore.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLiveProfile, "pingpanda.profile", QtInfoMsg)

LiveProfile::LiveProfile(Database &database)
    : m_db(database)
{ }

Result<qint64> LiveProfile::revision() const
{
    qint64 value = 0;
    Result<bool> found = m_db.readFirstRow(u"SELECT revision FROM profile_revision"_s, {},
        tr("Checking the database for changes"),
        [&value](const QSqlQuery &row) { value = row.value(0).toLongLong(); });
    if (!found || !found.value())
        return Error::storage(tr("Could not check the database for changes."));
    return value;
}

Status LiveProfile::reload()
{
    Result<qint64> revision = this->revision();
    if (!revision)
        return revision.error();

    Result<QString> key = Profile(m_db).apiKey();
    if (!key)
        return key.error();
    Result<QList<Category>> categories = CategoryStore(m_db).list();
    if (!categories)
        return categories.error();
    Result<QList<ApiKey>> toolKeys = ApiKeyStore(m_db).list();
    if (!toolKeys)
        return toolKeys.error();
    Result<QList<Hook>> hooks = HookStore(m_db).list(false);
    if (!hooks)
        return hooks.error();
    Result<QString> generation = Profile(m_db).value(QString::fromLatin1(TokenGenerationKey));
    if (!generation)
        return generation.error();
    Result<Hold> hold = Snooze(m_db).read();
    if (!hold)
        return hold.error();
    Settings settings(m_db);
    QHash<Settings::Key, QString> values;
    for (const Settings::Spec &spec : Settings::specs()) {
        Result<QString> v = settings.value(spec.key);
        if (!v)
            return v.error();
        values.insert(spec.key, v.value());
    }

    m_apiKey = key.value();
    m_apiKeyBytes = m_apiKey.toLatin1();
    m_tokenGeneration = generation.value();
    m_rateLimitPerMinute = values.value(Settings::Key::RateLimitPerMinute).toInt();
    m_historyKeepDays = values.value(Settings::Key::HistoryKeepDays).toInt();
    m_historyMaxEvents = values.value(Settings::Key::HistoryMaxEvents).toLongLong();
    m_allowedOrigins
        = values.value(Settings::Key::ServerAllowedOrigins).split(u',', Qt::SkipEmptyParts);
    m_allowedHosts
        = values.value(Settings::Key::ServerAllowedHosts).split(u',', Qt::SkipEmptyParts);
    m_discordUserId = values.value(Settings::Key::DiscordUserId);
    m_discordWebhookUrl = values.value(Settings::Key::DiscordWebhookUrl);
    m_discordApiBase = values.value(Settings::Key::DiscordApiBase);
    m_categories.clear();
    for (const Category &c : categories.value())
        m_categories.insert(c.name, c);
    m_hold = hold.value();
    m_holdKnownUntilMs = 0;
    m_toolKeys = std::move(toolKeys).value();
    m_hooks.clear();
    for (const Hook &h : hooks.value())
        m_hooks.insert(h.name, h);
    m_revision = revision.value();
    ++m_loadCount;
    qCDebug(lcLiveProfile) << "profile loaded:" << m_categories.size() << "categories";
    return {};
}

bool LiveProfile::anyCategoryWebhook() const
{
    return std::any_of(m_categories.cbegin(), m_categories.cend(),
        [](const Category &c) { return !c.webhookUrl.isEmpty(); });
}

bool LiveProfile::holdsSends()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (nowMs < m_holdKnownUntilMs)
        return m_holdsSends;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    m_holdsSends = m_hold.holdsAt(now);
    const QDateTime change = m_hold.nextChange(now);
    m_holdKnownUntilMs = nowMs + 60 * 1000;
    if (change.isValid())
        m_holdKnownUntilMs = std::min(m_holdKnownUntilMs, change.toMSecsSinceEpoch());
    return m_holdsSends;
}

Result<bool> LiveProfile::refreshIfChanged()
{
    if (m_lastCheck.isValid() && m_lastCheck.nsecsElapsed() < CheckIntervalNs)
        return false;
    m_lastCheck.start();
    Result<qint64> revision = this->revision();
    if (!revision)
        return revision.error();
    if (revision.value() == m_revision)
        return false; // events only, or nothing
    qCInfo(lcLiveProfile) << "the profile changed on disk; reloading";
    if (Status s = reload(); !s)
        return s.error();
    return true;
}

QUrl LiveProfile::discordApiBase() const
{
    const QString fromEnv = qEnvironmentVariable("PINGPANDA_DISCORD_API_BASE");
    QString base = fromEnv.isEmpty() ? m_discordApiBase : fromEnv;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base);
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

const ApiKey *LiveProfile::toolKey(QByteArrayView presented) const
{
    if (m_toolKeys.isEmpty())
        return nullptr;
    // Every hash is compared in full, so the time taken tells nothing about which came close.
    const QByteArray hash = ApiKey::hashOf(presented);
    const ApiKey *found = nullptr;
    for (const ApiKey &key : m_toolKeys) {
        if (key.hash.size() != hash.size())
            continue; // not a SHA-256: nothing can match it
        unsigned char diff = 0;
        for (qsizetype i = 0; i < hash.size(); ++i)
            diff |= static_cast<unsigned char>(hash[i] ^ key.hash[i]);
        if (diff == 0)
            found = &key;
    }
    return found;
}

void LiveProfile::noteUsed(const ApiKey &key)
{
    // "Last used" is for a person deciding whether a key is still needed: to the minute is
    // enough, and a write per request would cost every request a sync to disk.
    constexpr qint64 MinuteMs = 60 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 &written = m_lastUseWritten[key.name];
    if (now - written < MinuteMs)
        return;
    written = now;
    if (Status s = ApiKeyStore(m_db).markUsed(key.name, QDateTime::fromMSecsSinceEpoch(now)); !s) {
        qCWarning(lcLiveProfile) << "could not note the use of an API key:" << s.error().message;
    }
}

const Hook *LiveProfile::hook(const QString &name) const
{
    auto it = m_hooks.constFind(name);
    return it == m_hooks.cend() ? nullptr : &it.value();
}
