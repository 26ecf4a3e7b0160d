#include "config/settings.h"

#include "domain/hold.h"
#include "domain/weburl.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSettings, "pingpanda.settings", QtInfoMsg)

namespace {

Result<QString> normalizeUserId(const QString &value)
{
    const QString id = value.trimmed();
    bool digits = id.size() >= 17 && id.size() <= 20;
    for (QChar c : id)
        digits = digits && c.isDigit() && c.unicode() < 128;
    if (!digits) {
        return Error::invalidInput(Settings::tr(
            "\"%1\" is not a Discord user ID; those are 17 to 20 digits. In Discord, turn "
            "on Developer Mode (Settings > Advanced), then right-click your name and "
            "choose Copy User ID.")
                                       .arg(value));
    }
    return id;
}

Result<QString> normalizeWebhookUrl(const QString &value)
{
    return WebUrl::normalizeDiscordWebhook(value);
}

Result<QString> normalizeApiBase(const QString &value)
{
    Result<QUrl> url = WebUrl::parse(value);
    if (!url)
        return url.error();
    QString text = url->toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

Result<QString> normalizeInteger(const QString &value, int min, int max, const QString &what)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < min || n > max) {
        return Error::invalidInput(
            Settings::tr("\"%1\" is not a valid %2; use a whole number from %3 to %4.")
                .arg(value, what)
                .arg(min)
                .arg(max));
    }
    return QString::number(n);
}

Result<QString> normalizePort(const QString &value)
{
    return normalizeInteger(value, 1, 65535, Settings::tr("port"));
}

Result<QString> normalizeRateLimit(const QString &value)
{
    return normalizeInteger(value, 0, 1000000, Settings::tr("rate limit (0 turns it off)"));
}

Result<QString> normalizeKeepDays(const QString &value)
{
    return normalizeInteger(value, 0, 36500, Settings::tr("number of days (0 keeps every event)"));
}

Result<QString> normalizeMaxEvents(const QString &value)
{
    return normalizeInteger(
        value, 0, 1000000000, Settings::tr("number of events (0 sets no limit)"));
}

// Empty: none.
Result<QString> normalizeQuietHours(const QString &value)
{
    if (value.trimmed().isEmpty())
        return QString();
    const Result<QuietHours> hours = QuietHours::parse(value);
    if (!hours)
        return hours.error();
    return hours->toString();
}

Result<QString> normalizeBind(const QString &value)
{
    const QHostAddress address(value.trimmed());
    if (address.isNull()) {
        return Error::invalidInput(Settings::tr(
            "\"%1\" is not an IP address. Use 127.0.0.1 to serve only this computer, or "
            "an address of one of its network interfaces.")
                                       .arg(value));
    }
    return address.toString();
}

Result<QString> normalizeOrigins(const QString &value)
{
    QStringList origins;
    const QStringList parts = value.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QUrl url(part, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const bool origin = url.isValid() && !url.host().isEmpty()
            && (scheme == u"http"_s || scheme == u"https"_s)
            && (url.path().isEmpty() || url.path() == u"/"_s) && !url.hasQuery()
            && !url.hasFragment() && url.userInfo().isEmpty();
        if (!origin) {
            return Error::invalidInput(
                Settings::tr("\"%1\" is not an origin. Write origins like https://example.com or "
                             "http://localhost:3000, separated by commas.")
                    .arg(part));
        }
        // An origin as browsers send it: lowercase scheme and host, no default port, no slash.
        QString normalized = scheme + u"://"_s + url.host().toLower();
        const int defaultPort = scheme == u"https"_s ? 443 : 80;
        if (url.port() != -1 && url.port() != defaultPort)
            normalized += u':' + QString::number(url.port());
        if (!origins.contains(normalized))
            origins << normalized;
    }
    return origins.join(u',');
}

// Host names a tunnel or reverse proxy puts in Host ("abc.ngrok-free.app"), lowercase, without
// a port: the tunnel's port is not the server's.
Result<QString> normalizeHosts(const QString &value)
{
    static const QRegularExpression hostName(
        u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$"_s);
    QStringList hosts;
    const QStringList parts = value.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString host = part.toLower();
        if (host.size() > 253 || !hostName.match(host).hasMatch()) {
            return Error::invalidInput(
                Settings::tr("\"%1\" is not a host name. Write names like hooks.example.com or "
                             "abc.ngrok-free.app (no scheme, no port), separated by commas.")
                    .arg(part));
        }
        if (!hosts.contains(host))
            hosts << host;
    }
    return hosts.join(u',');
}

} // namespace

