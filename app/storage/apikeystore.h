#pragma once

#include "domain/apikey.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Keys made for tools, in the profile database. A new key is shown once, by whoever asked for
// it; only its hash is stored.
class ApiKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyStore)

public:
    explicit ApiKeyStore(Database &database)
        : m_db(database)
    { }

    // Makes a key called `name` that may send `categories` (empty: all, and each must exist);
    // returns the key itself, which nothing can show again.
    Result<QString> add(const QString &name, const QStringList &categories);
    Result<QList<ApiKey>> list() const;
    // The key answers 401 from the next request on.
    Status revoke(const QString &name);
    Status markUsed(const QString &name, const QDateTime &at);

private:
    Database &m_db;
};
