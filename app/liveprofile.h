#pragma once

#include "category.h"
#include "error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class Database;

// What a running instance needs on every request (API key, categories, the settings the API
// applies), kept in memory and reloaded when another process - the CLI - has changed the
// database. SQLite's data_version tells that for the cost of one PRAGMA, so a change made with
// `pingpanda category add` applies to the next request without a restart or a polling timer.
class LiveProfile
{
    Q_DECLARE_TR_FUNCTIONS(LiveProfile)
    Q_DISABLE_COPY_MOVE(LiveProfile)

public:
    explicit LiveProfile(Database &database);

    // Loads everything; the first call, and after a change made through this connection.
    Status reload();
    // Reloads when another connection committed since the last look. Cheap when nothing changed.
    Status refreshIfChanged();

    const QString &apiKey() const { return m_apiKey; }
    int rateLimitPerMinute() const { return m_rateLimitPerMinute; }
    const QStringList &allowedOrigins() const { return m_allowedOrigins; }
    const QString &discordUserId() const { return m_discordUserId; }
    const QString &discordWebhookUrl() const { return m_discordWebhookUrl; }
    // True when events have somewhere to go: a user ID for bot DMs, or a webhook.
    bool hasDestination() const
    {
        return !m_discordUserId.isEmpty() || !m_discordWebhookUrl.isEmpty();
    }
    const Category *category(const QString &name) const;
    QList<Category> categories() const;

private:
    Result<qint64> dataVersion() const;

    Database &m_db;
    qint64 m_dataVersion = -1;
    QString m_apiKey;
    int m_rateLimitPerMinute = 0;
    QStringList m_allowedOrigins;
    QString m_discordUserId;
    QString m_discordWebhookUrl;
    QHash<QString, Category> m_categories;
};
