#pragma once

// Subsystem config (app/config/): what a profile is set to. Settings (every key, its default and
// its validation, in one table), the profile's own records (API key, profile id, the running
// server's address), and LiveProfile, the cached view of them a running server reads on every
// request. Stored through storage/.

#include "domain/error.h"
#include "domain/hold.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QStringList>
#include <QUrl>

class Database;

// The user's settings: one typed home, the keys and their defaults in one table (specs()).
// Values live in the profile database; an unset key reads as its default. Every value is
// validated and normalised on the way in, so what is stored is always usable.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    enum class Key {
        DiscordUserId,
        DiscordWebhookUrl,
        DiscordApiBase,
        ServerPort,
        ServerBind,
        ServerAllowedOrigins,
        ServerAllowedHosts,
        RateLimitPerMinute,
        QuietHours,
        HistoryKeepDays,
        HistoryMaxEvents,
    };

    struct Spec
    {
        Key key;
        QString name; // as the CLI spells it: "server.port"
        QString defaultValue;
        const char *description; // translated with Settings::tr at use
        Result<QString> (*normalize)(const QString &value);
    };

    static const QList<Spec> &specs();
    static const Spec &spec(Key key);
    static const Spec *find(QStringView name);
    // Validates a value for a key and gives the form it is stored in.
    static Result<QString> normalize(Key key, const QString &value);

    explicit Settings(Database &database)
        : m_db(database)
    { }

    // The stored value, or the default when unset.
    Result<QString> value(Key key) const;
    Result<bool> isSet(Key key) const;
    Status set(Key key, const QString &value);
    Status unset(Key key);

    // Typed reads for the rest of the app. A storage error is logged and the default used.
    QString discordUserId() const;
    QUrl discordWebhookUrl() const;
    QUrl discordApiBase() const;
    quint16 serverPort() const;
    QHostAddress serverBind() const;
    QStringList allowedOrigins() const;
    int rateLimitPerMinute() const;
    std::optional<QuietHours> quietHours() const;
    int historyKeepDays() const;
    qint64 historyMaxEvents() const;

private:
    QString valueOrDefault(Key key) const;

    Database &m_db;
};
