#include "testprofile.h"

#include "config/profile.h"
#include "config/settings.h"
#include "storage/categorystore.h"
#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

QList<TestProfile::Seed> TestProfile::seedCategories()
{
    return {{u"sale"_s, u"💰"_s, 0xFFEB3B}, {u"signup"_s, QString(), 0x6C5CE7},
        {u"error"_s, u"🐞"_s, 0xFF6B6B}};
}

TestProfile::TestProfile(const QList<Seed> &categories, int options)
{
    if (!m_dir.isValid() || m_discord.start() == 0)
        return;
    qputenv("PINGPANDA_DISCORD_API_BASE", m_discord.apiBase().toString().toUtf8());
    if (options & TokenInEnvironment)
        qputenv("PINGPANDA_DISCORD_TOKEN", m_discord.botToken.toUtf8());
    else
        qunsetenv("PINGPANDA_DISCORD_TOKEN");

    auto db = Database::open(m_dir.path());
    if (!db)
        return;
    CategoryStore store(*db.value());
    for (const Seed &seed : categories) {
        Category c;
        c.name = seed.name;
        c.emoji = seed.emoji;
        c.color = seed.color;
        if (!store.add(c))
            return;
    }
    if ((options & WithUserId)
        && !Settings(*db.value()).set(Settings::Key::DiscordUserId, m_discord.userId))
        return;
    const Result<QString> key = Profile(*db.value()).apiKey();
    if (!key)
        return;
    m_apiKey = key->toLatin1();
    m_ok = true;
}

Result<std::unique_ptr<Instance>> TestProfile::startInstance(const ServerLimits &limits) const
{
    Instance::Options options;
    options.dataDir = m_dir.path();
    options.port = 0;
    options.bind = u"127.0.0.1"_s;
    options.limits = limits;
    return Instance::start(options);
}

bool recountEvents(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"DELETE FROM event_counts"_s)
        && q.exec(u"INSERT INTO event_counts (category, status, n) "
                  "SELECT category, status, count(*) FROM events GROUP BY category, status"_s);
}