const QList<Settings::Spec> &Settings::specs()
{
    static const QList<Spec> table = {
        {Key::DiscordUserId, u"discord.user-id"_s, QString(),
            QT_TR_NOOP("Your Discord user ID; the bot sends events to you as direct messages."),
            normalizeUserId},
        {Key::DiscordWebhookUrl, u"discord.webhook-url"_s, QString(),
            QT_TR_NOOP(
                "A Discord webhook address; events are posted to its channel instead of a DM."),
            normalizeWebhookUrl},
        {Key::DiscordApiBase, u"discord.api-base"_s, u"https://discord.com/api/v10"_s,
            QT_TR_NOOP(
                "The Discord API address (the environment variable PINGPANDA_DISCORD_API_BASE "
                "overrides it)."),
            normalizeApiBase},
        {Key::ServerPort, u"server.port"_s, u"7788"_s,
            QT_TR_NOOP("The port the local Events API listens on."), normalizePort},
        {Key::ServerBind, u"server.bind"_s, u"127.0.0.1"_s,
            QT_TR_NOOP(
                "The address the Events API listens on; anything but 127.0.0.1 or ::1 lets other "
                "computers reach it."),
            normalizeBind},
        {Key::ServerAllowedOrigins, u"server.allowed-origins"_s, QString(),
            QT_TR_NOOP(
                "Web page origins allowed to call the API from a browser, separated by commas."),
            normalizeOrigins},
        {Key::ServerAllowedHosts, u"server.allowed-hosts"_s, QString(),
            QT_TR_NOOP("More host names the server answers for, separated by commas: a tunnel's "
                       "or reverse proxy's name that senders of hooks reach it by."),
            normalizeHosts},
        {Key::RateLimitPerMinute, u"ratelimit.per-minute"_s, u"120"_s,
            QT_TR_NOOP("How many events a minute the API accepts (0 turns the limit off)."),
            normalizeRateLimit},
        {Key::QuietHours, u"quiet.hours"_s, QString(),
            QT_TR_NOOP("HH:MM-HH:MM in local time (it may cross midnight): events are stored but "
                       "not sent until it ends, then go out as one digest. Urgent categories are "
                       "sent anyway."),
            normalizeQuietHours},
        {Key::HistoryKeepDays, u"history.keep-days"_s, u"0"_s,
            QT_TR_NOOP("Events older than this many days are deleted (0 keeps them all). Pending "
                       "events are never deleted."),
            normalizeKeepDays},
        {Key::HistoryMaxEvents, u"history.max-events"_s, u"0"_s,
            QT_TR_NOOP("At most this many events are kept, the oldest deleted first (0 sets no "
                       "limit)."),
            normalizeMaxEvents},
    };
    return table;
}

const Settings::Spec &Settings::spec(Key key)
{
    for (const Spec &s : specs()) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

const Settings::Spec *Settings::find(QStringView name)
{
    for (const Spec &s : specs()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

Result<QString> Settings::normalize(Key key, const QString &value)
{
    return spec(key).normalize(value);
}

Result<QString> Settings::value(Key key) const
{
    auto q = m_db.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(spec(key).name);
    if (Status s = Database::exec(q.value(), tr("Reading a setting")); !s)
        return s.error();
    if (q.value().next())
        return q.value().value(0).toString();
    return spec(key).defaultValue;
}

Result<bool> Settings::isSet(Key key) const
{
    auto q = m_db.prepare(u"SELECT 1 FROM settings WHERE key = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(spec(key).name);
    if (Status s = Database::exec(q.value(), tr("Reading a setting")); !s)
        return s.error();
    return q.value().next();
}

Status Settings::set(Key key, const QString &value)
{
    Result<QString> normalized = normalize(key, value);
    if (!normalized)
        return normalized.error();
    auto q = m_db.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(spec(key).name);
    // An empty value is a value ("no origins"), not SQL NULL.
    q.value().addBindValue(normalized->isNull() ? u""_s : normalized.value());
    return Database::exec(q.value(), tr("Saving a setting"));
}

Status Settings::unset(Key key)
{
    auto q = m_db.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    if (!q)
        return q.error();
    q.value().addBindValue(spec(key).name);
    return Database::exec(q.value(), tr("Removing a setting"));
}

QString Settings::valueOrDefault(Key key) const
{
    Result<QString> v = value(key);
    if (v)
        return v.value();
    qCWarning(lcSettings) << "using the default for" << spec(key).name << ":" << v.error().message;
    return spec(key).defaultValue;
}

QString Settings::discordUserId() const
{
    return valueOrDefault(Key::DiscordUserId);
}

QUrl Settings::discordWebhookUrl() const
{
    return QUrl(valueOrDefault(Key::DiscordWebhookUrl), QUrl::StrictMode);
}

QUrl Settings::discordApiBase() const
{
    return QUrl(valueOrDefault(Key::DiscordApiBase), QUrl::StrictMode);
}

quint16 Settings::serverPort() const
{
    return quint16(valueOrDefault(Key::ServerPort).toUInt());
}

QHostAddress Settings::serverBind() const
{
    return QHostAddress(valueOrDefault(Key::ServerBind));
}

QStringList Settings::allowedOrigins() const
{
    return valueOrDefault(Key::ServerAllowedOrigins).split(u',', Qt::SkipEmptyParts);
}

int Settings::historyKeepDays() const
{
    return valueOrDefault(Key::HistoryKeepDays).toInt();
}

std::optional<QuietHours> Settings::quietHours() const
{
    const Result<QuietHours> hours = QuietHours::parse(valueOrDefault(Key::QuietHours));
    return hours ? std::optional<QuietHours>(hours.value()) : std::nullopt;
}

qint64 Settings::historyMaxEvents() const
{
    return valueOrDefault(Key::HistoryMaxEvents).toLongLong();
}

int Settings::rateLimitPerMinute() const
{
    return valueOrDefault(Key::RateLimitPerMinute).toInt();
}
