#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// A key made for one tool (`pingpanda api-key add`), so that each script or service can be told
// apart, limited to its categories, and revoked alone. Only the key's SHA-256 is kept: keys come
// from the CSPRNG, so a fast hash is enough (there is no password to guess). The profile's own
// key is not one of these; it may send everything.
struct ApiKey
{
    Q_DECLARE_TR_FUNCTIONS(ApiKey)

public:
    QString name;
    QStringList categories; // the categories it may send; empty: every one
    QByteArray hash; // SHA-256 of the key
    QDateTime createdAt;
    QDateTime lastUsedAt; // to the minute; invalid: never used

    bool allows(const QString &category) const
    {
        return categories.isEmpty() || categories.contains(category);
    }

    // A new key from the system CSPRNG: "pp_" and 256 bits, URL-safe, so that it can sit in a
    // header, a URL or a shell variable unquoted.
    static QString generate();
    static bool looksLikeKey(QStringView key);
    static QByteArray hashOf(QByteArrayView key);
    // 1 to 50 letters, digits, '.', '-' or '_': a name that reads well in a table and a shell.
    static Status validateName(const QString &name);
};
