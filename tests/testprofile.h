#pragma once

// A profile for a test: a temporary data folder with categories, a fake Discord that the
// instance delivers to (through PINGPANDA_DISCORD_API_BASE), the Discord user ID set if wanted,
// and the bot token in the environment if wanted.

#include "fakediscord.h"
#include "runtime/instance.h"

#include <QTemporaryDir>

class TestProfile
{
public:
    struct Seed
    {
        QString name;
        QString emoji;
        quint32 color;
    };
    // sale 💰 #FFEB3B, signup (no emoji) #6C5CE7, error 🐞 #FF6B6B
    static QList<Seed> seedCategories();

    enum Option {
        NoOptions = 0,
        WithUserId = 1,
        TokenInEnvironment = 2,
        Discord = WithUserId | TokenInEnvironment
    };

    explicit TestProfile(const QList<Seed> &categories = seedCategories(), int options = Discord);

    bool ok() const { return m_ok; }
    QString path() const { return m_dir.path(); }
    FakeDiscord &discord() { return m_discord; }
    QByteArray apiKey() const { return m_apiKey; }

    // The running instance on a free loopback port.
    Result<std::unique_ptr<Instance>> startInstance(const ServerLimits &limits = {}) const;

private:
    QTemporaryDir m_dir;
    FakeDiscord m_discord;
    QByteArray m_apiKey;
    bool m_ok = false;
};

class Database;

// Brings event_counts up to date after a fixture wrote events with plain SQL (fast, and with
// times and states of its choosing): the stores count what they write (EventCounts), a plain
// INSERT is not counted.
bool recountEvents(Database &db);
