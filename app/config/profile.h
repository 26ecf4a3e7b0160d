#pragma once

#include "domain/error.h"

#include <QCoreApplication>

class Database;

// The profile's identity: the API key scripts authenticate with, and a random profile id that
// names the profile's keychain entry, so that two data folders never share a token.
// Both are made from the system CSPRNG the first time they are asked for.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    explicit Profile(Database &database)
        : m_db(database)
    { }

    Result<QString> apiKey();
    // Replaces the key; scripts using the old one get 401 from then on.
    Result<QString> regenerateApiKey();
    Result<QString> profileId();

    // Where this profile's server answers while it runs (empty when it does not), so that
    // `pingpanda send` finds it even when it was started with --port or --bind.
    Result<QString> runningUrl();
    Status setRunningUrl(const QString &url);

    // Small named values the app keeps with the profile (e.g. the cached DM channel id).
    Result<QString> value(const QString &name);
    // An empty value removes the name.
    Status setValue(const QString &name, const QString &value);

private:
    Result<QString> getOrCreate(const QString &name, QString (*generate)());
    Status store(const QString &name, const QString &value);

    Database &m_db;
};
