#pragma once

#include "domain/apikey.h"
#include "domain/category.h"
#include "domain/error.h"
#include "domain/hold.h"
#include "hooks/hook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <QUrl>

class Database;

// What a running instance needs on every request (API keys, categories, the settings the API
// applies), kept in memory and reloaded when another process - the CLI - has changed the
// database. A revision counter kept by triggers tells a profile change from new events for the cost
// of one small read, so a change made with `pingpanda category add` applies to the next request
// without a restart or a polling timer.
class LiveProfile
{
    Q_DECLARE_TR_FUNCTIONS(LiveProfile)
    Q_DISABLE_COPY_MOVE(LiveProfile)

public:
    explicit LiveProfile(Database &database);

    // Loads everything; the first call, and after a change made through this connection.
    Status reload();
    // Reloads when another connection changed categories, settings or the profile since the
    // last look; true when it did. One read of the revision (PRAGMA data_version first would
    // save nothing: this process's own writer moves it with every commit, so under load it
    // always differed and each look read twice). Looks at most once per CheckInterval: under
    // load a look per request was 5% of the API's time; a change another process commits
    // applies to every request that begins more than CheckInterval after it.
    Result<bool> refreshIfChanged();
    static constexpr qint64 CheckIntervalNs = 1000000;
    // Counts the loads: a holder that applies the profile elsewhere (the delivery destination)
    // compares it to tell whether anything reloaded since it last looked, whoever triggered it.
    quint64 loadCount() const { return m_loadCount; }

    const QString &apiKey() const { return m_apiKey; }
    // The same key as bytes, as a request presents it (keys are ASCII).
    const QByteArray &apiKeyBytes() const { return m_apiKeyBytes; }
    int rateLimitPerMinute() const { return m_rateLimitPerMinute; }
    int historyKeepDays() const { return m_historyKeepDays; }
    qint64 historyMaxEvents() const { return m_historyMaxEvents; }
    const QStringList &allowedOrigins() const { return m_allowedOrigins; }
    // Host names beside the server's own (server.allowed-hosts), lowercase.
    const QStringList &allowedHosts() const { return m_allowedHosts; }
    const QString &discordUserId() const { return m_discordUserId; }
    const QString &discordWebhookUrl() const { return m_discordWebhookUrl; }
    // PINGPANDA_DISCORD_API_BASE, else the discord.api-base setting.
    QUrl discordApiBase() const;
    // Changes whenever `pingpanda token set` or `token clear` ran: the keychain cannot be
    // watched, so this is how a running instance learns to read it again.
    const QString &tokenGeneration() const { return m_tokenGeneration; }

    // Whether a bot token could be read; the keychain is asynchronous, so the owner sets this.
    void setTokenAvailable(bool available) { m_tokenAvailable = available; }
    // True when events have somewhere to go: a webhook, or a user ID and a bot token for DMs.
    bool hasDestination() const
    {
        return !m_discordWebhookUrl.isEmpty() || (!m_discordUserId.isEmpty() && m_tokenAvailable);
    }
    // Quiet hours, snooze and resume, as set.
    const Hold &hold() const { return m_hold; }
    // Whether sends are held now. Asked for every event: the answer is kept until the hold
    // next changes, or a minute at most (so that a change of time zone is noticed).
    bool holdsSends();
    // True when some category has a webhook of its own (then it has a destination anyway).
    bool anyCategoryWebhook() const;
    const Category *category(const QString &name) const;
    // The tool's key that `presented` is, if any. Compares with every key's hash in constant time.
    const ApiKey *toolKey(QByteArrayView presented) const;
    // Keeps when a tool's key was last used, writing at most once a minute per key.
    void noteUsed(const ApiKey &key);
    // The hook of that name (without its last payload), or null.
    const Hook *hook(const QString &name) const;
    QList<Category> categories() const;

private:
    // profile_revision: moved by every change to categories, settings or the profile.
    Result<qint64> revision() const;

public:
    static constexpr const char *TokenGenerationKey = "token-generation";

private:
    Database &m_db;
    qint64 m_revision = -1;
    QElapsedTimer m_lastCheck;
    quint64 m_loadCount = 0;
    QString m_apiKey;
    QByteArray m_apiKeyBytes;
    int m_rateLimitPerMinute = 0;
    int m_historyKeepDays = 0;
    qint64 m_historyMaxEvents = 0;
    QStringList m_allowedOrigins;
    QStringList m_allowedHosts;
    QString m_discordUserId;
    QString m_discordWebhookUrl;
    QString m_discordApiBase;
    QString m_tokenGeneration;
    bool m_tokenAvailable = false;
    QHash<QString, Category> m_categories;
    Hold m_hold;
    bool m_holdsSends = false;
    qint64 m_holdKnownUntilMs = 0; // ms since the epoch; 0: look now
    QList<ApiKey> m_toolKeys;
    QHash<QString, Hook> m_hooks;
    QHash<QString, qint64> m_lastUseWritten; // key name -> ms since the epoch
};
